import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Country, Facility, Mineral } from '../types/nodes.type';
import { ChainDirection } from './enums';

@ObjectType({ description: 'A SUPPLIES link between two facilities.' })
export class SupplyEdge {
  @Field((_type) => ID, { description: 'Supplier facility id.' }) from!: string;
  @Field((_type) => ID, { description: 'Customer facility id.' }) to!: string;
  @Field((_type) => ID, {
    nullable: true,
    description: 'Mineral carried; links without one are shown but never counted in shares.',
  })
  mineral!: string | null;
  @Field((_type) => Float, {
    nullable: true,
    description:
      "Volume; the customer's inbound links of a mineral are weighted volume / sum of volumes when all have one, equally otherwise.",
  })
  volume!: number | null;
  @Field((_type) => String, { nullable: true }) product!: string | null;
  @Field((_type) => String, { nullable: true }) unit!: string | null;
  @Field((_type) => String, { nullable: true }) since!: string | null;
  @Field((_type) => ID, { nullable: true, description: 'Agreement the link runs under.' }) agreement!: string | null;
  @Field((_type) => Float, {
    nullable: true,
    description: "In `dependencies`: share of the analysed facility's supply of the mineral carried by this link.",
  })
  share!: number | null;
}

@ObjectType({ description: 'A facility of a supply chain with its distance from the root.' })
export class ChainFacility {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Int, { description: 'Fewest links between the root and this facility (0 for the root).' })
  depth!: number;
  @Field((_type) => Country, { nullable: true, description: 'The country the facility is LOCATED_IN.' })
  country!: Country | null;
}

@ObjectType({
  description:
    'The facilities within maxDepth SUPPLIES links up- or downstream of a facility and the links between them.',
})
export class SupplyChain {
  @Field((_type) => Facility) root!: Facility;
  @Field((_type) => ChainDirection) direction!: ChainDirection;
  @Field((_type) => Mineral, { nullable: true, description: 'When given, only links of this mineral were followed.' })
  mineral!: Mineral | null;
  @Field((_type) => Int) maxDepth!: number;
  @Field((_type) => [ChainFacility], { description: 'By depth, then id.' }) facilities!: ChainFacility[];
  @Field((_type) => [SupplyEdge], {
    description:
      'Every link between two facilities of the chain (of the mineral, when given; links without a mineral included otherwise).',
  })
  links!: SupplyEdge[];
}
