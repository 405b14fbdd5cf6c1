import { NODE_KINDS, NodeKind } from '../../domain/enums';
import { COMMON_FILTERS, type FilterSpec, NODES } from '../../domain/model';

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
      return (v, p) => `${v}.${filter.property} >= $${p}`;
    case 'lte':
      return (v, p) => `${v}.${filter.property} <= $${p}`;
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

const templates = (filters: Readonly<Record<string, FilterSpec>>) =>
  Object.fromEntries(Object.entries(filters).map(([field, f]) => [field, predicateOf(f)]));

const COMMON = templates(COMMON_FILTERS);
const BY_LABEL = Object.fromEntries(NODE_KINDS.map((k) => [k, templates(NODES[k].filters)])) as Record<
  NodeKind,
  Record<string, PredicateTemplate>
>;

/** Whether a filter compares lower-cased (its parameter is lower-cased here, once per query). */
const lowered = (label: NodeKind | undefined, field: string) => {
  const filters = (label ? NODES[label].filters : {}) as Readonly<Record<string, FilterSpec | undefined>>;
  const op = (filters[field] ?? (COMMON_FILTERS as Readonly<Record<string, FilterSpec | undefined>>)[field])?.op;
  return op === 'contains' || op === 'startsWith';
};

/**
 * `label` undefined means "any entity": only the common filters apply. Refuses (InputBoundError)
 * a string or list over its bound before any query is built.
 */
export function compileWhere(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable = 'n',
  paramPrefix = 'w',
): CompiledWhere {
  checkFilterBounds(where);
  const templates = { ...COMMON, ...(label ? BY_LABEL[label] : {}) };
  const predicates: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const template = templates[field];
    if (!template) throw new Error(`Unsupported filter field '${field}' for ${label ?? 'Entity'}`);
    const param = `${paramPrefix}_${field}`;
    predicates.push(template(variable, param));
    params[param] = typeof value === 'string' && lowered(label, field) ? value.toLowerCase() : value;
  }
  return { clause: predicates.length ? `WHERE ${predicates.join(' AND ')}` : '', params };
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
    match: `MATCH ${pattern(variable, param)}`,
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

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** ORDER BY text from fixed property names; always ends with the id so pages are stable. */
export function compileOrderBy(order: readonly SortKey[] | null | undefined, variable = 'n'): string {
  const keys = (order?.length ? order : [{ field: 'NAME', direction: 'ASC' as const }]).map((k) => {
    const property = SORT_PROPERTY[k.field];
    if (!property) throw new Error(`Unsupported sort field '${k.field}'`);
    return `${variable}.${property} ${k.direction === 'DESC' ? 'DESC' : 'ASC'}`;
  });
  if (!keys.some((k) => k.startsWith(`${variable}.id `))) keys.push(`${variable}.id ASC`);
  return `ORDER BY ${keys.join(', ')}`;
}
