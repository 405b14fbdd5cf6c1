import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../types/entity.type';
import { Facility, Mineral } from '../types/nodes.type';

@ObjectType({ description: 'An entity whose removal alone cuts the facility off, with the minerals it cuts.' })
export class ChokePoint {
  @Field((_type) => Entity, { description: 'The facility, company or country.' }) entity!: Entity;
  @Field((_type) => [Mineral], {
    description: 'The minerals whose retained share drops to 0 when only this entity is removed.',
  })
  minerals!: Mineral[];
}

@ObjectType({
  description:
    'Single points of failure upstream of a facility: the facilities, companies (all the upstream facilities they operate) and countries (all the upstream facilities located there) whose removal alone leaves a retained share of 0. The facility itself is never removed.',
})
export class ChokePoints {
  @Field((_type) => Facility, { description: 'The facility analysed.' }) facility!: Facility;
  @Field((_type) => Mineral, {
    nullable: true,
    description: 'When null, every mineral the facility receives was analysed.',
  })
  mineral!: Mineral | null;
  @Field((_type) => Int, { description: 'The traversal bound used.' }) maxDepth!: number;
  @Field((_type) => [ChokePoint], { description: 'Facilities whose loss alone cuts the facility off from a mineral.' })
  facilities!: ChokePoint[];
  @Field((_type) => [ChokePoint], {
    description: 'Companies whose loss (every facility they operate) alone cuts it off.',
  })
  companies!: ChokePoint[];
  @Field((_type) => [ChokePoint], {
    description: 'Countries whose loss (every facility located there) alone cuts it off.',
  })
  countries!: ChokePoint[];
}
