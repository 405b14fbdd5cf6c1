import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatIssue, seedFromDirectory } from '../../../src/seed';
import { deleteByPrefix, uniquePrefix } from '../../support/db';
import { startTestServer, type TestServer } from '../../support/server';
import { removeDir } from '../../fixtures/seed/fixture';

/**
 * OPERATES carries no properties of its own: a company's `operates` edges take their evidence from
 * the facility row (seed/README.md, "Evidence"). Loaded through the seed contract, read over HTTP,
 * both by the selection-aware read (one query for the request) and by the batched loaders (a
 * company reached through the `Entity` interface of agreement parties).
 */
const CSV: Record<string, string[]> = {
  'countries.csv': ['id,name', '{p}CA,Canada'],
  'companies.csv': ['id,name,country', '{p}op,Operator,{p}CA'],
  'facilities.csv': [
    'id,name,kind,status,operator,country,source,confidence,note,status_as_of',
    '{p}f1,F1,MINE,OPERATING,{p}op,{p}CA,https://example.org/f1,reported,status from the annual report,2024-12',
    '{p}f2,F2,REFINERY,PLANNED,{p}op,{p}CA,,,,',
  ],
  'agreements.csv': ['id,name,kind,status', '{p}agr,Offtake,OFFTAKE,IN_FORCE'],
  'agreement_parties.csv': ['agreement,party', '{p}agr,{p}op'],
};

interface OperatedEdge {
  confidence: string | null;
  source: string | null;
  statusAsOf: string | null;
  node: { id: string };
}
interface Operated {
  operates: { edges: OperatedEdge[] };
}

describe('OPERATES edges carry the facility row evidence', () => {
  let s: TestServer;
  let dir: string;
  const p = uniquePrefix();
  const id = (x: string) => `${p}${x}`;
  const expected: OperatedEdge[] = [
    { confidence: 'REPORTED', source: 'https://example.org/f1', statusAsOf: '2024-12', node: { id: id('f1') } },
    { confidence: null, source: null, statusAsOf: null, node: { id: id('f2') } },
  ];
  const EDGES = `operates(orderBy: [{field: ID, direction: ASC}]) { edges { confidence source statusAsOf node { id } } }`;

  beforeAll(async () => {
    s = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'operates-'));
    for (const [file, lines] of Object.entries(CSV))
      fs.writeFileSync(path.join(dir, file), lines.map((l) => l.replaceAll('{p}', p)).join('\n') + '\n');
    const report = await seedFromDirectory(s.db, dir);
    expect(report.issues.map(formatIssue)).toEqual([]);
  });
  afterAll(async () => {
    await deleteByPrefix(s.db, p);
    await s.close();
    removeDir(dir);
  });

  it('company(id) { operates }: read in the request query, typed (confidence enum, statusAsOf a PartialDate)', async () => {
    const res = await s.gql<{ company: Operated }>(`query($c: ID!) { company(id: $c) { ${EDGES} } }`, { c: id('op') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.company.operates.edges).toEqual(expected);
    expect(res.extensions?.roundTrips).toBe(1);
  });

  it('the same through the batched loaders (a company reached as an agreement party)', async () => {
    const res = await s.gql<{ agreement: { parties: { nodes: Operated[] } } }>(
      `query($a: ID!) { agreement(id: $a) { parties { nodes { ... on Company { ${EDGES} } } } } }`,
      { a: id('agr') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.agreement.parties.nodes).toEqual([{ operates: { edges: expected } }]);
  });
});
