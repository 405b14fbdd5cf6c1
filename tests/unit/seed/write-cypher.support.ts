export { deleteEntitiesQuery } from '../../../src/seed/graph.cypher';
export { existingNodesQuery as existingNodesQueryForTest } from '../../../src/seed/lookup';
