import { SeedFileName } from './contract';
import { LINK_PARSERS } from './links';
import { NODE_PARSERS } from './records';
import { RowParser } from './rows';

/** The row parser of a seed file: the same function serves the validation and the write pass. */
export function parserOf(file: SeedFileName): RowParser {
  const parser = NODE_PARSERS[file] ?? LINK_PARSERS[file];
  if (!parser) throw new Error(`No parser for ${file}`);
  return parser;
}
