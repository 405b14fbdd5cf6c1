import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Agreement, Country, Facility, Mineral } from '../types/nodes.type';

@ObjectType({ description: 'A facility outside the bloc on the routes of supply.' })
export class OutOfBlocStep {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Country, { nullable: true }) country!: Country | null;
  @Field((_type) => Float, { description: 'Share of supply whose routes pass through (or start at) this facility.' })
  share!: number;
  @Field((_type) => Int, { description: 'Fewest links from the analysed facility.' }) depth!: number;
}

@ObjectType({ description: 'Coverage of one mineral.' })
export class MineralCoverage {
  @Field((_type) => Mineral) mineral!: Mineral;
  @Field((_type) => Float, {
    description:
      'Share of supply whose whole route (source, every intermediate facility and the target) lies in the bloc: the retained-share programme with every out-of-bloc facility passing on 0.',
  })
  coveredShare!: number;
  @Field((_type) => Float, { description: '1 - coveredShare.' }) uncoveredShare!: number;
  @Field((_type) => [OutOfBlocStep], {
    description: 'The out-of-bloc facilities of the uncovered routes, largest share first.',
  })
  outOfBlocSteps!: OutOfBlocStep[];
}

@ObjectType({
  description: "How much of a facility's supply runs entirely inside the countries party to an agreement.",
})
export class AgreementCoverage {
  @Field((_type) => Facility) facility!: Facility;
  @Field((_type) => Agreement) agreement!: Agreement;
  @Field((_type) => [Country], {
    description: 'The bloc: countries PARTY_TO the agreement (company parties do not count).',
  })
  bloc!: Country[];
  @Field((_type) => Int) maxDepth!: number;
  @Field((_type) => [MineralCoverage]) minerals!: MineralCoverage[];
}
