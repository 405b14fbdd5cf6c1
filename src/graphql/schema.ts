import 'reflect-metadata';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { buildSchema, type ClassType, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
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
import { type GraphContext } from './context';
import { RELATION_FIELDS } from './read-plan';

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

/**
 * Plain property fields resolve with graphql-js's default resolver. type-graphql otherwise wraps
 * every field in a resolver of its own (for middlewares and `@Authorized`, which no property field
 * here has): thousands of calls on a large answer for nothing. A field keeps type-graphql's
 * resolver when it has roles or middlewares, or reads a property of another name.
 */
function plainFieldsAsSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.roles && !field.middlewares?.length && field.name === field.schemaName)
      field.simple = true;
  }
}

/**
 * A relationship field whose page a selection-aware read fetched ahead answers it before
 * type-graphql's resolver runs (that resolver copies the parent into its class, converts the
 * arguments into input classes and keys the page by them, per parent); anything not read ahead
 * (invalid arguments, below an interface, a field selected twice under one name) goes to the
 * resolver as before. The answer is the same object the resolver returns (Loaders.page / one).
 */
type Resolver = GraphQLFieldResolver<{ id: string }, GraphContext>;
function answerPrefetchedRelations(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(RELATION_FIELDS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const name of Object.keys(fields)) {
      const field = type.getFields()[name];
      const resolve = field?.resolve as Resolver | undefined;
      if (!resolve) continue;
      const answering: Resolver = (parent, args, context, info) => {
        if (info.fieldNodes.length === 1) {
          const answer = context.loaders?.prefetchedAnswer(info.fieldNodes[0], parent.id);
          if (answer !== undefined) return answer;
        }
        return resolve(parent, args, context, info);
      };
      field.resolve = answering as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

/** The schema is built once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  if (!built) plainFieldsAsSimple();
  built ??= buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [...ENTITY_TYPES],
    validate: false,
    emitSchemaFile: false,
    // `@Authorized(Role.editor)` on mutations, `Role.admin` on key management (src/auth).
    authChecker,
  })
    .then(describeRootTypes)
    .then(answerPrefetchedRelations);
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
