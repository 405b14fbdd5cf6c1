import { type Request, type Response, Router } from 'express';
import { coerceInputValue, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import { ChainDirection } from '../analytics/algorithms/supply-chain';
import { LIMITS } from '../analytics/services/limits';
import {
  exportEntities,
  type ExportFormat,
  exportSupply,
  impactGeoJson,
  supplyChainGeoJson,
} from '../export/export.service';
import { TextSink } from '../export/sink';
import { EXPORT_KINDS, type ExportKind } from '../export/table';
import { type AppError, ErrorCode, isAppError } from '../errors';
import { extensionsOf } from '../graphql/errors';
import { fromDatabaseError } from '../neo4j/errors';
import { type GraphDatabase } from '../neo4j/driver';
import { type Where } from '../neo4j/queries/filters';
import { sendGraphQLError } from './security/http-errors';
import { ExportQueryError, type PersistedQueryLookup, whereFromQuery } from './export-query';

/**
 * `GET /export/<name>.csv|.geojson`: the entities of a kind, the supply links, a supply chain or an
 * impact analysis as a file (docs in README "Totals and maps"). Filters are the API's: `where` is
 * the JSON of the GraphQL `…Where` input, checked against the schema's input type; or a GraphQL
 * query (`query`, or its persisted form in `extensions`, with `variables`) whose top-level list of
 * the kind gives the `where` (./export-query.ts). Entity and
 * supply exports stream from Neo4j (constant memory); errors before the first byte are JSON
 * `{errors}` like the API's, an error after it aborts the transfer (the file is visibly cut).
 */

type Problem = { path: string; message: string };

class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

const badRequest = (message: string, problems: Problem[]) =>
  new ExportRequestError(message, 400, { code: 'BAD_USER_INPUT', problems });

function param(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be given once`, [{ path: name, message: 'repeated' }]);
  return value;
}

/** Parses and checks `where` against the GraphQL input type, so the export filters exactly as the API does. */
function whereParam(req: Request, schema: GraphQLSchema, typeName: string): Where | undefined {
  const raw = param(req, 'where');
  if (raw === undefined || raw === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw badRequest('where must be JSON', [{ path: 'where', message: (error as Error).message }]);
  }
  const type = schema.getType(typeName) as GraphQLInputObjectType;
  const problems: Problem[] = [];
  const where = coerceInputValue(value, type, (path, _invalid, error) =>
    problems.push({ path: ['where', ...path].join('.'), message: error.message }),
  );
  if (problems.length) throw badRequest(`Invalid where for ${typeName}`, problems);
  return where as Where;
}

function intParam(req: Request, name: string, fallback: number): number {
  const raw = param(req, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw))
    throw badRequest(`${name} must be an integer`, [{ path: name, message: 'not an integer' }]);
  return Number(raw);
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

function startFile(res: Response, name: string, format: ExportFormat): void {
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/** HTTP status of an application error answered as a file request (no GraphQL envelope to carry a 200). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.QUERY_TIMEOUT]: 504,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

const ANALYSES = new Set(['supply-chain', 'impact']);

/** The filter of an entity or supply export: from a GraphQL query when one is given, else `where`. */
async function exportWhere(
  req: Request,
  schema: GraphQLSchema,
  typeName: string,
  listField: string,
  lookup: PersistedQueryLookup,
): Promise<Where | undefined> {
  const query = {
    query: param(req, 'query'),
    extensions: param(req, 'extensions'),
    variables: param(req, 'variables'),
    operationName: param(req, 'operationName'),
  };
  let fromQuery: Where | undefined | null;
  try {
    fromQuery = await whereFromQuery(schema, query, listField, lookup);
  } catch (error) {
    if (!(error instanceof ExportQueryError)) throw error;
    throw new ExportRequestError(error.message, 400, { code: error.code, problems: error.problems });
  }
  if (fromQuery === null) return whereParam(req, schema, typeName);
  if (param(req, 'where') !== undefined)
    throw badRequest('Give where or a query, not both', [{ path: 'where', message: 'a query is given too' }]);
  return fromQuery;
}

/** A lookup that knows no persisted query (an app without a shared APQ cache). */
const NO_PERSISTED_QUERIES: PersistedQueryLookup = () => Promise.resolve(undefined);

export function exportRouter(
  db: GraphDatabase,
  schema: GraphQLSchema,
  persistedQuery: PersistedQueryLookup = NO_PERSISTED_QUERIES,
): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    const sink = new TextSink(res);
    try {
      const match = /^([a-z-]+)\.(csv|geojson)$/.exec(String(req.params.file));
      const name = match?.[1] ?? '';
      const format = match?.[2] as ExportFormat | undefined;
      const known = name in EXPORT_KINDS || name === 'supply' || ANALYSES.has(name);
      if (!match || !known || !format)
        throw new ExportRequestError(`No export named '${req.params.file}'`, 404, { code: 'NOT_FOUND' });
      if (format === 'geojson' && !['facilities', 'supply', ...ANALYSES].includes(name))
        throw badRequest(`${name} have no location: export them as CSV`, [{ path: 'format', message: 'csv only' }]);
      if (format === 'csv' && ANALYSES.has(name))
        throw badRequest(`${name} exports as GeoJSON`, [{ path: 'format', message: 'geojson only' }]);

      if (name === 'supply-chain') {
        const direction = (param(req, 'direction') ?? ChainDirection.UPSTREAM) as ChainDirection;
        if (!Object.values(ChainDirection).includes(direction))
          throw badRequest('direction must be UPSTREAM or DOWNSTREAM', [{ path: 'direction', message: 'unknown' }]);
        const body = await supplyChainGeoJson(db, {
          facility: param(req, 'facility') ?? '',
          direction,
          mineral: param(req, 'mineral') ?? null,
          maxDepth: intParam(req, 'maxDepth', LIMITS.maxDepth.default),
        });
        startFile(res, 'supply-chain', format);
        return void res.end(body);
      }
      if (name === 'impact') {
        const body = await impactGeoJson(db, {
          remove: (param(req, 'remove') ?? '').split(',').filter(Boolean),
          mineral: param(req, 'mineral') ?? null,
          maxDepth: intParam(req, 'maxDepth', LIMITS.maxDepth.default),
          limit: intParam(req, 'limit', LIMITS.impactLimit.default),
        });
        startFile(res, 'impact', format);
        return void res.end(body);
      }
      if (name === 'supply') {
        const where = await exportWhere(req, schema, 'FacilityWhere', 'facilities', persistedQuery);
        const mineral = param(req, 'mineral');
        startFile(res, 'supply', format);
        await exportSupply(db, where, mineral, format, sink);
      } else {
        const kind = name as ExportKind;
        const where = await exportWhere(req, schema, `${EXPORT_KINDS[kind].label}Where`, kind, persistedQuery);
        startFile(res, kind, format);
        await exportEntities(db, kind, where, format, sink);
      }
      await sink.flush();
      res.end();
    } catch (error) {
      if (res.headersSent) return void res.destroy(error as Error);
      if (error instanceof ExportRequestError)
        return sendGraphQLError(req, res, error.status, error.message, error.extensions);
      const app: AppError | undefined = isAppError(error) ? error : fromDatabaseError(error);
      if (!app) throw error;
      sendGraphQLError(req, res, HTTP_STATUS[app.code] ?? 500, app.message, extensionsOf(app));
    }
  });
  return router;
}
