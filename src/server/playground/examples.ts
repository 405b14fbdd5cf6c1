/**
 * The playground's saved examples: the analyst questions the API answers, written against the
 * bundled dataset (`seed/`). Each one opens as a tab; a unit test checks that every example
 * parses and validates against the schema.
 *
 * The first example takes no variables: GraphiQL 3.8 fills the first tab's variables editor from
 * its `variables` prop only, not from `defaultTabs`.
 */
export interface PlaygroundExample {
  /** Shown in the Examples panel. */
  title: string;
  description: string;
  /** One named operation (the name becomes the tab title). */
  query: string;
  variables?: Record<string, unknown>;
}

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    title: 'Facilities in Québec',
    description: 'Every facility in Québec with its operator and the minerals it produces (with capacity).',
    query: `query QuebecFacilities {
  facilities(where: { region: "CA-QC" }, first: 50) {
    totalCount
    nodes {
      id
      name
      kind
      status
      city
      operator { name }
      produces { edges { capacity unit node { name } } }
    }
  }
}`,
  },
  {
    title: 'Search',
    description: 'Full-text search over names and ids, best match first.',
    query: `query Search($text: String!) {
  search(text: $text, first: 10) {
    score
    entity {
      __typename
      id
      name
      ... on Facility { kind status country { name } }
    }
  }
}`,
    variables: { text: 'lithium' },
  },
  {
    title: 'A facility and its neighbourhood',
    description: 'A mine: operator, owners, what it produces, who it supplies and which agreements cover it.',
    query: `query Facility($id: ID!) {
  facility(id: $id) {
    name
    kind
    status
    location { latitude longitude }
    region { name }
    operator { name }
    owners { edges { share node { name } } }
    produces { edges { capacity unit node { name } } }
    customers { edges { mineral node { id name kind } } }
    agreements { nodes { id name } }
  }
}`,
    variables: { id: 'fac:nal-mine' },
  },
  {
    title: 'Facilities near a point',
    description: 'Facilities within 300 km of Bécancour, Québec, nearest first.',
    query: `query NearBecancour($latitude: Float!, $longitude: Float!, $radiusKm: Float!) {
  facilitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, first: 20) {
    distanceKm
    facility { id name kind status }
  }
}`,
    variables: { latitude: 46.39, longitude: -72.43, radiusKm: 300 },
  },
  {
    title: 'Shortest path: lithium mine to EV plant',
    description:
      'How lithium from the NAL mine (Québec) reaches Tesla Gigafactory Texas: the shortest chain of SUPPLIES links, in their direction.',
    query: `query MineToEvPlant($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, relationshipTypes: [SUPPLIES], directed: true, maxHops: 8) {
    length
    entities {
      __typename
      id
      name
      ... on Facility { kind country { id } }
    }
    relationships { type from to direction properties }
  }
}`,
    variables: { from: 'fac:nal-mine', to: 'fac:tesla-giga-texas' },
  },
  {
    title: 'Upstream supply chain of an EV plant',
    description:
      'Every facility within 10 SUPPLIES links upstream of Gigafactory Texas for lithium, with its depth, and the links between them.',
    query: `query UpstreamChain($facility: ID!, $mineral: ID) {
  supplyChain(facility: $facility, direction: UPSTREAM, mineral: $mineral) {
    root { name }
    facilities { depth facility { id name kind } country { id } }
    links { from to mineral product volume unit }
  }
}`,
    variables: { facility: 'fac:tesla-giga-texas', mineral: 'lithium' },
  },
  {
    title: 'Dependencies of an EV plant',
    description:
      'Per mineral: where the supply of Gigafactory Texas comes from, by source facility and by country, and through which processing steps.',
    query: `query EvPlantDependencies($facility: ID!) {
  dependencies(facility: $facility) {
    facility { name }
    minerals {
      mineral { name }
      sourcesByCountry { country { id name } share }
      sources { facility { id name kind } country { id } share depth end }
      steps { kind share byCountry { country { id } share } }
    }
  }
}`,
    variables: { facility: 'fac:tesla-giga-texas' },
  },
  {
    title: 'Impact of removing a refinery',
    description:
      'If the Tesla lithium refinery in Robstown stops: the facilities downstream that are cut off or degraded, with the share of each mineral they retain.',
    query: `query RefineryOutage($remove: [ID!]!) {
  impact(remove: $remove) {
    removedFacilityCount
    cutOffCount
    degradedCount
    cutOff { status facility { id name kind } minerals { mineral { id } retained dependsOn { id } } }
    degraded { status facility { id name kind } minerals { mineral { id } retained } }
  }
}`,
    variables: { remove: ['fac:tesla-robstown-lithium-refinery'] },
  },
  {
    title: 'Impact of losing a country',
    description: 'If every facility located in China stops: the facilities downstream that are cut off or degraded.',
    query: `query CountryOutage($remove: [ID!]!) {
  impact(remove: $remove, limit: 50) {
    removedFacilityCount
    cutOffCount
    degradedCount
    cutOff { facility { id name country { id } } minerals { mineral { id } retained } }
    degraded { facility { id name country { id } } minerals { mineral { id } retained } }
  }
}`,
    variables: { remove: ['CN'] },
  },
  {
    title: 'Choke points of an EV plant',
    description:
      'The single upstream facilities, companies and countries whose loss alone cuts Gigafactory Texas off from a mineral.',
    query: `query ChokePoints($facility: ID!) {
  chokePoints(facility: $facility) {
    facility { name }
    facilities { entity { id name } minerals { id } }
    companies { entity { id name } minerals { id } }
    countries { entity { id name } minerals { id } }
  }
}`,
    variables: { facility: 'fac:tesla-giga-texas' },
  },
  {
    title: 'USMCA coverage of a supply chain',
    description:
      'The share of Gigafactory Texas supply, per mineral, whose whole route lies in USMCA countries, and the out-of-bloc steps of the other routes.',
    query: `query UsmcaCoverage($facility: ID!, $agreement: ID!) {
  agreementCoverage(facility: $facility, agreement: $agreement) {
    agreement { name }
    bloc { id name }
    minerals {
      mineral { name }
      coveredShare
      uncoveredShare
      outOfBlocSteps { facility { id name } country { id } share depth }
    }
  }
}`,
    variables: { facility: 'fac:tesla-giga-texas', agreement: 'agr:usmca' },
  },
  {
    title: 'Graph neighbourhood',
    description:
      'Everything within two relationships of the NAL mine, and the relationships among them (for graph views).',
    query: `query Neighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    center { id name }
    nodes { depth entity { __typename id name } }
    edges { type from to }
    truncated
  }
}`,
    variables: { id: 'fac:nal-mine' },
  },
];
