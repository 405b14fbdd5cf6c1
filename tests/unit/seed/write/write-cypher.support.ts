export { deleteEntitiesQuery } from '../../../../src/seed/write/graph.cypher';
export { existingNodesQuery as existingNodesQueryForTest } from '../../../../src/seed/validate/database-lookup';
