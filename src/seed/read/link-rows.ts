import {
  type EvidenceField,
  type PropertyRule,
  type PropertyType,
  RELATIONSHIPS,
  type RelationshipSchema,
  type SeedFileName,
} from '../../domain/model';
import { isSelfSupply, mineralIdentity } from '../../domain/rules';
import { type RowReader } from './cell-reader';
import { addLink, compact, type RowParser } from './parsed-rows';

/**
 * The parsers of the relationship files, derived from the model (src/domain/model/relationships.ts):
 * each row is one relationship between the nodes its two endpoint columns name, with the typed,
 * checked properties and evidence of its type; extra columns are kept as string properties.
 */
export const LINK_PARSERS: Partial<Record<SeedFileName, RowParser>> = Object.fromEntries(
  Object.values(RELATIONSHIPS).flatMap((schema) => (schema.seed ? [[schema.seed.file, linkParser(schema)]] : [])),
);

function linkParser(schema: RelationshipSchema): RowParser {
  const seed = schema.seed!;
  const fromColumn = seed.fromColumn ?? seed.columns[0];
  const toColumn = seed.columns.find((c) => c !== fromColumn)!;
  const properties = Object.entries(schema.properties);
  return (r) => {
    // Read in file order, so problems are reported left to right.
    const ends = new Map(seed.columns.map((c) => [c, r.ref(c, c === fromColumn ? schema.from : schema.to, true)]));
    const [from, to] = [ends.get(fromColumn), ends.get(toColumn)];
    const sameEnds = schema.distinctEnds !== undefined && isSelfSupply(from, to);
    if (sameEnds) r.error(toColumn, schema.distinctEnds!);
    const values: Record<string, unknown> = {};
    for (const [name, type] of properties) values[name] = readProperty(r, name, type, schema.rules[name] ?? {});
    for (const [name, rule] of Object.entries(schema.rules))
      if (rule.requires !== undefined && values[name] !== undefined && values[rule.requires] === undefined)
        r.error(name, `a ${name} needs its ${rule.requires}${name === 'volume' ? ' (e.g. t/y LCE)' : ''}`);
    if ('mineral' in schema.properties && 'minerals' in schema.properties) mineralSet(r, values);
    const props = compact({ ...values, ...readEvidence(r, schema.evidence) }, r.extras());
    return { links: addLink([], schema.type, from, sameEnds ? undefined : to, props) };
  };
}

function readProperty(r: RowReader, column: string, type: PropertyType, rule: PropertyRule): unknown {
  switch (type) {
    case 'float':
    case 'int':
      return r.number(column, { min: rule.min, max: rule.max, integer: type === 'int' });
    case 'id':
      return rule.refs ? r.ref(column, rule.refs) : r.text(column);
    case 'stringList': {
      const list = rule.refs ? r.refList(column, rule.refs) : r.list(column);
      return list.length ? list : undefined;
    }
    case 'date':
      return r.partialDate(column);
    default:
      return r.text(column);
  }
}

/** A link carrying minerals: `mineral` and `minerals` become its identity (domain rule). */
function mineralSet(r: RowReader, values: Record<string, unknown>): void {
  const identity = mineralIdentity(
    values.mineral as string | undefined,
    (values.minerals as string[] | undefined) ?? [],
  );
  if (identity.problem) r.error('mineral', identity.problem);
  values.mineral = identity.mineral;
  values.minerals = identity.minerals;
}

/** The evidence columns the type declares; the others are not contract columns of its file. */
function readEvidence(r: RowReader, fields: readonly EvidenceField[]): Record<string, string | undefined> {
  if (!fields.length) return {};
  const evidence = r.evidence(fields.includes('since') || fields.includes('until'));
  for (const field of Object.keys(evidence)) if (!fields.includes(field as EvidenceField)) delete evidence[field];
  return evidence;
}
