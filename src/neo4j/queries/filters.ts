import { NodeKind } from '../../domain/enums';
import { isIsoDate, isLatitude, isLongitude } from '../../domain/model';
// A plain application error once src/errors.ts exists; until then the GraphQL one.
import { badInput } from '../../graphql/errors';

/**
 * Compiles a `where` object into Cypher predicates over a node variable. Each filter field maps
 * to a fixed predicate text; only values travel as parameters, so no input reaches the query text.
 */
export type Where = object;

export interface CompiledWhere {
  /** `WHERE ...` clause, or '' when there is nothing to filter on. */
  clause: string;
  params: Record<string, unknown>;
}

type PredicateTemplate = (v: string, p: string) => string;

const COMMON: Record<string, PredicateTemplate> = {
  id: (v, p) => `${v}.id = $${p}`,
  idIn: (v, p) => `${v}.id IN $${p}`,
  name: (v, p) => `${v}.name = $${p}`,
  nameContains: (v, p) => `toLower(${v}.name) CONTAINS toLower($${p})`,
  nameStartsWith: (v, p) => `toLower(${v}.name) STARTS WITH toLower($${p})`,
  labelIn: (v, p) => `any(l IN labels(${v}) WHERE l IN $${p})`,
};

/** Confidence as stored (any case) against the enum's names. */
const CONFIDENCE: Record<string, PredicateTemplate> = {
  confidence: (v, p) => `toUpper(${v}.confidence) = $${p}`,
  confidenceIn: (v, p) => `toUpper(${v}.confidence) IN $${p}`,
};

const KIND_STATUS: Record<string, PredicateTemplate> = {
  kind: (v, p) => `${v}.kind = $${p}`,
  kindIn: (v, p) => `${v}.kind IN $${p}`,
  status: (v, p) => `${v}.status = $${p}`,
  statusIn: (v, p) => `${v}.status IN $${p}`,
};

const BY_LABEL: Record<NodeKind, Record<string, PredicateTemplate>> = {
  [NodeKind.Country]: {},
  [NodeKind.Sector]: {},
  [NodeKind.Region]: {
    country: (v, p) => `EXISTS { (${v})-[:PART_OF]->(c:Country) WHERE c.id = $${p} }`,
  },
  [NodeKind.Mineral]: {
    ...CONFIDENCE,
    symbol: (v, p) => `${v}.symbol = $${p}`,
    critical: (v, p) => `$${p} IN ${v}.critical`,
  },
  [NodeKind.Company]: {
    ...CONFIDENCE,
    country: (v, p) => `EXISTS { (${v})-[:HEADQUARTERED_IN]->(c:Country) WHERE c.id = $${p} }`,
    countryIn: (v, p) => `EXISTS { (${v})-[:HEADQUARTERED_IN]->(c:Country) WHERE c.id IN $${p} }`,
    parent: (v, p) => `EXISTS { (${v})-[:SUBSIDIARY_OF]->(c:Company) WHERE c.id = $${p} }`,
    ticker: (v, p) => `${v}.ticker = $${p}`,
    operates: (v, p) => `EXISTS { (${v})-[:OPERATES]->(f:Facility) WHERE f.id = $${p} }`,
  },
  [NodeKind.Facility]: {
    ...KIND_STATUS,
    country: (v, p) => `EXISTS { (${v})-[:LOCATED_IN]->(c:Country) WHERE c.id = $${p} }`,
    countryIn: (v, p) => `EXISTS { (${v})-[:LOCATED_IN]->(c:Country) WHERE c.id IN $${p} }`,
    region: (v, p) => `EXISTS { (${v})-[:LOCATED_IN]->(r:Region) WHERE r.id = $${p} }`,
    regionIn: (v, p) => `EXISTS { (${v})-[:LOCATED_IN]->(r:Region) WHERE r.id IN $${p} }`,
    sector: (v, p) => `EXISTS { (${v})-[:IN_SECTOR]->(s:Sector) WHERE s.id = $${p} }`,
    operator: (v, p) => `EXISTS { (c:Company)-[:OPERATES]->(${v}) WHERE c.id = $${p} }`,
    owner: (v, p) => `EXISTS { (c:Company)-[:OWNS]->(${v}) WHERE c.id = $${p} }`,
    produces: (v, p) => `EXISTS { (${v})-[:PRODUCES]->(m:Mineral) WHERE m.id = $${p} }`,
    consumes: (v, p) => `EXISTS { (${v})-[:CONSUMES]->(m:Mineral) WHERE m.id = $${p} }`,
    city: (v, p) => `${v}.city = $${p}`,
    startYearGte: (v, p) => `${v}.startYear >= $${p}`,
    startYearLte: (v, p) => `${v}.startYear <= $${p}`,
    capacityGte: (v, p) => `EXISTS { (${v})-[o:PRODUCES]->(:Mineral) WHERE o.capacity >= $${p} }`,
    capacityLte: (v, p) => `EXISTS { (${v})-[o:PRODUCES]->(:Mineral) WHERE o.capacity <= $${p} }`,
    within: (v, p) =>
      `point.withinBBox(${v}.location, point({longitude: $${p}.west, latitude: $${p}.south}), point({longitude: $${p}.east, latitude: $${p}.north}))`,
    ...CONFIDENCE,
  },
  [NodeKind.Agreement]: {
    ...KIND_STATUS,
    signedGte: (v, p) => `${v}.signed >= date($${p})`,
    signedLte: (v, p) => `${v}.signed <= date($${p})`,
    effectiveGte: (v, p) => `${v}.effective >= date($${p})`,
    effectiveLte: (v, p) => `${v}.effective <= date($${p})`,
    ...CONFIDENCE,
    party: (v, p) => `EXISTS { (e:Entity)-[:PARTY_TO]->(${v}) WHERE e.id = $${p} }`,
    covers: (v, p) => `EXISTS { (${v})-[:COVERS]->(e:Entity) WHERE e.id = $${p} }`,
  },
};

/** Values checked (and normalised) before they become parameters. */
const CHECKS: Record<string, (value: unknown, field: string) => unknown> = {
  within: (value) => checkBox(value as BoundingBox),
  signedGte: checkDate,
  signedLte: checkDate,
  effectiveGte: checkDate,
  effectiveLte: checkDate,
};

export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A box of WGS 84 degrees; west > east is a box across the antimeridian. */
function checkBox(box: BoundingBox): BoundingBox {
  const problems = [];
  for (const side of ['south', 'north'] as const)
    if (!isLatitude(box[side])) problems.push({ path: `within.${side}`, message: 'must be between -90 and 90' });
  for (const side of ['west', 'east'] as const)
    if (!isLongitude(box[side])) problems.push({ path: `within.${side}`, message: 'must be between -180 and 180' });
  if (!problems.length && box.south > box.north)
    problems.push({ path: 'within.south', message: 'must not be north of north' });
  if (problems.length) throw badInput('Invalid bounding box', problems);
  return { south: box.south, west: box.west, north: box.north, east: box.east };
}

function checkDate(value: unknown, field: string): unknown {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw badInput(`${field} must be a date (YYYY-MM-DD)`, [{ path: field, message: 'not a YYYY-MM-DD date' }]);
  return value;
}

/** The logical combinators every `where` has: all of, any of, not. */
const COMBINATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * `label` undefined means "any entity": only the common filters apply. The fields of one object
 * must all hold; `AND: [w…]` all of the sub-filters, `OR: [w…]` at least one (none given: nothing
 * matches), `NOT: w` the sub-filter must not hold. Sub-filters nest to any depth (bounded by the
 * query's depth limit), each with its own parameters.
 */
export function compileWhere(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable = 'n',
  paramPrefix = 'w',
): CompiledWhere {
  const params: Record<string, unknown> = {};
  const predicate = compilePredicate(label, where, variable, paramPrefix, params);
  return { clause: predicate ? `WHERE ${predicate}` : '', params };
}

/** The predicate of one filter object ('' when it has no condition), its values added to `params`. */
function compilePredicate(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable: string,
  prefix: string,
  params: Record<string, unknown>,
): string {
  const templates = { ...COMMON, ...(label ? BY_LABEL[label] : {}) };
  const predicates: string[] = [];
  for (const [field, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (COMBINATORS.has(field)) {
      predicates.push(
        combine(field, value, (sub, i) => compilePredicate(label, sub, variable, `${prefix}_${field}${i}`, params)),
      );
      continue;
    }
    const template = templates[field];
    if (!template) throw new Error(`Unsupported filter field '${field}' for ${label ?? 'Entity'}`);
    const param = `${prefix}_${field}`;
    predicates.push(template(variable, param));
    params[param] = CHECKS[field] ? CHECKS[field](value, field) : value;
  }
  return predicates.join(' AND ');
}

function combine(field: string, value: unknown, compile: (sub: Where, i: number) => string): string {
  if (field === 'NOT') return `NOT (${compile(value as Where, 0) || 'true'})`;
  const parts = (value as Where[]).map((sub, i) => compile(sub, i) || 'true');
  if (field === 'AND') return parts.length ? `(${parts.join(' AND ')})` : 'true';
  return parts.length ? `(${parts.join(' OR ')})` : 'false';
}

const SORT_PROPERTY: Record<string, string> = {
  NAME: 'name',
  ID: 'id',
  START_YEAR: 'startYear',
  KIND: 'kind',
  STATUS: 'status',
  SIGNED: 'signed',
};

/**
 * Sort keys that are aggregates, counted in the database per entity (an entity of a kind the key
 * does not apply to counts 0): companies by facilities operated, minerals by facilities producing
 * or consuming them, countries, regions and sectors by their facilities.
 */
const SORT_COUNT: Record<string, (v: string) => string> = {
  OPERATED_FACILITIES: (v) => `COUNT { (${v})-[:OPERATES]->(:Facility) }`,
  PRODUCING_FACILITIES: (v) => `COUNT { (${v})<-[:PRODUCES]-(:Facility) }`,
  CONSUMING_FACILITIES: (v) => `COUNT { (${v})<-[:CONSUMES]-(:Facility) }`,
  FACILITIES: (v) => `COUNT { (${v})<-[:LOCATED_IN|IN_SECTOR]-(:Facility) }`,
};

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** ORDER BY text from fixed property names; always ends with the id so pages are stable. */
export function compileOrderBy(order: readonly SortKey[] | null | undefined, variable = 'n'): string {
  const keys = (order?.length ? order : [{ field: 'NAME', direction: 'ASC' as const }]).map((k) => {
    const property = SORT_PROPERTY[k.field];
    const counted = SORT_COUNT[k.field];
    if (!property && !counted) throw new Error(`Unsupported sort field '${k.field}'`);
    return `${property ? `${variable}.${property}` : counted(variable)} ${k.direction === 'DESC' ? 'DESC' : 'ASC'}`;
  });
  if (!keys.some((k) => k.startsWith(`${variable}.id `))) keys.push(`${variable}.id ASC`);
  return `ORDER BY ${keys.join(', ')}`;
}
