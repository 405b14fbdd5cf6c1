import { type EvidenceFilter, filterNetwork } from '../../../src/analytics/algorithms/evidence-filter';
import { networkFromRows } from '../../../src/analytics/services/network-loader';
import {
  allShortestPaths,
  type PathArgs,
  PathDirection,
  type PathServiceOptions,
  type PathView,
  shortestPath,
} from '../../../src/analytics/services/paths.service';
import { upstreamNetwork } from '../../../src/analytics/services/queries/network.cypher';
import {
  agreementEnds,
  supplyEvidence,
  supplyEvidenceParams,
  traversable,
} from '../../../src/analytics/services/queries/supply-evidence.cypher';
import { agreementEndOf } from '../../../src/analytics/services/network-loader';
import { Confidence, CONFIDENCES, holdsAt } from '../../../src/domain/evidence';
import { RelationshipType } from '../../../src/domain/enums';
import { cypher } from '../../../src/neo4j/cypher';
import { executeOperation } from '../../support/graphql';
import { deleteByPrefix, testDatabase, uniquePrefix } from '../../support/db';
import { useSeededGraph } from '../../support/seeded-graph';

const R = RelationshipType;

/**
 * shortestPath / shortestPaths with asOf, minConfidence and includePlanned: a hand-built graph
 * written as seed CSVs, searched against the real Neo4j. Every facility is in US.
 *
 * Dated (lithium): A -since 2024-03-> B -until 2025-> C; B -> D under agX (expires 2025-12-31).
 * Confidence: X -> Y (no confidence, so INFERRED); X -confirmed-> W -confirmed-> Y; Y -reported-> V.
 * Planned: Q1 -> PL (PLANNED, operated by coP) -> Q2; coP also operates Q2.
 */
const CSV: Record<string, string[]> = {
  'countries.csv': ['id,name', '{p}US,US'],
  'minerals.csv': ['id,name', '{p}li,Lithium'],
  'companies.csv': ['id,name,country', '{p}coP,P,{p}US'],
  'facilities.csv': [
    'id,name,kind,status,operator,country',
    ...['A', 'X', 'Q1'].map((f) => `{p}${f},${f},MINE,OPERATING,,{p}US`),
    ...['B', 'W'].map((f) => `{p}${f},${f},REFINERY,OPERATING,,{p}US`),
    ...['C', 'D', 'Y', 'V'].map((f) => `{p}${f},${f},CELL,OPERATING,,{p}US`),
    '{p}PL,PL,CELL,PLANNED,{p}coP,{p}US',
    '{p}Q2,Q2,EV_ASSEMBLY,OPERATING,{p}coP,{p}US',
  ],
  'agreements.csv': ['id,name,kind,status,expires', '{p}agX,X,OFFTAKE,EXPIRED,2025-12-31'],
  'supply.csv': [
    'supplier,customer,mineral,since,until,agreement,confidence',
    '{p}A,{p}B,{p}li,2024-03,,,confirmed',
    '{p}B,{p}C,{p}li,,2025,,confirmed',
    '{p}B,{p}D,{p}li,,,{p}agX,confirmed',
    '{p}X,{p}Y,{p}li,,,,',
    '{p}X,{p}W,{p}li,,,,confirmed',
    '{p}W,{p}Y,{p}li,,,,confirmed',
    '{p}Y,{p}V,{p}li,,,,reported',
    '{p}Q1,{p}PL,{p}li,,,,confirmed',
    '{p}PL,{p}Q2,{p}li,,,,confirmed',
  ],
};

/**
 * The ways a shortestPath is found: Cypher's search (what the small graph hands over to), the
 * hub-aware search expanding everything, and the hub-aware search where nearly everything is a
 * hub (adjacency and common-neighbour checks). Each must apply the same filter.
 */
const SEARCHES: Array<[string, PathServiceOptions]> = [
  ['Cypher', { search: false }],
  ['hub-aware search', { search: { handOverBelow: 0 } }],
  ['hub-aware search, hubs everywhere', { search: { handOverBelow: 0, hubDegree: 1 } }],
];

describe('shortestPath(s) with evidence arguments (hand-built graph, real Neo4j)', () => {
  const { db, id, local } = useSeededGraph(CSV);

  const show = (found: PathView | null) =>
    found &&
    found.entities
      .map((e, i) => {
        const r = found.relationships[i - 1];
        const step = !r ? '' : r.direction === PathDirection.FORWARD ? ` -${r.type}-> ` : ` <-${r.type}- `;
        return `${step}${local(e.id)}`;
      })
      .join('');
  type More = Partial<Omit<PathArgs, 'from' | 'to'>>;
  const supplyPath = (from: string, to: string, more: More, options: PathServiceOptions) =>
    shortestPath(
      db,
      { from: id(from), to: id(to), relationshipTypes: [R.SUPPLIES], directed: true, maxHops: 6, ...more },
      options,
    ).then(show);

  describe.each(SEARCHES)('%s', (_name, options) => {
    it('a dated link is traversable from the first day of its since to before the first day of its until', async () => {
      const route = 'A -SUPPLIES-> B -SUPPLIES-> C';
      expect(await supplyPath('A', 'C', { asOf: '2024-02-29' }, options)).toBeNull();
      expect(await supplyPath('A', 'C', { asOf: '2024-03' }, options)).toBe(route);
      expect(await supplyPath('A', 'C', { asOf: '2024-12-31' }, options)).toBe(route);
      expect(await supplyPath('A', 'C', { asOf: '2025' }, options)).toBeNull();
      // Default asOf is today (after 2025): the link has ended.
      expect(await supplyPath('A', 'C', {}, options)).toBeNull();
    });

    it("a link without its own until ends with its agreement's expiry", async () => {
      expect(await supplyPath('B', 'D', { asOf: '2025-12-30' }, options)).toBe('B -SUPPLIES-> D');
      expect(await supplyPath('B', 'D', { asOf: '2025-12-31' }, options)).toBeNull();
    });

    it('minConfidence: a weaker link is not traversable, so the search takes the longer confirmed route', async () => {
      expect(await supplyPath('X', 'Y', {}, options)).toBe('X -SUPPLIES-> Y');
      expect(await supplyPath('X', 'Y', { minConfidence: Confidence.REPORTED }, options)).toBe(
        'X -SUPPLIES-> W -SUPPLIES-> Y',
      );
      expect(await supplyPath('X', 'V', { minConfidence: Confidence.REPORTED }, options)).toBe(
        'X -SUPPLIES-> W -SUPPLIES-> Y -SUPPLIES-> V',
      );
      expect(await supplyPath('X', 'V', { minConfidence: Confidence.CONFIRMED }, options)).toBeNull();
    });

    it('planned facilities: their SUPPLIES links only with includePlanned; the facility stays reachable otherwise', async () => {
      expect(await supplyPath('Q1', 'Q2', {}, options)).toBeNull();
      expect(await supplyPath('Q1', 'Q2', { includePlanned: true }, options)).toBe('Q1 -SUPPLIES-> PL -SUPPLIES-> Q2');
      const anyType = (more: More) =>
        shortestPath(db, { from: id('Q1'), to: id('PL'), directed: false, maxHops: 6, ...more }, options);
      expect(show(await anyType({ includePlanned: true }))).toBe('Q1 -SUPPLIES-> PL');
      const around = await anyType({});
      expect(around!.length).toBe(2);
      expect(around!.relationships.map((r) => r.type)).toEqual([R.LOCATED_IN, R.LOCATED_IN]);
    });

    it('other relationship types are not filtered, whatever the evidence arguments say', async () => {
      const strict = { asOf: '1900', minConfidence: Confidence.CONFIRMED };
      const found = await shortestPath(
        db,
        { from: id('PL'), to: id('Q2'), directed: false, maxHops: 6, relationshipTypes: [R.OPERATES], ...strict },
        options,
      );
      expect(show(found)).toBe('PL <-OPERATES- coP -OPERATES-> Q2');
      // Over every type, the planned PL -> Q2 link is skipped; the operator or the country joins them.
      const all = await shortestPath(db, { from: id('PL'), to: id('Q2'), directed: false, maxHops: 6 }, options);
      expect(all!.length).toBe(2);
      expect(all!.relationships.map((r) => r.type)).not.toContain(R.SUPPLIES);
    });
  });

  it('shortestPaths applies the same filter to every path', async () => {
    const all = (more: Partial<PathArgs>) =>
      allShortestPaths(db, {
        from: id('X'),
        to: id('Y'),
        relationshipTypes: [R.SUPPLIES],
        directed: false,
        maxHops: 6,
        limit: 10,
        ...more,
      }).then((paths) => paths.map(show));
    expect(await all({})).toEqual(['X -SUPPLIES-> Y']);
    expect(await all({ minConfidence: Confidence.CONFIRMED })).toEqual(['X -SUPPLIES-> W -SUPPLIES-> Y']);
    expect(await all({ asOf: '2024-02', relationshipTypes: [R.SUPPLIES], from: id('A'), to: id('C') })).toEqual([]);
  });

  it('over HTTP: the arguments with their defaults, and a malformed asOf is refused at its location', async () => {
    const query = `query($from: ID!, $to: ID!, $asOf: PartialDate, $c: Confidence, $planned: Boolean) {
      shortestPath(from: $from, to: $to, relationshipTypes: [SUPPLIES], directed: true,
                   asOf: $asOf, minConfidence: $c, includePlanned: $planned) { length }
      shortestPaths(from: $from, to: $to, relationshipTypes: [SUPPLIES], directed: true,
                    asOf: $asOf, minConfidence: $c, includePlanned: $planned) { length } }`;
    const run = (vars: Record<string, unknown>) =>
      executeOperation<{ shortestPath: { length: number } | null; shortestPaths: Array<{ length: number }> }>(query, {
        from: id('Q1'),
        to: id('Q2'),
        ...vars,
      });
    const byDefault = await run({});
    expect(byDefault.errors).toBeUndefined();
    expect(byDefault.data).toEqual({ shortestPath: null, shortestPaths: [] });
    const planned = await run({ planned: true });
    expect(planned.data).toEqual({ shortestPath: { length: 2 }, shortestPaths: [{ length: 2 }] });
    const early = await run({ planned: true, asOf: '2024', c: 'CONFIRMED' });
    expect(early.data?.shortestPath).toEqual({ length: 2 });
    const bad = await executeOperation(
      `{ shortestPath(from: "${id('Q1')}", to: "${id('Q2')}", asOf: "2024-13") { length } }`,
    );
    // The PartialDate scalar refuses the literal before anything runs, at the argument's location.
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bad.errors?.[0]?.message).toMatch(/PartialDate/);
    expect((bad.errors?.[0] as { locations?: unknown[] }).locations).toHaveLength(1);
  });
});

/**
 * The predicate Neo4j evaluates inside the path searches and the filter the supply analyses apply
 * (evidence-filter.ts linkCounts, over links loaded by the network loader) count the same links:
 * links with every kind of stored value (also malformed dates and unknown confidences, which only
 * other writers could store) into an operating and a planned customer, under many filters.
 */
describe('the path searches count the SUPPLIES links the supply analyses count', () => {
  const db = testDatabase();
  const p = uniquePrefix();
  const id = (local: string) => `${p}${local}`;
  const SINCE = [null, '2020', '2024-03', '2024-03-15', 'soon', '2024-3'];
  const UNTIL = [null, '2025', '2024-03-15', '2026-01', 'never'];
  const CONFIDENCE = [null, 'confirmed', 'REPORTED', ' inferred ', 'maybe'];
  const AGREEMENT = [null, 'agExpires', 'agTermEnd', 'agNoEnd', 'agMissing'];
  const STATUS = ['OPERATING', 'PLANNED', 'CONSTRUCTION', null];
  interface LinkSpec {
    supplier: string;
    customer: string;
    status: string | null;
    props: Record<string, string>;
  }
  const links: LinkSpec[] = [];
  let n = 0;
  for (const customer of ['T', 'TP'])
    for (const since of SINCE)
      for (const until of UNTIL) {
        // A deterministic walk through the other dimensions keeps the set small but varied.
        const confidence = CONFIDENCE[n % CONFIDENCE.length];
        const agreement = AGREEMENT[(n * 3) % AGREEMENT.length];
        const status = STATUS[(n * 7) % STATUS.length];
        const props: Record<string, string> = {};
        if (since !== null) props.since = since;
        if (until !== null) props.until = until;
        if (confidence !== null) props.confidence = confidence;
        if (agreement !== null) props.agreement = id(agreement);
        links.push({ supplier: `S${n++}`, customer, status, props: { ...props, mineral: id('li') } });
      }

  beforeAll(async () => {
    await db.write(
      cypher(`UNWIND $agreements AS a CREATE (:Entity:Agreement {id: a.id, expires: a.expires, term_end: a.termEnd})`, {
        agreements: [
          { id: id('agExpires'), expires: '2025-12-31', termEnd: null },
          { id: id('agTermEnd'), expires: '2030', termEnd: '2024-06' },
          { id: id('agNoEnd'), expires: null, termEnd: null },
        ],
      }),
    );
    await db.write(
      cypher(
        `CREATE (:Entity:Facility {id: $t, status: 'OPERATING'}), (:Entity:Facility {id: $tp, status: 'PLANNED'})
         WITH 1 AS one
         UNWIND $links AS l
         MATCH (c:Entity {id: l.customer})
         CREATE (s:Entity:Facility {id: l.supplier})
         SET s.status = l.status
         CREATE (s)-[r:SUPPLIES]->(c)
         SET r = l.props`,
        {
          t: id('T'),
          tp: id('TP'),
          links: links.map((l) => ({ ...l, supplier: id(l.supplier), customer: id(l.customer) })),
        },
      ),
    );
  });
  afterAll(async () => {
    await deleteByPrefix(db, p);
    await db.close();
  });

  const filters: EvidenceFilter[] = [];
  for (const asOf of ['2019', '2024-03', '2024-03-14', '2024-03-15', '2024-06', '2025', '2025-12-31', '2026'])
    for (const minConfidence of CONFIDENCES)
      for (const includePlanned of [false, true]) filters.push({ asOf, minConfidence, includePlanned });

  it('for every filter, the same links', async () => {
    const loaded = networkFromRows(await db.read(upstreamNetwork([id('T'), id('TP')])));
    const ends = await db.read(agreementEnds());
    let counted = 0;
    for (const f of filters) {
      const expected = filterNetwork(loaded.net, f)
        .links.map((l) => `${l.from}>${l.to}`)
        .sort();
      const ended = ends
        .filter((r) => !holdsAt(null, agreementEndOf(r.end as Record<string, unknown>), f.asOf))
        .map((r) => r.id as string);
      const rows = await db.read(
        cypher(
          `MATCH (x:Facility)-[r:SUPPLIES]->(y:Facility) WHERE y.id IN $targets AND ${traversable('r', 'x', 'y')}
           RETURN x.id + '>' + y.id AS link ORDER BY link`,
          { targets: [id('T'), id('TP')], ...supplyEvidenceParams(supplyEvidence(f, ended)) },
        ),
      );
      expect({ filter: f, links: rows.map((r) => r.link as string).sort() }).toEqual({ filter: f, links: expected });
      counted += expected.length;
    }
    // The filters leave out some links and keep others (the comparison is not between empty sets).
    expect(loaded.net.links).toHaveLength(links.length);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(filters.length * links.length);
  });
});
