import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Agreement, Country, Facility, Mineral } from '../types/nodes.type';
import { Evidenced, Share } from './evidence.type';
import { PartialDateScalar } from '../types/partial-date.scalar';

@ObjectType({ description: 'A facility outside the bloc on the routes of supply.' })
export class OutOfBlocStep extends Evidenced {
  @Field((_type) => Facility, { description: 'The facility of the step.' }) facility!: Facility;
  @Field((_type) => Country, { nullable: true, description: 'The country it is located in (null when unknown).' })
  country!: Country | null;
  @Field((_type) => Boolean, {
    description: 'True when the facility is in a bloc country but controlled from an excluded country.',
  })
  controlled!: boolean;
  @Field((_type) => Float, { description: 'Share of supply whose routes pass through (or start at) this facility.' })
  share!: number;
  @Field((_type) => Int, { description: 'Fewest links from the analysed facility.' }) depth!: number;
}

@ObjectType({ description: 'Coverage of one mineral.' })
export class MineralCoverage {
  @Field((_type) => Mineral, { description: 'The mineral.' }) mineral!: Mineral;
  @Field((_type) => Float, {
    description:
      'Share of supply whose whole route (source, every intermediate facility and the target) lies in the bloc: the retained-share programme with every out-of-bloc facility passing on 0.',
  })
  coveredShare!: number;
  @Field((_type) => Float, { description: '1 - coveredShare.' }) uncoveredShare!: number;
  @Field((_type) => Share, { description: 'The covered share with what it rests on.' }) covered!: Share;
  @Field((_type) => Share, { description: 'UNMODELLED supply, always uncovered (its origin is unknown).' })
  unmodelled!: Share;
  @Field((_type) => [OutOfBlocStep], {
    description: 'The out-of-bloc facilities of the uncovered routes, largest share first.',
  })
  outOfBlocSteps!: OutOfBlocStep[];
}

@ObjectType({
  description: "How much of a facility's supply runs entirely inside the countries party to an agreement.",
})
export class AgreementCoverage {
  @Field((_type) => Facility, { description: 'The facility analysed.' }) facility!: Facility;
  @Field((_type) => Agreement, { description: '`agreement`, or else the first of `agreements`.' })
  agreement!: Agreement;
  @Field((_type) => [Agreement], { description: 'Every agreement forming the bloc.' }) agreements!: Agreement[];
  @Field((_type) => [Country], {
    description: 'The bloc: countries PARTY_TO any of the agreements (company parties do not count).',
  })
  bloc!: Country[];
  @Field((_type) => [Country], { description: 'Countries whose control puts a facility outside the bloc.' })
  excludedCountries!: Country[];
  @Field((_type) => Int, { description: 'The traversal bound used.' }) maxDepth!: number;
  @Field((_type) => PartialDateScalar, { description: 'The date the supply network was taken at.' }) asOf!: string;
  @Field((_type) => [MineralCoverage], { description: 'Coverage per mineral received.' }) minerals!: MineralCoverage[];
}
