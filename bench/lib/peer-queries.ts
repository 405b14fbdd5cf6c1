/**
 * The three reads of the peer benchmark, each written three ways: for the project's API, for the
 * @neo4j/graphql peer (type defs in ./peer-typedefs.ts) and as one hand-written Cypher query (run
 * by the raw server in ./peer-servers.ts). All three sort the same way (name, then id) and take
 * the same page sizes, and `digest` reduces each answer to the same shape so the benchmark can
 * check that they return the same data before it times them.
 */

export type System = 'api' | 'peer' | 'raw';

/** What a request is asked for: the data every system must return for the comparison to be fair. */
export interface Digest {
  /** Ids of the top-level rows, in order. */
  ids: string[];
  /** Number of nested items (operators + minerals, suppliers + customers, facilities). */
  nested: number;
}

export interface PeerCase {
  key: 'a' | 'b' | 'c';
  title: string;
  /** `digest` takes the answer's `data` (raw: its rows) as parsed JSON. */
  api: { query: string; digest(data: unknown): Digest };
  peer: { query: string; digest(data: unknown): Digest };
  /** Cypher text with `$` parameters; rows returned as they are. */
  raw: { cypher: string; digest(rows: unknown): Digest };
}

/** A digest of an answer in the shape `T` its query asks for (the answers are checked against each other). */
const digestOf =
  <T>(digest: (answer: T) => Digest) =>
  (answer: unknown): Digest =>
    digest(answer as T);

type Id = { id: string };
type Page<T> = { nodes: T[] };
type Edges = { edges: unknown[] };

/** Page sizes shared by the three systems. */
export const FACILITY_PAGE = 50;
export const COMPANY_PAGE = 100;
export const NESTED_PAGE = 50;

const count = (xs: unknown[] | null | undefined) => (xs ?? []).length;

export const PEER_CASES: readonly PeerCase[] = [
  {
    key: 'a',
    title: `${FACILITY_PAGE} facilities of a country with operator and minerals`,
    api: {
      query: `query($country: ID!) { facilities(where: { country: $country }, first: ${FACILITY_PAGE}) {
        nodes { id name kind operator { id name } produces(first: ${NESTED_PAGE}) { edges { capacity unit node { id name } } } } } }`,
      digest: digestOf<{ facilities: Page<Id & { operator: unknown; produces: Edges }> }>((d) => ({
        ids: d.facilities.nodes.map((n) => n.id),
        nested: d.facilities.nodes.reduce((s, n) => s + (n.operator ? 1 : 0) + count(n.produces.edges), 0),
      })),
    },
    peer: {
      query: `query($country: ID!) { facilities(where: { country: { some: { id: { eq: $country } } } }, limit: ${FACILITY_PAGE},
        sort: [{ name: ASC }, { id: ASC }]) {
        id name kind operators(limit: 1, sort: [{ name: ASC }, { id: ASC }]) { id name }
        producesConnection(first: ${NESTED_PAGE}, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
          edges { properties { capacity unit } node { id name } } } } }`,
      digest: digestOf<{ facilities: Array<Id & { operators: unknown[]; producesConnection: Edges }> }>((d) => ({
        ids: d.facilities.map((n) => n.id),
        nested: d.facilities.reduce((s, n) => s + count(n.operators) + count(n.producesConnection.edges), 0),
      })),
    },
    raw: {
      cypher: `MATCH (:Entity:Country {id: $country})<-[:LOCATED_IN]-(n:Facility)
        WITH n ORDER BY n.name, n.id LIMIT ${FACILITY_PAGE}
        RETURN n {.id, .name, .kind,
          operator: COLLECT { MATCH (o:Company)-[:OPERATES]->(n) WITH o ORDER BY o.name, o.id LIMIT 1 RETURN o {.id, .name} }[0],
          produces: COLLECT { MATCH (n)-[p:PRODUCES]->(m:Mineral) WITH p, m ORDER BY m.name, m.id LIMIT ${NESTED_PAGE}
                              RETURN {capacity: p.capacity, unit: p.unit, node: m {.id, .name}} }} AS row`,
      digest: digestOf<Array<{ row: Id & { operator: unknown; produces: unknown[] } }>>((rows) => ({
        ids: rows.map((r) => r.row.id),
        nested: rows.reduce((s, r) => s + (r.row.operator ? 1 : 0) + count(r.row.produces), 0),
      })),
    },
  },
  {
    key: 'b',
    title: 'one facility with suppliers and customers',
    api: {
      query: `query($facility: ID!) { facility(id: $facility) { id name kind
        suppliers(first: ${NESTED_PAGE}) { edges { mineral volume unit node { id name } } }
        customers(first: ${NESTED_PAGE}) { edges { mineral volume unit node { id name } } } } }`,
      digest: digestOf<{ facility: (Id & { suppliers: Edges; customers: Edges }) | null }>((d) => ({
        ids: d.facility ? [d.facility.id] : [],
        nested: d.facility ? count(d.facility.suppliers.edges) + count(d.facility.customers.edges) : 0,
      })),
    },
    peer: {
      query: `query($facility: ID!) { facilities(where: { id: { eq: $facility } }) { id name kind
        suppliersConnection(first: ${NESTED_PAGE}, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
          edges { properties { mineral volume unit } node { id name } } }
        customersConnection(first: ${NESTED_PAGE}, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
          edges { properties { mineral volume unit } node { id name } } } } }`,
      digest: digestOf<{ facilities: Array<Id & { suppliersConnection: Edges; customersConnection: Edges }> }>((d) => ({
        ids: d.facilities.map((n) => n.id),
        nested: d.facilities.reduce(
          (s, n) => s + count(n.suppliersConnection.edges) + count(n.customersConnection.edges),
          0,
        ),
      })),
    },
    raw: {
      cypher: `MATCH (n:Entity:Facility {id: $facility})
        RETURN n.id AS id, n.name AS name, n.kind AS kind,
          COLLECT { MATCH (s:Facility)-[r:SUPPLIES]->(n) WITH r, s ORDER BY s.name, s.id LIMIT ${NESTED_PAGE}
                    RETURN {mineral: r.mineral, volume: r.volume, unit: r.unit, node: s {.id, .name}} } AS suppliers,
          COLLECT { MATCH (n)-[r:SUPPLIES]->(c:Facility) WITH r, c ORDER BY c.name, c.id LIMIT ${NESTED_PAGE}
                    RETURN {mineral: r.mineral, volume: r.volume, unit: r.unit, node: c {.id, .name}} } AS customers`,
      digest: digestOf<Array<Id & { suppliers: unknown[]; customers: unknown[] }>>((rows) => ({
        ids: rows.map((r) => r.id),
        nested: rows.reduce((s, r) => s + count(r.suppliers) + count(r.customers), 0),
      })),
    },
  },
  {
    key: 'c',
    title: `${COMPANY_PAGE} companies with the facilities they operate`,
    api: {
      query: `{ companies(first: ${COMPANY_PAGE}) { nodes { id name operates(first: ${NESTED_PAGE}) { nodes { id name kind } } } } }`,
      digest: digestOf<{ companies: Page<Id & { operates: Page<unknown> }> }>((d) => ({
        ids: d.companies.nodes.map((n) => n.id),
        nested: d.companies.nodes.reduce((s, n) => s + count(n.operates.nodes), 0),
      })),
    },
    peer: {
      query: `{ companies(limit: ${COMPANY_PAGE}, sort: [{ name: ASC }, { id: ASC }]) { id name
        operates(limit: ${NESTED_PAGE}, sort: [{ name: ASC }, { id: ASC }]) { id name kind } } }`,
      digest: digestOf<{ companies: Array<Id & { operates: unknown[] }> }>((d) => ({
        ids: d.companies.map((n) => n.id),
        nested: d.companies.reduce((s, n) => s + count(n.operates), 0),
      })),
    },
    raw: {
      cypher: `MATCH (n:Entity:Company) WHERE n.name IS NOT NULL WITH n ORDER BY n.name, n.id LIMIT ${COMPANY_PAGE}
        RETURN n.id AS id, n.name AS name,
          COLLECT { MATCH (n)-[:OPERATES]->(f:Facility) WITH f ORDER BY f.name, f.id LIMIT ${NESTED_PAGE}
                    RETURN f {.id, .name, .kind} } AS operates`,
      digest: digestOf<Array<Id & { operates: unknown[] }>>((rows) => ({
        ids: rows.map((r) => r.id),
        nested: rows.reduce((s, r) => s + count(r.operates), 0),
      })),
    },
  },
];
