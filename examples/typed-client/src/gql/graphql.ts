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
  /** Anode active material (graphite, silicon). */
  | 'ANODE'
  /** Other cell materials: separators, electrolytes, binders, foils, conductive carbon. */
  | 'BATTERY_COMPONENT'
  /** Cathode active material (CAM), made from precursor and lithium. */
  | 'CATHODE'
  /** Battery cell plant. */
  | 'CELL'
  /** Concentrator or mill: ore to concentrate. */
  | 'CONCENTRATOR'
  /** Electric-vehicle assembly plant. */
  | 'EV_ASSEMBLY'
  /** Permanent-magnet (e.g. NdFeB) or magnet-alloy plant. */
  | 'MAGNET'
  /** Mine (open pit, underground or brine). */
  | 'MINE'
  /** Any other industrial asset. */
  | 'OTHER'
  /** Battery module and pack plant. */
  | 'PACK'
  /** Polysilicon plant (solar or semiconductor grade). */
  | 'POLYSILICON'
  /** Power station. */
  | 'POWER_PLANT'
  /** Cathode precursor (pCAM, e.g. nickel-cobalt-manganese hydroxide). */
  | 'PRECURSOR_CATHODE'
  /** Battery or metal recycling plant. */
  | 'RECYCLING'
  /** Refinery: to battery- or metal-grade chemicals and metals. */
  | 'REFINERY'
  /** Semiconductor wafer fab. */
  | 'SEMICONDUCTOR_FAB'
  /** Semiconductor assembly, test and packaging. */
  | 'SEMICONDUCTOR_PACKAGING'
  /** Smelter: concentrate to metal or matte (other than aluminium). */
  | 'SMELTER'
  /** Silicon ingot and wafer plant. */
  | 'WAFER';

/** Lifecycle status of a facility. */
export type FacilityStatus =
  /** Planned, then abandoned before operating. */
  | 'CANCELLED'
  /** Permanently shut. */
  | 'CLOSED'
  /** Under construction. */
  | 'CONSTRUCTION'
  /** Built but not running (care and maintenance, paused). */
  | 'IDLE'
  /** Producing or running. */
  | 'OPERATING'
  /** Announced or permitted; not yet under construction. */
  | 'PLANNED';

/** The kind of an entity; each stands for a Neo4j label and the GraphQL type of the same name. */
export type NodeKind =
  /** An agreement, deal, plan or law (type Agreement). */
  | 'AGREEMENT'
  /** A company or other organisation (type Company). */
  | 'COMPANY'
  /** A country (type Country). */
  | 'COUNTRY'
  /** An industrial asset (type Facility). */
  | 'FACILITY'
  /** A mineral or material (type Mineral). */
  | 'MINERAL'
  /** A province, state or territory (type Region). */
  | 'REGION'
  /** An industrial sector (type Sector). */
  | 'SECTOR';

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