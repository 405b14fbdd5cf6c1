/** Public API of the seed: load a CSV directory, check for an empty graph, generate synthetic data. */
export { seedFromDirectory, seedFiles } from './seed';
export type { SeedOptions } from './seed';
export type { SeedReport } from './report';
export { formatReport } from './report';
export { formatIssue } from './issues';
export type { SeedIssue } from './issues';
export { isGraphEmpty, wipeGraph, countEntities } from './write/graph.cypher';
export { SEED_FILES } from './contract';
export type { SeedFileName, FileSpec } from './contract';
export { silentProgress, lineProgress, terminalProgress, progressFor } from './progress';
export type { SeedProgress } from './progress';
export type { BatchInfo } from './write/batch-writer';
export { generateDataset } from './generate';
export type { GenerateOptions, GenerateSummary } from './generate';
