import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { getSchema } from '../src/graphql/schema';
import { cypher } from '../src/neo4j/cypher';
import { createDriver, GraphDatabase } from '../src/neo4j/driver';
import { startApp } from '../src/server/app';
import { benchDatabase } from './lib/neo4j';
import { percentile } from './lib/stats';

const fmt = (x: number) => x.toFixed(0);

/**
 * Mixed load over real HTTP: `--concurrency` clients (32) send reads (70 %: a facility by id, a
 * filtered page, a search) and writes (20 % createFacility, 10 % updateFacility) back to back for
 * `--seconds` (60), first with the writes spread over every region, then with every write in one
 * region. Prints p50/p95/p99 per operation, the error codes, and the creates acknowledged against
 * the facilities present afterwards (they must be equal: no acknowledged write lost, no failed
 * write committed). Then `--bursts` (5) bursts of 32 simultaneous createFacility in one region.
 *
 *   npm run bench -- load [--seconds 60] [--concurrency 32] [--regions 12] [--bursts 5]
 *
 * The server runs with the production driver tuning (connect timeout 2 s, retries 500 ms, query
 * timeout 15 s). Against NEO4J_URI when set, else a fresh local Neo4j.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', '60'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const REGIONS = Number(arg('regions', '12'));
const BURSTS = Number(arg('bursts', '5'));
const SECRET = randomBytes(32).toString('hex');
const run = `load${randomBytes(3).toString('hex')}`;
const id = (x: string) => `${run}-${x}`;

type Op = 'facility' | 'page' | 'search' | 'create' | 'update';
interface Sample {
  op: Op;
  ms: number;
  code?: string;
}

async function seedBase(db: GraphDatabase): Promise<void> {
  const regions = Array.from({ length: REGIONS }, (_, r) => ({
    id: id(`R${r}`),
    name: `Region ${r}`,
    facilities: Array.from({ length: 40 }, (_, f) => ({ id: id(`R${r}-f${f}`), name: `Plant ${r}-${f} lithium` })),
  }));
  await db.write(
    cypher(
      `CREATE (c:Entity:Country {id: $country, name: 'Loadland'})
       CREATE (s:Entity:Sector {id: $sector, name: 'Batteries'})
       CREATE (o:Entity:Company {id: $company, name: 'Operator Inc'})
       WITH c, s, o
       UNWIND $regions AS region
       CREATE (r:Entity:Region {id: region.id, name: region.name})-[:PART_OF]->(c)
       WITH c, s, o, r, region
       UNWIND region.facilities AS f
       CREATE (n:Entity:Facility {id: f.id, name: f.name, kind: 'REFINERY', status: 'OPERATING'})
       CREATE (n)-[:LOCATED_IN]->(r), (n)-[:LOCATED_IN]->(c), (n)-[:IN_SECTOR]->(s), (o)-[:OPERATES]->(n)`,
      { country: id('C'), sector: id('S'), company: id('O'), regions },
    ),
  );
}

function summary(samples: Sample[]): string {
  const lines: string[] = [];
  const ops: Op[] = ['facility', 'page', 'search', 'create', 'update'];
  for (const op of ops) {
    const ms = samples
      .filter((s) => s.op === op)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    if (!ms.length) continue;
    lines.push(
      `  ${op.padEnd(9)} n=${String(ms.length).padStart(6)}  p50 ${fmt(percentile(ms, 50))} ms  p95 ${fmt(
        percentile(ms, 95),
      )} ms  p99 ${fmt(percentile(ms, 99))} ms  max ${fmt(ms[ms.length - 1])} ms`,
    );
  }
  const codes: Record<string, number> = {};
  for (const s of samples) if (s.code) codes[s.code] = (codes[s.code] ?? 0) + 1;
  lines.push(`  errors: ${Object.keys(codes).length ? JSON.stringify(codes) : 'none'} of ${samples.length} requests`);
  return lines.join('\n');
}

async function main() {
  const bench = await benchDatabase();
  // The API's own driver, tuned as `npm start` tunes it (docs/operations.md).
  const db = new GraphDatabase(
    createDriver(bench.uri, 'neo4j', '', 50, { connectionTimeoutMs: 2_000, maxRetryTimeMs: 500 }),
    {
      database: bench.db.options.database,
      timeoutMs: 15_000,
    },
  );
  try {
    await seedBase(bench.db);
    const app = await startApp(
      {
        schema: await getSchema(),
        db,
        development: false,
        auth: { reads: 'public', keyCacheMs: 5_000, jwt: { secret: SECRET, rolesClaim: 'roles' } },
        limits: { rateLimitPerMinute: 0 },
      },
      0,
      '127.0.0.1',
    );
    const token = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('load-bench')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(SECRET));
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: { createFacility?: { id?: string } };
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      return { status: res.status, body };
    };
    const pick = (n: number) => Math.floor(Math.random() * n);
    let created = 0;

    const request = async (op: Op, region: number, phase: string, acknowledged: Set<string>): Promise<Sample> => {
      const started = performance.now();
      let out: Awaited<ReturnType<typeof post>>;
      let newId: string | undefined;
      if (op === 'facility')
        out = await post('query($id: ID!) { facility(id: $id) { id name region { id } operator { id } } }', {
          id: id(`R${region}-f${pick(40)}`),
        });
      else if (op === 'page')
        out = await post(
          'query($r: ID!, $t: String) { facilities(where: { region: $r, nameContains: $t }, first: 20) { totalCount nodes { id name } } }',
          { r: id(`R${region}`), t: 'lithium' },
        );
      else if (op === 'search') out = await post('query { search(text: "plant lithium", first: 10) { score } }', {});
      else if (op === 'create') {
        newId = id(`${phase}-new${created++}`);
        out = await post('mutation($i: FacilityInput!) { createFacility(input: $i) { id } }', {
          i: {
            id: newId,
            name: `New plant ${newId}`,
            kind: 'REFINERY',
            status: 'PLANNED',
            region: id(`R${region}`),
            operator: id('O'),
            sectors: [id('S')],
          },
        });
      } else
        out = await post('mutation($i: FacilityInput!) { updateFacility(input: $i) { id } }', {
          i: { id: id(`R${region}-f${pick(40)}`), city: `City ${pick(1000)}` },
        });
      const ms = performance.now() - started;
      const code = out.body.errors?.[0]?.extensions?.code ?? (out.status === 200 ? undefined : `HTTP_${out.status}`);
      if (op === 'create' && !code && out.body.data?.createFacility?.id === newId) acknowledged.add(newId!);
      return { op, ms, code };
    };

    const phase = async (name: string, writeRegion: () => number) => {
      const samples: Sample[] = [];
      const acknowledged = new Set<string>();
      const until = Date.now() + SECONDS * 1000;
      const client = async () => {
        while (Date.now() < until) {
          const x = Math.random();
          const op: Op = x < 0.3 ? 'facility' : x < 0.55 ? 'page' : x < 0.7 ? 'search' : x < 0.9 ? 'create' : 'update';
          const region = op === 'create' || op === 'update' ? writeRegion() : pick(REGIONS);
          samples.push(await request(op, region, name, acknowledged));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
      const [{ present }] = await bench.db.read(
        cypher('MATCH (f:Facility) WHERE f.id STARTS WITH $prefix RETURN count(f) AS present', {
          prefix: id(`${name}-new`),
        }),
      );
      const rps = samples.length / SECONDS;
      console.log(`\n${name}: ${SECONDS} s, concurrency ${CONCURRENCY}, ${rps.toFixed(1)} requests/s`);
      console.log(summary(samples));
      console.log(
        `  creates acknowledged ${acknowledged.size}, present afterwards ${String(present)}: ${
          acknowledged.size === Number(present) ? 'equal' : 'MISMATCH'
        }`,
      );
      return acknowledged.size === Number(present);
    };

    console.log(`load benchmark: ${REGIONS} regions x 40 facilities, 70 % reads / 30 % writes`);
    const spreadOk = await phase('spread', () => pick(REGIONS));
    const oneOk = await phase('oneRegion', () => 0);

    const burst: Sample[] = [];
    for (let b = 0; b < BURSTS; b++) {
      const ack = new Set<string>();
      burst.push(...(await Promise.all(Array.from({ length: 32 }, () => request('create', 1, `burst${b}`, ack)))));
    }
    console.log(`\n${BURSTS} bursts of 32 simultaneous createFacility in one region:`);
    console.log(summary(burst));

    await app.stop();
    if (!spreadOk || !oneOk) process.exitCode = 1;
  } finally {
    await bench.db.write(cypher('MATCH (n:Entity) WHERE n.id STARTS WITH $run DETACH DELETE n', { run }));
    await db.close();
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
