import { impactNetwork, upstreamNetwork } from '../../../src/analytics/services/queries/network.cypher';
import { commonNeighbors, searchStart, searchStep } from '../../../src/analytics/services/queries/path-search.cypher';
import { shortestPaths } from '../../../src/analytics/services/queries/paths.cypher';
import { supplyEvidence } from '../../../src/analytics/services/queries/supply-evidence.cypher';
import { Confidence } from '../../../src/domain/evidence';
import { RelationshipType } from '../../../src/domain/enums';
import { type CypherQuery } from '../../../src/neo4j/cypher';
import { cypher } from '../../../src/neo4j/cypher';
import { type GraphDatabase } from '../../../src/neo4j/driver';
import { type GeneratedGraph, startGeneratedGraph } from '../../support/own-neo4j';

interface PlanNode {
  operatorType: string;
  /** The operator's arguments; `Details` is the text EXPLAIN shows. */
  arguments: { Details?: string } & Record<string, unknown>;
  children: PlanNode[];
}

/** Operator names of a query's plan (EXPLAIN: nothing runs). */
async function operators(db: GraphDatabase, q: CypherQuery): Promise<string[]> {
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`EXPLAIN ${q.cypher}`, q.params);
    const out: string[] = [];
    const walk = (p: PlanNode) => {
      out.push(`${p.operatorType.replace(/@.*$/, '')} ${p.arguments.Details ?? ''}`);
      p.children.forEach(walk);
    };
    walk(result.summary.plan as unknown as PlanNode);
    return out;
  } finally {
    await session.close();
  }
}

/**
 * The graph is this file's own Neo4j with a fixed generated dataset: plans follow the database's
 * statistics, which the other test files' data in the shared database would make depend on the
 * order the suite runs in.
 */
describe('analytics query plans', () => {
  let db: GraphDatabase;
  let graph: GeneratedGraph;
  beforeAll(async () => {
    graph = await startGeneratedGraph('analytics-plans', { facilities: 500, seed: 3 });
    db = graph.db;
    // Index statistics current and no plan cached before the load, as in read-plans.test.ts.
    await db.write(cypher('CALL db.prepareForReplanning(60)'));
  }, 180_000);
  afterAll(async () => {
    await graph?.close();
  });

  it('shortestPath with avoid is a bidirectional search with the predicate inside, no exhaustive fallback', async () => {
    const ops = await operators(
      db,
      shortestPaths({ from: 'a', to: 'b', directed: false, maxHops: 6, avoid: ['x', 'y'] }),
    );
    const sp = ops.find((o) => o.startsWith('ShortestPath'));
    expect(sp).toMatch(/WHERE all\(n IN nodes\(p\) WHERE NOT n\.id IN \$avoid\)|WHERE none\(n IN nodes\(p\)/);
    expect(ops.some((o) => /AntiConditionalApply|VarLengthExpand/.test(o))).toBe(false);
    expect(ops.filter((o) => o.startsWith('NodeUniqueIndexSeek'))).toHaveLength(2);
  });

  it('shortestPath with the evidence filter checks each SUPPLIES link inside the search, no exhaustive fallback', async () => {
    const evidence = supplyEvidence({ asOf: '2025-06', minConfidence: Confidence.REPORTED, includePlanned: false }, []);
    for (const all of [undefined, 10]) {
      const ops = await operators(
        db,
        shortestPaths({ from: 'a', to: 'b', directed: false, maxHops: 6, avoid: ['x'], evidence, all }),
      );
      const sp = ops.find((o) => o.startsWith('ShortestPath'));
      expect(sp).toMatch(/all\(r IN relationships\(p\) WHERE NOT type\(r\) = /);
      expect(sp).toMatch(/startNode\(r\)\.status/);
      expect(ops.some((o) => /AntiConditionalApply|VarLengthExpand/.test(o))).toBe(false);
    }
  });

  it('subnetwork loads use pruning breadth-first expands from index seeks', async () => {
    for (const q of [upstreamNetwork(['a']), upstreamNetwork(['a'], 'li'), impactNetwork(['a'], ['li'], 'li')]) {
      const ops = await operators(db, q);
      expect(ops.some((o) => o.startsWith('VarLengthExpand(Pruning'))).toBe(true);
      expect(ops.some((o) => o.startsWith('VarLengthExpand(All)'))).toBe(false);
      expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    }
  });

  it('the hub-aware search reads degrees from the degree store and never expands the bigger hub', async () => {
    const evidence = supplyEvidence({ asOf: '2025', minConfidence: Confidence.INFERRED, includePlanned: false }, []);
    for (const p of [
      { directed: false },
      { directed: true, types: [RelationshipType.SUPPLIES, RelationshipType.LOCATED_IN] },
      { directed: false, evidence },
    ]) {
      const ops = await operators(
        db,
        searchStep(
          [
            { side: 0, nodes: ['a'] },
            { side: 1, nodes: ['b'] },
          ],
          [['a', 'b']],
          [],
          p,
        ),
      );
      // One expand per frontier side; the planner may check the hub pair by Expand(Into) or Expand(All).
      expect(ops.filter((o) => o.startsWith('Expand(All) (u)'))).toHaveLength(2);
      expect(ops.some((o) => /getDegree/.test(o))).toBe(true);
      expect(ops.some((o) => /^Expand\((Into|All)\) \(h[12]\)/.test(o))).toBe(true);
      const start = await operators(db, searchStart('a', 'b', [], 500, p));
      expect(start.filter((o) => o.startsWith('NodeUniqueIndexSeek'))).toHaveLength(2);
      // The common-neighbour probe starts from an index seek on the pair.
      const common = await operators(db, commonNeighbors([{ pair: ['a', 'b'], smaller: 0 }], [], p));
      expect(common.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    }
  });
});
