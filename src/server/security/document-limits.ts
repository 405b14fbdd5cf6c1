import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Lexer,
  type ParseOptions,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../graphql/types/paging.args';
import { MAX_GROUPS } from '../../graphql/types/stats.type';
import { memoizedOperationCost } from './cost';
import { type LimitSettings } from './settings';

export interface DocumentLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
}

/**
 * Limits on the GraphQL document, each refusal naming the limit and its value in
 * `extensions.limit` / `extensions.max` (HTTP 400, before any execution):
 * - depth, aliases, directives: graphql-armor validation rules (GRAPHQL_VALIDATION_FAILED);
 * - tokens: graphql-js's own parser bound (GRAPHQL_PARSE_FAILED), which stops lexing at the limit
 *   (armor's token plugin throws from a hook Apollo turns into a 500);
 * - cost: `operationCost`, after the operation and its variables are known (GRAPHQL_VALIDATION_FAILED).
 */
export function documentLimits(limits: LimitSettings): DocumentLimits {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [report('maxDepth', limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [report('maxAliases', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [report('maxDirectives', limits.maxDirectives)],
    },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return {
    validationRules: armor.protect().validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [tokenLimitPlugin(limits.maxTokens), costLimitPlugin(limits.maxCost)],
  };
}

/** Armor reports "Syntax Error: …"; we keep its wording (which has the value found) and add the limit. */
function report(limit: string, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit, max } }),
    );
  };
}

/** Labels the parser's token-limit error with `limit` / `max` like the other limits. */
function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, source }) {
          const parseError = errors.find((e) => e.extensions?.code === 'GRAPHQL_PARSE_FAILED');
          if (parseError && source && exceedsTokens(source, maxTokens))
            Object.assign(parseError.extensions, { limit: 'maxTokens', max: maxTokens });
          return Promise.resolve();
        },
      });
    },
  };
}

/** Counts tokens the way graphql-js's parser does (comments excluded), stopping past `max`. */
export function exceedsTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let n = 0; n <= max; n++) if (lexer.advance().kind === TokenKind.EOF) return false;
    return true;
  } catch {
    return false;
  }
}

function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const operationCost = memoizedOperationCost();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const cost = operationCost(schema, document, operation, request.variables, MAX_PAGE_SIZE, MAX_GROUPS);
          if (cost !== undefined && cost > maxCost) {
            return Promise.reject(
              new GraphQLError(
                `Query cost limit of ${maxCost} exceeded, found ${cost}. Lower \`first\` or select fewer nested lists.`,
                {
                  extensions: {
                    code: 'GRAPHQL_VALIDATION_FAILED',
                    limit: 'maxCost',
                    max: maxCost,
                    cost,
                    http: { status: 400 },
                  },
                },
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
