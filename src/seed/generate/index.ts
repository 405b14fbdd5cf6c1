/** The synthetic dataset generator (also used by the analytics benchmark). */
export { generateDataset } from './generate';
export type { GenerateOptions, GenerateSummary } from './generate';
