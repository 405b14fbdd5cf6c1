import { NODE_KINDS, NodeKind } from '../../domain/enums';
import {
  COMMON_FILTERS,
  type EdgeFilterSpec,
  edgeFilters,
  type FilterSpec,
  isLatitude,
  isLongitude,
  NODES,
} from '../../domain/model';
import { type RelationshipType } from '../../domain/enums';
import { firstDay, isPartialDate } from '../../domain/evidence';
import { isCalendarDate } from '../../domain/rules';
import { badInput } from '../../errors';

/**
 * Compiles a `where` object into Cypher predicates over a node variable. Each filter field is
 * described in the domain model (src/domain/model/nodes.ts) and maps to a fixed predicate text; only values travel as parameters, so no input reaches the query text.
 */
export type Where = object;

export interface CompiledWhere {
  /** `WHERE ...` clause, or '' when there is nothing to filter on. */
  clause: string;
  params: Record<string, unknown>;
}

type PredicateTemplate = (v: string, p: string) => string;

import { checkFilterBounds } from '../../domain/input-bounds';

/** The variable of the other end in a link filter: its kind's initial (`c` for Country or Company). */
const otherVar = (other: string) => other[0].toLowerCase();

/** The Cypher predicate of a filter of the model; property names, labels and types come from the model only. */
export function predicateOf(filter: FilterSpec): PredicateTemplate {
  switch (filter.op) {
    case 'eq':
      return (v, p) => `${v}.${filter.property} = $${p}`;
    case 'in':
      return (v, p) => `${v}.${filter.property} IN $${p}`;
    case 'gte':
      return (v, p) => `${v}.${filter.property} >= ${filter.value === 'date' ? `date($${p})` : `$${p}`}`;
    case 'lte':
      return (v, p) => `${v}.${filter.property} <= ${filter.value === 'date' ? `date($${p})` : `$${p}`}`;
    case 'eqAnyCase':
      return (v, p) => `toUpper(${v}.${filter.property}) = $${p}`;
    case 'inAnyCase':
      return (v, p) => `toUpper(${v}.${filter.property}) IN $${p}`;
    case 'within':
      return (v, p) =>
        `point.withinBBox(${v}.${filter.property}, point({longitude: $${p}.west, latitude: $${p}.south}), point({longitude: $${p}.east, latitude: $${p}.north}))`;
    case 'linkedGte':
    case 'linkedLte': {
      const test = filter.op === 'linkedGte' ? '>=' : '<=';
      const pattern = (v: string) =>
        filter.direction === 'OUT'
          ? `(${v})-[x:${filter.type}]->(:${filter.other})`
          : `(:${filter.other})-[x:${filter.type}]->(${v})`;
      return (v, p) => `EXISTS { ${pattern(v)} WHERE x.${filter.property} ${test} $${p} }`;
    }
    case 'contains':
      // The parameter is lower-cased once in the API (compileWhere), not by Cypher for every row.
      return (v, p) => `toLower(${v}.${filter.property}) CONTAINS $${p}`;
    case 'startsWith':
      return (v, p) => `toLower(${v}.${filter.property}) STARTS WITH $${p}`;
    case 'listHas':
      return (v, p) => `$${p} IN ${v}.${filter.property}`;
    case 'labelIn':
      return (v, p) => `any(l IN labels(${v}) WHERE l IN $${p})`;
    case 'linked':
    case 'linkedIn': {
      const o = otherVar(filter.other);
      const test = filter.op === 'linked' ? '=' : 'IN';
      const pattern = (v: string) =>
        filter.direction === 'OUT'
          ? `(${v})-[:${filter.type}]->(${o}:${filter.other})`
          : `(${o}:${filter.other})-[:${filter.type}]->(${v})`;
      return (v, p) => `EXISTS { ${pattern(v)} WHERE ${o}.id ${test} $${p} }`;
    }
  }
}

/** Values checked (and normalised) before they become parameters, by the filter's operation. */
function checkValue(filter: FilterSpec, field: string, value: unknown): unknown {
  if (filter.op === 'within') return checkBox(field, value as BoundingBox);
  if ((filter.op === 'gte' || filter.op === 'lte') && filter.value === 'date') return checkDate(field, value);
  return value;
}

export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A box of WGS 84 degrees; west > east is a box across the antimeridian. */
function checkBox(field: string, box: BoundingBox): BoundingBox {
  const problems = [];
  for (const side of ['south', 'north'] as const)
    if (!isLatitude(box[side])) problems.push({ path: `${field}.${side}`, message: 'must be between -90 and 90' });
  for (const side of ['west', 'east'] as const)
    if (!isLongitude(box[side])) problems.push({ path: `${field}.${side}`, message: 'must be between -180 and 180' });
  if (!problems.length && box.south > box.north)
    problems.push({ path: `${field}.south`, message: 'must not be north of north' });
  if (problems.length) throw badInput('Invalid bounding box', problems);
  return { south: box.south, west: box.west, north: box.north, east: box.east };
}

function checkDate(field: string, value: unknown): unknown {
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw badInput(`${field} must be a date (YYYY-MM-DD)`, [{ path: field, message: 'not a YYYY-MM-DD date' }]);
  return value;
}

interface CompiledFilter {
  template: PredicateTemplate;
  spec: FilterSpec;
}

const compiled = (filters: Readonly<Record<string, FilterSpec>>): Record<string, CompiledFilter> =>
  Object.fromEntries(Object.entries(filters).map(([field, f]) => [field, { template: predicateOf(f), spec: f }]));

const COMMON = compiled(COMMON_FILTERS);
const BY_LABEL = Object.fromEntries(NODE_KINDS.map((k) => [k, compiled(NODES[k].filters)])) as Record<
  NodeKind,
  Record<string, CompiledFilter>
>;

/** The logical combinators every `where` has: all of, any of, not. */
const COMBINATORS = new Set(['AND', 'OR', 'NOT']);

/** Whether a filter compares lower-cased (its parameter is lower-cased here, once per query). */
const lowered = (label: NodeKind | undefined, field: string) => {
  const filters = (label ? NODES[label].filters : {}) as Readonly<Record<string, FilterSpec | undefined>>;
  const op = (filters[field] ?? (COMMON_FILTERS as Readonly<Record<string, FilterSpec | undefined>>)[field])?.op;
  return op === 'contains' || op === 'startsWith';
};

/**
 * `label` undefined means "any entity": only the common filters apply. The fields of one object
 * must all hold; `AND: [w…]` all of the sub-filters, `OR: [w…]` at least one (none given: nothing
 * matches), `NOT: w` the sub-filter must not hold. Sub-filters nest to any depth (bounded by the
 * query's depth limit), each with its own parameters. Refuses (BAD_USER_INPUT) a string or list
 * over its bound, at any depth, before any query is built.
 */
export function compileWhere(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable = 'n',
  paramPrefix = 'w',
): CompiledWhere {
  const params: Record<string, unknown> = {};
  const predicate = compilePredicate(label, where, variable, paramPrefix, params, 'where');
  return { clause: predicate ? `WHERE ${predicate}` : '', params };
}

/** The predicate of one filter object ('' when it has no condition), its values added to `params`. */
function compilePredicate(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable: string,
  prefix: string,
  params: Record<string, unknown>,
  path: string,
): string {
  const filters = { ...COMMON, ...(label ? BY_LABEL[label] : {}) };
  return walkWhere(where, prefix, path, (field, value, param) => {
    const filter = filters[field];
    if (!filter) throw new Error(`Unsupported filter field '${field}' for ${label ?? 'Entity'}`);
    const checked = checkValue(filter.spec, field, value);
    params[param] = typeof checked === 'string' && lowered(label, field) ? checked.toLowerCase() : checked;
    return filter.template(variable, param);
  });
}

/**
 * The walk every `where` shares: its bounds checked, each field with a value turned into a
 * predicate by `field` (which also sets its parameter `param`), AND / OR / NOT recursing with their
 * own parameter prefixes and problem paths; the predicates joined by AND ('' when none).
 */
function walkWhere(
  where: Where | null | undefined,
  prefix: string,
  path: string,
  field: (name: string, value: unknown, param: string, path: string) => string,
): string {
  checkFilterBounds(where, path);
  const predicates: string[] = [];
  for (const [name, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (COMBINATORS.has(name)) {
      predicates.push(
        combine(name, value, (sub, i) =>
          walkWhere(sub, `${prefix}_${name}${i}`, `${path}.${name}${name === 'NOT' ? '' : `[${i}]`}`, field),
        ),
      );
      continue;
    }
    predicates.push(field(name, value, `${prefix}_${name}`, path));
  }
  return predicates.join(' AND ');
}

function combine(field: string, value: unknown, compile: (sub: Where, i: number) => string): string {
  if (field === 'NOT') return `NOT (${compile(value as Where, 0) || 'true'})`;
  const parts = (value as Where[]).map((sub, i) => compile(sub, i) || 'true');
  if (field === 'AND') return parts.length ? `(${parts.join(' AND ')})` : 'true';
  return parts.length ? `(${parts.join(' OR ')})` : 'false';
}

/**
 * The first day of a stored partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as `YYYY-MM-DD` text,
 * so it compares with the first day of the filter's date as strings (the first-day rule of
 * src/domain/evidence.ts). A missing date is null: a range on it does not hold.
 */
const firstDayText = (x: string) =>
  `CASE size(toString(${x})) WHEN 4 THEN toString(${x}) + '-01-01' WHEN 7 THEN toString(${x}) + '-01' ELSE toString(${x}) END`;

function edgePredicate(filter: EdgeFilterSpec): PredicateTemplate {
  switch (filter.op) {
    case 'gte':
    case 'lte': {
      const test = filter.op === 'gte' ? '>=' : '<=';
      return filter.value === 'partialDate'
        ? (r, p) => `${firstDayText(`${r}.${filter.property}`)} ${test} $${p}`
        : (r, p) => `${r}.${filter.property} ${test} $${p}`;
    }
    case 'eqAnyCase':
      return (r, p) => `toUpper(${r}.${filter.property}) = $${p}`;
    case 'inAnyCase':
      return (r, p) => `toUpper(${r}.${filter.property}) IN $${p}`;
  }
}

/** Edge filter values as parameters: dates checked and turned into their first day. */
function edgeValue(filter: EdgeFilterSpec, field: string, path: string, value: unknown): unknown {
  if (filter.op !== 'gte' && filter.op !== 'lte') return value;
  if (filter.value === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw badInput(`${field} must be a number`, [{ path: `${path}.${field}`, message: 'not a finite number' }]);
    return value;
  }
  if (typeof value !== 'string' || !isPartialDate(value))
    throw badInput(`${field} must be a date (YYYY, YYYY-MM or YYYY-MM-DD)`, [
      { path: `${path}.${field}`, message: 'not a partial date' },
    ]);
  return firstDay(value);
}

/**
 * Compiles the `edgeWhere` of a relationship field into a predicate over the relationship
 * variable: the filters its type has in the model (edgeFilters), with AND / OR / NOT as in a node
 * `where`. '' when there is nothing to filter on.
 */
export function compileEdgeWhere(
  type: RelationshipType,
  where: Where | null | undefined,
  variable: string,
  prefix: string,
  params: Record<string, unknown>,
  path = 'edgeWhere',
): string {
  const filters = edgeFilters(type) as Readonly<Record<string, EdgeFilterSpec | undefined>>;
  return walkWhere(where, prefix, path, (field, value, param, at) => {
    const filter = filters[field];
    if (!filter) throw new Error(`Unsupported edge filter field '${field}' for ${type}`);
    params[param] = edgeValue(filter, field, at, value);
    return edgePredicate(filter)(variable, param);
  });
}

/**
 * The filter of a relationship field: its `where` over the related node and its `edgeWhere` over
 * the relationship, as one `WHERE …` clause ('' when neither filters).
 */
export function compileRelationWhere(
  target: NodeKind | undefined,
  type: RelationshipType,
  where: Where | null | undefined,
  edgeWhere: Where | null | undefined,
  nodeVariable: string,
  relVariable: string,
  prefix: string,
): CompiledWhere {
  const w = compileWhere(target, where, nodeVariable, prefix);
  const edge = compileEdgeWhere(type, edgeWhere, relVariable, `${prefix}e`, w.params);
  const parts = [w.clause.slice('WHERE '.length), edge].filter(Boolean);
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params: w.params };
}

/**
 * Relation filters that can start a list's match from their node instead of testing every node of
 * the label (`EXISTS {}` per row): an index seek on the related entity's id, then its
 * relationships. Per label, in order of preference (fewest nodes behind one related entity
 * first: a company operates a handful of facilities, a region holds fewer than its country).
 */
type AnchorTemplate = (v: string, p: string) => string;
const ANCHORS: Partial<Record<NodeKind, Array<[field: string, pattern: AnchorTemplate]>>> = {
  [NodeKind.Facility]: [
    ['operator', (v, p) => `(a:Entity:Company {id: $${p}})-[:OPERATES]->(${v}:Facility)`],
    ['owner', (v, p) => `(a:Entity:Company {id: $${p}})-[:OWNS]->(${v}:Facility)`],
    ['region', (v, p) => `(a:Entity:Region {id: $${p}})<-[:LOCATED_IN]-(${v}:Facility)`],
    ['consumes', (v, p) => `(a:Entity:Mineral {id: $${p}})<-[:CONSUMES]-(${v}:Facility)`],
    ['produces', (v, p) => `(a:Entity:Mineral {id: $${p}})<-[:PRODUCES]-(${v}:Facility)`],
    ['sector', (v, p) => `(a:Entity:Sector {id: $${p}})<-[:IN_SECTOR]-(${v}:Facility)`],
    ['country', (v, p) => `(a:Entity:Country {id: $${p}})<-[:LOCATED_IN]-(${v}:Facility)`],
  ],
  [NodeKind.Company]: [
    ['operates', (v, p) => `(a:Entity:Facility {id: $${p}})<-[:OPERATES]-(${v}:Company)`],
    ['parent', (v, p) => `(a:Entity:Company {id: $${p}})<-[:SUBSIDIARY_OF]-(${v}:Company)`],
    ['country', (v, p) => `(a:Entity:Country {id: $${p}})<-[:HEADQUARTERED_IN]-(${v}:Company)`],
  ],
  [NodeKind.Region]: [['country', (v, p) => `(a:Entity:Country {id: $${p}})<-[:PART_OF]-(${v}:Region)`]],
  [NodeKind.Agreement]: [
    ['covers', (v, p) => `(a:Entity {id: $${p}})<-[:COVERS]-(${v}:Agreement)`],
    ['party', (v, p) => `(a:Entity {id: $${p}})-[:PARTY_TO]->(${v}:Agreement)`],
  ],
};

export interface AnchoredMatch {
  /** `MATCH …` pattern binding the variable, plus `WHERE …` for the other filters (or ''). */
  match: string;
  /** Whether the match starts from a related entity (not from the label or an id). */
  anchored: boolean;
  clause: string;
  params: Record<string, unknown>;
}

/**
 * The match of a top-level list: an id filter seeks the id index directly; otherwise the most
 * selective relation filter given (ANCHORS) becomes the start of the pattern and the remaining
 * filters are predicates; with neither, every node of the label is a candidate.
 */
export function compileAnchoredMatch(
  label: NodeKind,
  where: Where | null | undefined,
  variable = 'n',
  paramPrefix = 'w',
): AnchoredMatch {
  checkFilterBounds(where); // the anchor's value too
  const given = Object.fromEntries(
    Object.entries((where ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null),
  );
  const byId = given.id !== undefined || given.idIn !== undefined;
  const anchor = byId ? undefined : ANCHORS[label]?.find(([field]) => given[field] !== undefined);
  if (!anchor) {
    const w = compileWhere(label, given, variable, paramPrefix);
    return { match: `MATCH (${variable}:Entity:${label})`, anchored: false, clause: w.clause, params: w.params };
  }
  const [field, pattern] = anchor;
  const { [field]: value, ...rest } = given;
  const param = `${paramPrefix}_${field}`;
  const w = compileWhere(label, rest, variable, paramPrefix);
  return {
    // The hint pins the start: without it the planner may, depending on statistics, scan the sort
    // index and test every node instead (seen in the suite when other tests' data skewed the counts).
    match: `MATCH ${pattern(variable, param)} USING INDEX SEEK a:Entity(id)`,
    anchored: true,
    clause: w.clause,
    params: { ...w.params, [param]: value },
  };
}

export const SORT_PROPERTY: Record<string, string> = {
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
export const SORT_COUNT: Record<string, (v: string) => string> = {
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
