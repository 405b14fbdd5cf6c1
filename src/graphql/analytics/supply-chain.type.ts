import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Confidence } from '../types/enums';
import { Agreement, Country, Facility, Mineral } from '../types/nodes.type';
import { PartialDateScalar } from '../types/partial-date.scalar';
import { ChainDirection } from './enums';

@ObjectType({ description: 'A SUPPLIES link between two facilities.' })
export class SupplyEdge {
  @Field((_type) => ID, { description: 'Supplier facility id.' }) from!: string;
  @Field((_type) => ID, { description: 'Customer facility id.' }) to!: string;
  @Field((_type) => ID, {
    nullable: true,
    description: 'The mineral of a one-mineral link (null for none or several: see `minerals`).',
  })
  mineral!: string | null;
  @Field((_type) => [Mineral], {
    description:
      'Minerals carried (a shipment may carry several; it takes part in each mineral network with its volume). Empty: shown, never counted in shares.',
  })
  minerals!: Mineral[];
  @Field((_type) => Float, {
    nullable: true,
    description:
      "Volume; the customer's inbound links of a mineral are weighted volume / sum of volumes when all have one, equally otherwise.",
  })
  volume!: number | null;
  @Field((_type) => String, { nullable: true, description: 'Product shipped, e.g. spodumene concentrate.' }) product!:
    string | null;
  @Field((_type) => String, { nullable: true, description: 'Unit of the volume.' }) unit!: string | null;
  @Field((_type) => PartialDateScalar, { nullable: true, description: 'Since when the link runs.' })
  since!: string | null;
  @Field((_type) => PartialDateScalar, {
    nullable: true,
    description: 'When the link stopped (its own date; the analyses also end it at its agreement expiry or term end).',
  })
  until!: string | null;
  @Field((_type) => Agreement, { nullable: true, description: 'Agreement the link runs under.' })
  agreement!: Agreement | null;
  @Field((_type) => ID, { nullable: true, description: 'Id of the agreement the link runs under.' })
  agreementId!: string | null;
  @Field((_type) => Confidence, { description: 'How well the link is established (missing: INFERRED).' })
  confidence!: Confidence;
  @Field((_type) => String, { nullable: true, description: 'URL of the document stating the link.' })
  source!: string | null;
  @Field((_type) => String, { nullable: true, description: 'What the source says, what is uncertain.' })
  note!: string | null;
  @Field((_type) => Float, {
    nullable: true,
    description: "In `dependencies`: share of the analysed facility's supply of the mineral carried by this link.",
  })
  share!: number | null;
}

@ObjectType({ description: 'A facility of a supply chain with its distance from the root.' })
export class ChainFacility {
  @Field((_type) => Facility, { description: 'The facility.' }) facility!: Facility;
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
  @Field((_type) => Facility, { description: 'The facility the chain starts from.' }) root!: Facility;
  @Field((_type) => ChainDirection, { description: 'UPSTREAM (its suppliers) or DOWNSTREAM (its customers).' })
  direction!: ChainDirection;
  @Field((_type) => Mineral, { nullable: true, description: 'When given, only links of this mineral were followed.' })
  mineral!: Mineral | null;
  @Field((_type) => Int, { description: 'The traversal bound used.' }) maxDepth!: number;
  @Field((_type) => [ChainFacility], { description: 'By depth, then id.' }) facilities!: ChainFacility[];
  @Field((_type) => [SupplyEdge], {
    description:
      'Every link between two facilities of the chain (of the mineral, when given; links without a mineral included otherwise).',
  })
  links!: SupplyEdge[];
}
