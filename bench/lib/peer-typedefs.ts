/**
 * @neo4j/graphql type definitions over the project's graph: the same labels and relationship
 * types (src/domain/enums.ts), with the properties the peer benchmark reads. Used only by the
 * benchmark's peer server. Every type also carries the `Entity` label, as every node of the graph
 * does, so the peer's matches can use the same id and name indexes as the project's queries.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Facility @node(labels: ["Facility", "Entity"]) {
    id: ID!
    name: String!
    kind: String!
    status: String!
    city: String
    startYear: Int
    operators: [Company!]! @relationship(type: "OPERATES", direction: IN)
    owners: [Company!]! @relationship(type: "OWNS", direction: IN, properties: "Ownership")
    country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
    region: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    produces: [Mineral!]! @relationship(type: "PRODUCES", direction: OUT, properties: "Production")
    consumes: [Mineral!]! @relationship(type: "CONSUMES", direction: OUT)
    suppliers: [Facility!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supply")
    customers: [Facility!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Supply")
  }

  type Ownership @relationshipProperties {
    share: Float
  }

  type Production @relationshipProperties {
    capacity: Float
    unit: String
  }

  type Supply @relationshipProperties {
    mineral: String
    product: String
    volume: Float
    unit: String
    agreement: String
    confidence: String
  }

  type Company @node(labels: ["Company", "Entity"]) {
    id: ID!
    name: String!
    ticker: String
    website: String
    headquarters: [Country!]! @relationship(type: "HEADQUARTERED_IN", direction: OUT)
    operates: [Facility!]! @relationship(type: "OPERATES", direction: OUT)
    owns: [Facility!]! @relationship(type: "OWNS", direction: OUT, properties: "Ownership")
  }

  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
    facilities: [Facility!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Region @node(labels: ["Region", "Entity"]) {
    id: ID!
    name: String!
    country: [Country!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type Mineral @node(labels: ["Mineral", "Entity"]) {
    id: ID!
    name: String!
    symbol: String
    producers: [Facility!]! @relationship(type: "PRODUCES", direction: IN, properties: "Production")
  }
`;
