import { type ClassType, Field, Float, InputType } from 'type-graphql';
import { RelationshipType } from '../../domain/enums';
import { type EdgeFilterSpec, edgeFilters } from '../../domain/model';
import { Confidence } from './enums';
import { PartialDateScalar } from './partial-date.scalar';
import { logical } from './where.input';

/**
 * The `edgeWhere` inputs of relationship fields, generated from the model (domain/model
 * edgeFilters): one input per relationship type that has edge filters, one field per filter, so a
 * property added to a relationship type gets its range filter here without a hand-written field.
 */

/**
 * The input's name, after the edge type of the connections it filters (OwnershipProperties, …):
 * one per relationship type behind a connection field (a type without one has nowhere to filter).
 */
const NAMES: Partial<Record<RelationshipType, string>> = {
  [RelationshipType.OWNS]: 'OwnershipEdgeWhere',
  [RelationshipType.PRODUCES]: 'ProductionEdgeWhere',
  [RelationshipType.CONSUMES]: 'ConsumptionEdgeWhere',
  [RelationshipType.SUPPLIES]: 'SupplyEdgeWhere',
  [RelationshipType.PARTY_TO]: 'PartyEdgeWhere',
};

function describe(f: EdgeFilterSpec): string {
  if (!('value' in f))
    return `The relationship is recorded with ${f.op === 'eqAnyCase' ? 'this confidence' : 'any of these confidences'}.`;
  const bound = f.op === 'gte' ? 'at least' : 'at most';
  if (f.value === 'number')
    return `The relationship's \`${f.property}\` is ${bound} this (a missing value never matches).`;
  const when = f.op === 'gte' ? 'on or after' : 'on or before';
  return `The relationship's \`${f.property}\` date is ${when} this date; partial dates compare by their first day (2025 = 2025-01-01), and a missing date never matches.`;
}

function typeOf(f: EdgeFilterSpec) {
  if (!('value' in f)) return f.op === 'eqAnyCase' ? Confidence : [Confidence];
  return f.value === 'number' ? Float : PartialDateScalar;
}

function edgeWhereType(type: RelationshipType, name: string): ClassType {
  const EdgeWhere = { [name]: class {} }[name];
  for (const [field, f] of Object.entries(edgeFilters(type)))
    Field((_type) => typeOf(f), { nullable: true, description: describe(f) })(EdgeWhere.prototype, field);
  InputType(name, {
    description: `Filter on the ${type} relationship behind each edge; all given conditions must hold.`,
  })(EdgeWhere);
  return logical(EdgeWhere);
}

export const EDGE_WHERE = Object.fromEntries(
  Object.entries(NAMES).map(([type, name]) => [type, edgeWhereType(type as RelationshipType, name)]),
) as Record<
  | RelationshipType.OWNS
  | RelationshipType.PRODUCES
  | RelationshipType.CONSUMES
  | RelationshipType.SUPPLIES
  | RelationshipType.PARTY_TO,
  ClassType
>;

export const EDGE_WHERE_DESCRIPTION =
  'Only the edges whose relationship matches this filter (ranges on its numbers and evidence dates, its confidence).';
