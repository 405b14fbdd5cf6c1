import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from '../auth/api-key.resolver';
import { authChecker } from '../auth/auth-checker';
import { analyticsResolvers } from './analytics';
import { EntityMutationResolver } from './mutations/entity.resolver';
import { RelationshipResolver } from './mutations/relationship.resolver';
import { AgreementResolver } from './resolvers/agreement.resolver';
import { CompanyResolver } from './resolvers/company.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { FacilityResolver } from './resolvers/facility.resolver';
import { CountryResolver, RegionResolver } from './resolvers/geography.resolver';
import { MineralResolver } from './resolvers/mineral.resolver';
import { SectorResolver } from './resolvers/sector.resolver';
import { StatsResolver } from './resolvers/stats.resolver';
import { AGGREGATE_RESOLVERS } from './resolvers/aggregate.resolver';
import { ENTITY_TYPES } from './types/nodes.type';

export const RESOLVERS = [
  EntityResolver,
  FacilityResolver,
  CompanyResolver,
  MineralResolver,
  AgreementResolver,
  CountryResolver,
  RegionResolver,
  SectorResolver,
  EntityMutationResolver,
  RelationshipResolver,
  StatsResolver,
  ...AGGREGATE_RESOLVERS,
  ...analyticsResolvers,
  ApiKeyResolver,
] as unknown as NonEmptyArray<Function>;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [...ENTITY_TYPES],
    validate: false,
    emitSchemaFile: false,
    // `@Authorized(Role.editor)` on mutations, `Role.admin` on key management (src/auth).
    authChecker,
  });
  return built;
}
