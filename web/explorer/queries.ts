/**
 * Every operation the explorer sends. Evidence fields of supply links are chosen from the schema at
 * start-up (introspection), so the card shows whatever evidence the API offers (confidence today;
 * source, until… when the schema gains them) without breaking on a schema without them.
 */

export const SCHEMA_FIELDS = `query ExplorerSchema {
  link: __type(name: "SupplyLinkEdge") { fields { name } }
  edge: __type(name: "SupplyEdge") { fields { name } }
  kinds: __type(name: "FacilityKind") { enumValues { name } }
  statuses: __type(name: "FacilityStatus") { enumValues { name } }
}`;

/** Evidence fields of a link, shown when the schema has them (in this order). */
export const EVIDENCE_FIELDS = ['confidence', 'source', 'sourceUrl', 'since', 'until', 'note'] as const;

export const OPTIONS = `query ExplorerOptions {
  countries(first: 500) { nodes { id name } }
  regions(first: 500) { nodes { id name country { id } } }
  sectors(first: 100) { nodes { id name } }
  minerals(first: 500) { nodes { id name } }
  companies(first: 500) { totalCount nodes { id name } }
  agreements(first: 500) { nodes { id name kind } }
}`;

/** One page of the map's facilities (500 is the API's largest page). */
export const MAP_PAGE = `query ExplorerMap($where: FacilityWhere, $after: String) {
  facilities(where: $where, first: 500, after: $after, orderBy: [{ field: ID }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name kind status
      country { id } region { id } operator { id }
      location { latitude longitude }
      produces(first: 5) { edges { capacity unit } }
    }
  }
}`;

/** Outbound links of a page of facilities, for the arcs (80 × 20 links stays under the cost limit). */
export const LINKS_PAGE = (evidence: string[]) => `query ExplorerLinks($where: FacilityWhere, $after: String) {
  facilities(where: $where, first: 80, after: $after, orderBy: [{ field: ID }]) {
    pageInfo { hasNextPage endCursor }
    nodes { id customers(first: 20) { totalCount edges { node { id } mineral volume unit product ${evidence.join(' ')} } } }
  }
}`;

export const CARD = (evidence: string[]) => {
  const link = `edges { mineral product volume unit agreement ${evidence.join(' ')} node { id name kind country { id } } }`;
  return `query ExplorerCard($id: ID!) {
  facility(id: $id) {
    id name kind status city startYear confidence source
    location { latitude longitude }
    country { id name } region { id name }
    operator { id name }
    owners(first: 20) { edges { share node { id name } } }
    produces(first: 20) { edges { capacity unit node { id name } } }
    consumes(first: 20) { nodes { id name } }
    sectors(first: 20) { nodes { id name } }
    agreements(first: 20) { nodes { id name } }
    suppliers(first: 50) { totalCount ${link} }
    customers(first: 50) { totalCount ${link} }
  }
}`;
};

export const SUPPLY_CHAIN = (edgeFields: string[]) => `query ExplorerChain($id: ID!, $direction: ChainDirection!) {
  supplyChain(facility: $id, direction: $direction, maxDepth: 10) {
    maxDepth
    root { id name }
    facilities { depth facility { id name kind } country { id } }
    links { from to mineral volume unit product ${edgeFields.join(' ')} }
  }
}`;

/** Confidence of the links among a set of facilities (when SupplyEdge does not carry it). */
export const LINK_EVIDENCE = `query ExplorerLinkEvidence($ids: [ID!]!, $first: Int!) {
  facilities(where: { idIn: $ids }, first: $first) {
    nodes { id customers(first: 20) { edges { node { id } mineral confidence } } }
  }
}`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 60) {
    truncated
    nodes { depth entity { id name label: __typename ... on Facility { kind } } }
    edges { from to type properties }
  }
}`;

export const PATH = `query ExplorerPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 10, relationshipTypes: [SUPPLIES]) {
    length
    entities { id name label: __typename ... on Facility { kind } }
    relationships { from to type direction properties }
  }
}`;

export const IMPACT = `query ExplorerImpact($remove: [ID!]!) {
  impact(remove: $remove, limit: 5000) {
    removed { id name label: __typename }
    removedFacilityCount cutOffCount degradedCount
    cutOff { ...impacted }
    degraded { ...impacted }
  }
}
fragment impacted on ImpactedFacility {
  status
  facility { id name kind }
  minerals { retained mineral { id name } dependsOn { id name } }
}`;

export const DEPENDENCIES = `query ExplorerDependencies($id: ID!) {
  dependencies(facility: $id, maxDepth: 10) {
    facility { id name }
    minerals {
      mineral { id name }
      sourcesByCountry { share country { id name } }
      steps { kind share byCountry { share country { id name } } }
      sources { share depth end facility { id name } country { id } }
    }
  }
}`;

export const COVERAGE = `query ExplorerCoverage($id: ID!, $agreement: ID!) {
  agreementCoverage(facility: $id, agreement: $agreement, maxDepth: 10) {
    agreement { id name }
    bloc { id name }
    minerals {
      mineral { id name }
      coveredShare uncoveredShare
      outOfBlocSteps { share depth facility { id name } country { id } }
    }
  }
}`;

export const CHOKE_POINTS = `query ExplorerChokePoints($id: ID!) {
  chokePoints(facility: $id, maxDepth: 10) {
    facilities { entity { id name label: __typename } minerals { id name } }
    companies { entity { id name label: __typename } minerals { id name } }
    countries { entity { id name label: __typename } minerals { id name } }
  }
}`;

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 10, kinds: [FACILITY, COMPANY, REGION, COUNTRY]) { entity { id name label: __typename } }
}`;
