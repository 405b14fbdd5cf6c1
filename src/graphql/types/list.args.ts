import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from './paging.args';
import {
  AgreementWhere,
  CompanyWhere,
  CountryWhere,
  EntityWhere,
  FacilityWhere,
  MineralWhere,
  RegionWhere,
  SectorWhere,
} from './where.input';

/** List arguments (filter + paging) of each entity, used by top-level lists and relationship fields alike. */
@ArgsType()
export class FacilityListArgs extends PageArgs {
  @Field((_type) => FacilityWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: FacilityWhere;
}
@ArgsType()
export class CompanyListArgs extends PageArgs {
  @Field((_type) => CompanyWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: CompanyWhere;
}
@ArgsType()
export class MineralListArgs extends PageArgs {
  @Field((_type) => MineralWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: MineralWhere;
}
@ArgsType()
export class AgreementListArgs extends PageArgs {
  @Field((_type) => AgreementWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: AgreementWhere;
}
@ArgsType()
export class CountryListArgs extends PageArgs {
  @Field((_type) => CountryWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: CountryWhere;
}
@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field((_type) => RegionWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: RegionWhere;
}
@ArgsType()
export class SectorListArgs extends PageArgs {
  @Field((_type) => SectorWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: SectorWhere;
}
@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field((_type) => EntityWhere, {
    nullable: true,
    description: 'Only the items matching this filter (all its conditions hold).',
  })
  where?: EntityWhere;
}
