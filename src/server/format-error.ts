import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isAppError } from '../errors';
import { extensionsOf } from '../graphql/errors';
import { fromDatabaseError } from '../neo4j/errors';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

export interface FormatErrorLimits {
  /** The Neo4j transaction timeout, named in QUERY_TIMEOUT errors. */
  queryTimeoutMs?: number;
  /** Production: drop "Did you mean …?" suggestions from every message (validation, variable coercion, …). */
  hideSuggestions?: boolean;
}

/** graphql-js appends its suggestions to the end of the message (`didYouMean`). */
const SUGGESTION = /\s*Did you mean [\s\S]*$/;

/**
 * What clients see of an error: application errors (src/errors.ts) become their code, problems
 * and extra facts, driver errors become
 * DATABASE_UNAVAILABLE / QUERY_TIMEOUT (naming the time limit) / CONFLICT, and anything else is
 * masked (no stack, no internal message) unless `exposeDetails` (development) is on.
 */
export function formatError(exposeDetails: boolean, log: (error: unknown) => void, limits: FormatErrorLimits = {}) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = isAppError(original) ? original : fromDatabaseError(original);
    if (mapped?.code === ErrorCode.QUERY_TIMEOUT && limits.queryTimeoutMs !== undefined) {
      const max = limits.queryTimeoutMs;
      return {
        ...formatted,
        message:
          mapped.details.reason === 'lock-wait'
            ? `The write waited for another write past its time limit of ${max} ms; retry shortly`
            : `The query exceeded its time limit of ${max} ms`,
        extensions: { ...extensionsOf(mapped), limit: 'queryTimeoutMs', max },
      };
    }
    if (mapped) {
      const stacktrace = exposeDetails ? formatted.extensions?.stacktrace : undefined;
      const extensions = { ...extensionsOf(mapped), ...(stacktrace ? { stacktrace } : {}) };
      return { ...formatted, message: mapped.message, extensions };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (
      original instanceof GraphQLError ||
      (code && CLIENT_CODES.has(code)) ||
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'BAD_REQUEST' ||
      code === 'PERSISTED_QUERY_NOT_FOUND' ||
      code === 'PERSISTED_QUERY_NOT_SUPPORTED' ||
      code === 'OPERATION_RESOLUTION_FAILURE'
    ) {
      const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions: exposeDetails ? formatted.extensions : extensions };
    }
    log(original);
    return {
      message: exposeDetails ? formatted.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
  if (!limits.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return SUGGESTION.test(out.message) ? { ...out, message: out.message.replace(SUGGESTION, '') } : out;
  };
}
