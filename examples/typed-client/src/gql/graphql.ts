/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The step of the value chain a facility performs. */
export type FacilityKind =
  /** Primary aluminium smelter (alumina to metal by electrolysis). */
  | 'ALUMINIUM_SMELTER'
  | 'ANODE'
  /** Other cell materials: separators, electrolytes, binders, foils, conductive carbon. */
  | 'BATTERY_COMPONENT'
  /** Cathode active material (CAM), made from precursor and lithium. */
  | 'CATHODE'
  | 'CELL'
  | 'CONCENTRATOR'
  | 'EV_ASSEMBLY'
  /** Permanent-magnet (e.g. NdFeB) or magnet-alloy plant. */
  | 'MAGNET'
  | 'MINE'
  | 'OTHER'
  | 'PACK'
  /** Polysilicon plant (solar or semiconductor grade). */
  | 'POLYSILICON'
  | 'POWER_PLANT'
  /** Cathode precursor (pCAM, e.g. nickel-cobalt-manganese hydroxide). */
  | 'PRECURSOR_CATHODE'
  | 'RECYCLING'
  | 'REFINERY'
  | 'SEMICONDUCTOR_FAB'
  | 'SEMICONDUCTOR_PACKAGING'
  | 'SMELTER'
  /** Silicon ingot and wafer plant. */
  | 'WAFER';

/** Lifecycle status of a facility. */
export type FacilityStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONSTRUCTION'
  | 'IDLE'
  | 'OPERATING'
  | 'PLANNED';

/** The kind (Neo4j label) of an entity. */
export type NodeKind =
  | 'Agreement'
  | 'Company'
  | 'Country'
  | 'Facility'
  | 'Mineral'
  | 'Region'
  | 'Sector';

export type FacilitiesInRegionQueryVariables = Exact<{
  region: string;
  first?: number;
}>;


export type FacilitiesInRegionQuery = { facilities: { totalCount: number, nodes: Array<{ id: string, name: string, kind: FacilityKind, status: FacilityStatus, operator: { name: string } | null, produces: { edges: Array<{ capacity: number | null, unit: string | null, node: { id: string, name: string } }> } }> } };

export type FacilityByIdQueryVariables = Exact<{
  id: string;
}>;


export type FacilityByIdQuery = { facility: { id: string, name: string, kind: FacilityKind, status: FacilityStatus, startYear: number | null, location: { latitude: number, longitude: number } | null, country: { id: string, name: string } | null } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Facility', id: string, name: string }
      | { __typename: 'Mineral', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
      | { __typename: 'Sector', id: string, name: string }
     }> };


export const FacilitiesInRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitiesInRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesInRegionQuery, FacilitiesInRegionQueryVariables>;
export const FacilityByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FacilityByIdQuery, FacilityByIdQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;