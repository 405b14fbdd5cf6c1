/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FacilitiesInRegion($region: ID!, $first: Int! = 50) {\n    facilities(where: { region: $region }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        operator {\n          name\n        }\n        produces {\n          edges {\n            capacity\n            unit\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FacilitiesInRegionDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      kind\n      status\n      startYear\n      location {\n        latitude\n        longitude\n      }\n      country {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FacilityByIdDocument,
    "\n  query Search($text: String!, $kinds: [NodeKind!]) {\n    search(text: $text, kinds: $kinds, first: 10) {\n      score\n      entity {\n        __typename\n        id\n        name\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query FacilitiesInRegion($region: ID!, $first: Int! = 50) {\n    facilities(where: { region: $region }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        operator {\n          name\n        }\n        produces {\n          edges {\n            capacity\n            unit\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FacilitiesInRegionDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      kind\n      status\n      startYear\n      location {\n        latitude\n        longitude\n      }\n      country {\n        id\n        name\n      }\n    }\n  }\n": types.FacilityByIdDocument,
    "\n  query Search($text: String!, $kinds: [NodeKind!]) {\n    search(text: $text, kinds: $kinds, first: 10) {\n      score\n      entity {\n        __typename\n        id\n        name\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitiesInRegion($region: ID!, $first: Int! = 50) {\n    facilities(where: { region: $region }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        operator {\n          name\n        }\n        produces {\n          edges {\n            capacity\n            unit\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitiesInRegion($region: ID!, $first: Int! = 50) {\n    facilities(where: { region: $region }, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        operator {\n          name\n        }\n        produces {\n          edges {\n            capacity\n            unit\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      kind\n      status\n      startYear\n      location {\n        latitude\n        longitude\n      }\n      country {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      kind\n      status\n      startYear\n      location {\n        latitude\n        longitude\n      }\n      country {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $kinds: [NodeKind!]) {\n    search(text: $text, kinds: $kinds, first: 10) {\n      score\n      entity {\n        __typename\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $kinds: [NodeKind!]) {\n    search(text: $text, kinds: $kinds, first: 10) {\n      score\n      entity {\n        __typename\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;