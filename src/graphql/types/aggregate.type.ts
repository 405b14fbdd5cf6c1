import { ObjectType } from 'type-graphql';

/** The `aggregate` types of connections; their fields are resolved in ../resolvers/aggregate.resolver.ts. */

@ObjectType({ description: 'Totals over the facilities of a connection (all pages).' })
export class FacilityAggregate {}
@ObjectType({ description: 'Totals over the companies of a connection (all pages).' })
export class CompanyAggregate {}
@ObjectType({ description: 'Totals over the agreements of a connection (all pages).' })
export class AgreementAggregate {}
@ObjectType({ description: 'Totals over the entities of a connection (all pages).' })
export class EntityAggregate {}
@ObjectType({ description: 'Totals over the items of a connection (all pages).' })
export class CountAggregate {}
