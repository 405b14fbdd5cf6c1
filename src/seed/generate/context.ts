import { type SeedFileName } from '../contract';
import { type CsvWriter } from './csv-writer';
import { type Random } from './prng';

/** Everything the generator's steps share: randomness, sizes, id prefix and the open files. */
export interface GenContext {
  rnd: Random;
  seed: number;
  prefix: string;
  facilities: number;
  companies: number;
  offtakes: number;
  out: Record<SeedFileName, CsvWriter>;
}

/**
 * The columns the generator writes, per file (the loader accepts any order); a contract file not
 * listed here is written with its required columns and no rows. Each list is a subset of its
 * file's contract columns (tests/unit/seed/generate/generate.test.ts).
 */
export const HEADERS: Partial<Record<SeedFileName, readonly string[]>> = {
  'countries.csv': ['id', 'name'],
  'regions.csv': ['id', 'name', 'country'],
  'sectors.csv': ['id', 'name'],
  'minerals.csv': ['id', 'name', 'symbol', 'critical'],
  'companies.csv': ['id', 'name', 'country', 'parent', 'ticker', 'website'],
  'facilities.csv': [
    'id',
    'name',
    'kind',
    'status',
    'operator',
    'country',
    'region',
    'city',
    'lat',
    'lon',
    'startYear',
    'sectors',
    'source',
    'confidence',
    'dataset_ref',
  ],
  'agreements.csv': ['id', 'name', 'kind', 'status', 'signed', 'effective', 'source', 'dataset_ref'],
  'outputs.csv': ['facility', 'mineral', 'capacity', 'unit'],
  'inputs.csv': ['facility', 'mineral'],
  'ownership.csv': ['company', 'facility', 'share'],
  'supply.csv': ['supplier', 'customer', 'mineral', 'product', 'volume', 'unit', 'since', 'agreement'],
  'agreement_parties.csv': ['agreement', 'party', 'role'],
  'agreement_scope.csv': ['agreement', 'target'],
};
