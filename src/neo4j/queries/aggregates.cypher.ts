import { int } from 'neo4j-driver';
import { NodeKind } from '../../domain/enums';
import { cypher, type CypherQuery } from '../cypher';
import { compileRelationWhere, compileWhere, type Where } from './filters';
import { type RelationSpec, relationPattern } from './relations';

/**
 * Aggregations computed in the database, one round trip each: grouped statistics of one kind
 * (`facilityStats`, …) and the `aggregate` measures of connections, for many parents at once.
 * Labels, relationship types and property names come from the fixed tables below only.
 */

const NODE = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE ${v} {.*, __labels: labels(${v})} END`;

// ---------------------------------------------------------------------------------------------
// Grouped statistics

/** One way to group entities: an expression giving the list of group keys of `n` (nodes or scalars). */
export interface Dimension {
  /** Cypher list expression over `n`; `g` is free for a pattern comprehension. */
  keys: (n: string, g: string) => string;
  /** The keys are nodes (returned as entities) rather than scalars. */
  node: boolean;
}

const list = (pattern: string) => (n: string, g: string) => `[${pattern.replaceAll('$n', n).replaceAll('$g', g)}]`;
const scalar = (property: string) => (n: string) => `[${n}.${property}]`;

/**
 * The group-by dimensions of each kind. A facility with several values (sectors, operators,
 * minerals produced) counts once in each of its groups; one with none counts in the group whose
 * key is null.
 */
export const DIMENSIONS = {
  [NodeKind.Facility]: {
    COUNTRY: { node: true, keys: list('($n)-[:LOCATED_IN]->($g:Country) | $g') },
    REGION: { node: true, keys: list('($n)-[:LOCATED_IN]->($g:Region) | $g') },
    KIND: { node: false, keys: scalar('kind') },
    STATUS: { node: false, keys: scalar('status') },
    SECTOR: { node: true, keys: list('($n)-[:IN_SECTOR]->($g:Sector) | $g') },
    OPERATOR: { node: true, keys: list('($g:Company)-[:OPERATES]->($n) | $g') },
    MINERAL: { node: true, keys: list('($n)-[:PRODUCES]->($g:Mineral) | $g') },
    START_YEAR: { node: false, keys: scalar('startYear') },
  },
  [NodeKind.Company]: {
    COUNTRY: { node: true, keys: list('($n)-[:HEADQUARTERED_IN]->($g:Country) | $g') },
    PARENT: { node: true, keys: list('($n)-[:SUBSIDIARY_OF]->($g:Company) | $g') },
  },
  [NodeKind.Agreement]: {
    KIND: { node: false, keys: scalar('kind') },
    STATUS: { node: false, keys: scalar('status') },
    PARTY: { node: true, keys: list('($g:Entity)-[:PARTY_TO]->($n) | $g') },
    SIGNED_YEAR: { node: false, keys: (n) => `[${n}.signed.year]` },
  },
} as const satisfies Partial<Record<NodeKind, Record<string, Dimension>>>;

export type StatsKind = keyof typeof DIMENSIONS;
export type DimensionName<K extends StatsKind> = keyof (typeof DIMENSIONS)[K] & string;

/** Sums per group besides the count, by kind (fixed expressions over `n`). */
const GROUP_SUMS: Partial<Record<StatsKind, Record<string, string>>> = {
  [NodeKind.Company]: { operatedFacilities: 'COUNT { (n)-[:OPERATES]->(:Facility) }' },
};

export interface StatsOptions {
  /** Sum production capacity per mineral and unit in each group (facilities only). */
  capacity: boolean;
  order: 'COUNT' | 'KEY';
  direction: 'ASC' | 'DESC';
  /** At most this many groups are returned (`groupCount` counts them all). */
  first: number;
}

/**
 * Entities of a kind matching `where`, grouped by one or more dimensions (the cross product of
 * their keys), with per group the count and, for facilities, capacity summed per mineral and
 * unit: capacities in different units are never added. In a MINERAL group only that mineral's
 * capacity counts. Returns one row: `total` (entities matching), `groupCount` and `groups`, each
 * group `{keys: [...], count, capacity?, ...sums}` with node keys as entity projections.
 */
export function groupStats<K extends StatsKind>(
  kind: K,
  where: Where | undefined,
  groupBy: readonly DimensionName<K>[],
  options: StatsOptions,
): CypherQuery {
  const dims = groupBy.map((name) => {
    const dim = (DIMENSIONS[kind] as Record<string, Dimension>)[name];
    if (!dim) throw new Error(`Unsupported group-by '${name}' for ${kind}`);
    return { name, ...dim };
  });
  const w = compileWhere(kind, where);
  const unwinds = dims
    .map(
      (d, i) => `WITH n${dims
        .slice(0, i)
        .map((_, j) => `, k${j}`)
        .join('')}, ${d.keys('n', `g${i}`)} AS l${i}
     UNWIND CASE WHEN size(l${i}) = 0 THEN [null] ELSE l${i} END AS k${i}`,
    )
    .join('\n     ');
  const keyVars = dims.map((_, i) => `k${i}`);
  const mineralKey = dims.findIndex((d) => d.name === 'MINERAL');
  const capacity = options.capacity && kind === NodeKind.Facility;
  const sums: Array<[string, string]> = Object.entries(GROUP_SUMS[kind] ?? {});
  // A pattern comprehension per facility (evaluated inline) rather than a CALL subquery per row.
  const mineralTest = mineralKey >= 0 ? ` AND (k${mineralKey} IS NULL OR m = k${mineralKey})` : '';
  const perEntity = capacity
    ? `WITH n, ${keyVars.join(', ')},
            [(n)-[o:PRODUCES]->(m:Mineral) WHERE o.capacity IS NOT NULL${mineralTest} |
             {mineral: m.id, unit: o.unit, capacity: toFloat(o.capacity)}] AS outs`
    : '';
  const groupColumns = [
    ...keyVars,
    'count(n) AS cnt',
    ...(capacity ? ['collect(outs) AS outs'] : []),
    ...sums.map(([name, expr]) => `sum(${expr}) AS ${name}`),
  ].join(', ');
  const sortKeys = dims.map((d, i) => (d.node ? `k${i}.id` : `k${i}`));
  const direction = options.direction === 'ASC' ? 'ASC' : 'DESC';
  const orderBy =
    options.order === 'KEY'
      ? [...sortKeys.map((k) => `${k} ${direction}`), 'cnt DESC']
      : [`cnt ${direction}`, ...sortKeys.map((k) => `${k} ASC`)];
  const capacityTotals = capacity
    ? `CALL (outs) {
         UNWIND outs AS os UNWIND os AS o
         WITH o.mineral AS mineral, o.unit AS unit, sum(o.capacity) AS total, count(*) AS facilities
         ORDER BY mineral, unit
         MATCH (m:Mineral {id: mineral})
         RETURN collect({mineral: ${NODE('m')}, unit: unit, total: total, facilities: facilities}) AS capacity
       }`
    : '';
  const keyProjection = dims.map((d, i) => (d.node ? NODE(`k${i}`) : `k${i}`)).join(', ');
  const groupMap = [
    `keys: [${keyProjection}]`,
    'count: cnt',
    ...(capacity ? ['capacity: capacity'] : []),
    ...sums.map(([name]) => `${name}: ${name}`),
  ].join(', ');
  return cypher(
    `CALL () { MATCH (n:${kind}) ${w.clause} RETURN count(n) AS total }
     CALL () {
       MATCH (n:${kind}) ${w.clause}
       ${unwinds}
       ${perEntity}
       WITH ${groupColumns}
       ORDER BY ${orderBy.join(', ')}
       ${capacityTotals}
       WITH collect({${groupMap}}) AS groups
       RETURN size(groups) AS groupCount, groups[0..$first] AS groups
     }
     RETURN total, groupCount, groups`,
    { ...w.params, first: int(options.first) },
  );
}

// ---------------------------------------------------------------------------------------------
// Connection aggregates

/** What an `aggregate` field measures over the entities (or edges) of a connection. */
export type Measure = 'count' | 'byKind' | 'byStatus' | 'byCountry' | 'byLabel' | 'capacity';

const byProperty = (property: string) =>
  `WITH n.${property} AS key, count(*) AS c ORDER BY c DESC, key RETURN collect({key: key, count: c}) AS value`;

const byRelated = (pattern: string) =>
  `OPTIONAL MATCH ${pattern}
   WITH g, count(*) AS c ORDER BY c DESC, g.id RETURN collect({key: ${NODE('g')}, count: c}) AS value`;

/** The Cypher of each measure over the rows `n` (one per edge); fixed texts only. */
function measureText(measure: Measure, label: NodeKind | undefined): string {
  switch (measure) {
    case 'count':
      return 'RETURN count(*) AS value';
    case 'byKind':
      return byProperty('kind');
    case 'byStatus':
      return byProperty('status');
    case 'byLabel':
      return `WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS key, count(*) AS c
              ORDER BY c DESC, key RETURN collect({key: key, count: c}) AS value`;
    case 'byCountry':
      return byRelated(
        label === NodeKind.Company ? '(n)-[:HEADQUARTERED_IN]->(g:Country)' : '(n)-[:LOCATED_IN]->(g:Country)',
      );
    case 'capacity':
      return `MATCH (n)-[o:PRODUCES]->(m:Mineral) WHERE o.capacity IS NOT NULL
              WITH m, o.unit AS unit, sum(toFloat(o.capacity)) AS total, count(DISTINCT n) AS facilities
              ORDER BY m.id, unit
              RETURN collect({mineral: ${NODE('m')}, unit: unit, total: total, facilities: facilities}) AS value`;
  }
}

/** A measure over a top-level list (`facilities(where) { aggregate { … } }`): one row, `value`. */
export function listAggregate(label: NodeKind, where: Where | undefined, measure: Measure): CypherQuery {
  const w = compileWhere(label, where);
  return cypher(`CALL () { MATCH (n:${label}) ${w.clause} ${measureText(measure, label)} } RETURN value`, w.params);
}

/**
 * A measure over a relationship field for many parents at once (one round trip whatever their
 * number): per parent `pid`, `value` over its related entities, one row per edge as `totalCount`.
 */
export function relatedAggregates(
  spec: RelationSpec,
  parentIds: readonly string[],
  where: Where | null | undefined,
  edgeWhere: Where | null | undefined,
  measure: Measure,
): CypherQuery {
  const w = compileRelationWhere(spec.target, spec.type, where, edgeWhere, 'n', 'r', 'w');
  return cypher(
    `UNWIND $parentIds AS pid
     MATCH (p:Entity {id: pid})
     CALL (p) {
       MATCH ${relationPattern(spec)}
       ${w.clause}
       ${measureText(measure, spec.target)}
     }
     RETURN pid, value`,
    { ...w.params, parentIds },
  );
}
