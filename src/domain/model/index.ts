/** The one description of the graph model: node kinds, relationship types, ids and value checks. */
export * from './nodes';
export * from './relationships';
export * from './values';
