import path from 'node:path';

/** Slices of the real dataset files (tests/fixtures/datasets/README.md says which rows and why). */
export const DATASETS = path.join(__dirname, '../../../fixtures/datasets');
export const dataset = (...parts: string[]) => path.join(DATASETS, ...parts);
