import { graphql } from './gql';

/** The operations this client uses; `npm run codegen:example` types them from schema/schema.graphql. */

export const FacilitiesInRegion = graphql(`
  query FacilitiesInRegion($region: ID!, $first: Int! = 50) {
    facilities(where: { region: $region }, first: $first) {
      totalCount
      nodes {
        id
        name
        kind
        status
        operator {
          name
        }
        produces {
          edges {
            capacity
            unit
            node {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const FacilityById = graphql(`
  query FacilityById($id: ID!) {
    facility(id: $id) {
      id
      name
      kind
      status
      startYear
      location {
        latitude
        longitude
      }
      country {
        id
        name
      }
    }
  }
`);

export const Search = graphql(`
  query Search($text: String!, $kinds: [NodeKind!]) {
    search(text: $text, kinds: $kinds, first: 10) {
      score
      entity {
        __typename
        id
        name
      }
    }
  }
`);
