import { cypher } from '../../../src/neo4j/cypher';
import { type GraphDatabase } from '../../../src/neo4j/driver';

/** Canonical, prefix-free text of every node with the prefix and every relationship touching one. */
export async function dumpGraph(db: GraphDatabase, prefix: string): Promise<string[]> {
  const nodes = await db.read(
    cypher('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN labels(n) AS labels, properties(n) AS props', {
      prefix,
    }),
  );
  const rels = await db.read(
    cypher(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
       RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
      { prefix },
    ),
  );
  const lines = [
    ...nodes.map((n) => `node ${stable({ labels: [...(n.labels as string[])].sort(), props: n.props })}`),
    ...rels.map((r) => `rel ${stable(r)}`),
  ];
  return lines.map((l) => l.replaceAll(prefix, '')).sort();
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Nodes and relationships touching the prefix: for "nothing was written" checks. */
export async function countByPrefix(db: GraphDatabase, prefix: string): Promise<{ nodes: number; rels: number }> {
  const rows = await db.read(
    cypher(
      `CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id STARTS WITH $prefix RETURN count(DISTINCT r) AS rels }
       RETURN nodes, rels`,
      { prefix },
    ),
  );
  return { nodes: Number(rows[0].nodes), rels: Number(rows[0].rels) };
}
