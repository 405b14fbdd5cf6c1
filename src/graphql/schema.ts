import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { analyticsResolvers } from './analytics';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { authChecker } from './auth-checker';
import { ENTITY_MUTATION_RESOLVERS } from './mutations/entity.resolver';
import { RelationshipResolver } from './mutations/relationship.resolver';
import { AgreementResolver } from './reads/agreement.resolver';
import { CompanyResolver } from './reads/company.resolver';
import { EntityResolver } from './reads/entity.resolver';
import { FacilityResolver } from './reads/facility.resolver';
import { CountryResolver, RegionResolver } from './reads/geography.resolver';
import { MineralResolver } from './reads/mineral.resolver';
import { SectorResolver } from './reads/sector.resolver';
import { AGGREGATE_RESOLVERS } from './reads/aggregate.resolver';
import { StatsResolver } from './reads/stats.resolver';
import { ENTITY_TYPES } from './types/nodes.type';

export const RESOLVERS: NonEmptyArray<ClassType> = [
  EntityResolver,
  FacilityResolver,
  CompanyResolver,
  MineralResolver,
  AgreementResolver,
  CountryResolver,
  RegionResolver,
  SectorResolver,
  ...ENTITY_MUTATION_RESOLVERS,
  RelationshipResolver,
  StatsResolver,
  ...AGGREGATE_RESOLVERS,
  ...analyticsResolvers,
  ApiKeyResolver,
];

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
  }).then(describeRootTypes);
  return built;
}

/** type-graphql has no option for the root types' descriptions: set once on the built schema. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query)
    query.description =
      'Reads: lookups and lists of every kind of entity, refetch by global id (node, nodes), search, totals and the path and dependency analytics.';
  if (mutation)
    mutation.description =
      'Writes (editor role): create, update and delete entities and relationships; API keys (admin role).';
  return schema;
}
