import { NodeKind } from '../../domain/enums';

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
    symbol: (v, p) => `${v}.symbol = $${p}`,
    critical: (v, p) => `$${p} IN ${v}.critical`,
  },
  [NodeKind.Company]: {
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
  },
  [NodeKind.Agreement]: {
    ...KIND_STATUS,
    party: (v, p) => `EXISTS { (e:Entity)-[:PARTY_TO]->(${v}) WHERE e.id = $${p} }`,
    covers: (v, p) => `EXISTS { (${v})-[:COVERS]->(e:Entity) WHERE e.id = $${p} }`,
  },
};

/** `label` undefined means "any entity": only the common filters apply. */
export function compileWhere(
  label: NodeKind | undefined,
  where: Where | null | undefined,
  variable = 'n',
  paramPrefix = 'w',
): CompiledWhere {
  const templates = { ...COMMON, ...(label ? BY_LABEL[label] : {}) };
  const predicates: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, value] of Object.entries((where ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const template = templates[field];
    if (!template) throw new Error(`Unsupported filter field '${field}' for ${label ?? 'Entity'}`);
    const param = `${paramPrefix}_${field}`;
    predicates.push(template(variable, param));
    params[param] = value;
  }
  return { clause: predicates.length ? `WHERE ${predicates.join(' AND ')}` : '', params };
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
