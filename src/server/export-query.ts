import { createHash } from 'node:crypto';
import {
  getArgumentValues,
  getVariableValues,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  parse,
  validate,
} from 'graphql';
import { type Where } from '../neo4j/queries/filters';

/**
 * An export's filter given as a GraphQL query instead of a `where` JSON: the query text (`query`)
 * or its persisted form (`extensions={"persistedQuery":{"version":1,"sha256Hash":…}}`, the
 * automatic persisted query a client registered with /graphql), with `variables` and
 * `operationName`, as a GraphQL GET request carries them. The export takes the `where` of the
 * operation's one top-level list field of the exported kind (`facilities(where: …)` for
 * facilities.csv), with variables applied: what the client's query filters is what the file holds.
 * Only filters are taken: paging, ordering and the selection do not shape a file (its columns are
 * the seed contract's).
 */

/** A refusal: message and located problems (the router answers 400). */
export class ExportQueryError extends Error {
  constructor(
    message: string,
    readonly problems: Array<{ path: string; message: string }>,
    readonly code = 'BAD_USER_INPUT',
  ) {
    super(message);
  }
}

/** Reads a registered persisted query's text by its SHA-256 (undefined when not registered). */
export type PersistedQueryLookup = (sha256Hash: string) => Promise<string | undefined>;

export interface ExportQueryParams {
  query?: string;
  extensions?: string;
  variables?: string;
  operationName?: string;
}

function json(name: string, raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ExportQueryError(`${name} must be a JSON object`, [{ path: name, message: 'not a JSON object' }]);
}

/** The query text: given, or looked up by its hash (checked against the text when both come). */
async function queryText(params: ExportQueryParams, lookup: PersistedQueryLookup): Promise<string | undefined> {
  const persisted = json('extensions', params.extensions)?.persistedQuery as
    { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!persisted) return params.query || undefined;
  const hash = persisted.sha256Hash;
  if (persisted.version !== 1 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
    throw new ExportQueryError('Unsupported persisted query', [
      { path: 'extensions.persistedQuery', message: 'version 1 with a sha256Hash of 64 hex digits' },
    ]);
  if (params.query) {
    if (createHash('sha256').update(params.query).digest('hex') !== hash)
      throw new ExportQueryError('provided sha does not match query', [
        { path: 'extensions.persistedQuery.sha256Hash', message: 'not the SHA-256 of query' },
      ]);
    return params.query;
  }
  const text = await lookup(hash);
  if (text === undefined)
    throw new ExportQueryError(
      'PersistedQueryNotFound',
      [{ path: 'extensions.persistedQuery.sha256Hash', message: 'not registered: send the query to /graphql first' }],
      'PERSISTED_QUERY_NOT_FOUND',
    );
  return text;
}

/**
 * The `where` of the operation's `listField` (undefined when it has none); null when no query was
 * given at all (the caller then reads the `where` parameter).
 */
export async function whereFromQuery(
  schema: GraphQLSchema,
  params: ExportQueryParams,
  listField: string,
  lookup: PersistedQueryLookup,
): Promise<Where | undefined | null> {
  const text = await queryText(params, lookup);
  if (text === undefined) return null;
  let document;
  try {
    document = parse(text, { maxTokens: 5_000 });
  } catch (error) {
    throw new ExportQueryError('query is not valid GraphQL', [{ path: 'query', message: (error as Error).message }]);
  }
  const errors = validate(schema, document);
  if (errors.length)
    throw new ExportQueryError(
      'query does not validate against the schema',
      errors.map((e) => ({ path: 'query', message: e.message })),
    );
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = params.operationName
    ? operations.find((o) => o.name?.value === params.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== OperationTypeNode.QUERY)
    throw new ExportQueryError('Give one query operation (operationName when there are several)', [
      { path: 'operationName', message: 'no single query operation' },
    ]);
  const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === listField);
  if (fields.length !== 1 || fields[0].kind !== Kind.FIELD)
    throw new ExportQueryError(`The query must select ${listField}(…) once at its top level`, [
      { path: 'query', message: `no single top-level ${listField} field` },
    ]);
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    json('variables', params.variables) ?? {},
  );
  if (coerced.errors)
    throw new ExportQueryError(
      'Invalid variables',
      coerced.errors.map((e) => ({ path: 'variables', message: e.message })),
    );
  const definition = schema.getQueryType()!.getFields()[listField];
  const args = getArgumentValues(definition, fields[0], coerced.coerced);
  return (args.where as Where | undefined) ?? undefined;
}
