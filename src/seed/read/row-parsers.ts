import { type SeedFileName } from '../contract';
import { LINK_PARSERS } from './link-rows';
import { NODE_PARSERS } from './node-rows';
import { type RowParser } from './parsed-rows';

/** The row parser of a seed file: the same function serves the validation and the write pass. */
export function parserOf(file: SeedFileName): RowParser {
  const parser = NODE_PARSERS[file] ?? LINK_PARSERS[file];
  if (!parser) throw new Error(`No parser for ${file}`);
  return parser;
}
