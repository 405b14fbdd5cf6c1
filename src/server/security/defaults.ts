/**
 * Defaults of the request limits (each overridable by the env var in brackets; see docs/security.md).
 * Sized so that every query of the test suite and the playground's introspection pass with room to
 * spare, while a page of 500 with two nested default pages (500 × 20 × 20) does not.
 */
export const LIMIT_DEFAULTS = {
  /** [MAX_QUERY_DEPTH] Nesting of fields (introspection `__schema` excluded). */
  maxDepth: 12,
  /** [MAX_QUERY_COST] Estimated entities returned (src/server/security/cost.ts; rule and examples in docs/security.md). */
  maxCost: 25_000,
  /** [MAX_QUERY_ALIASES] Aliases per operation. */
  maxAliases: 30,
  /** [MAX_QUERY_DIRECTIVES] Directives per operation. */
  maxDirectives: 20,
  /** [MAX_QUERY_TOKENS] Lexical tokens per document (the parser stops at the limit). */
  maxTokens: 2_000,
  /** [MAX_BODY_BYTES] Request body. */
  maxBodyBytes: 1_048_576,
  /** [RATE_LIMIT_PER_MINUTE] Requests per API key, JWT subject or client IP, per minute and process; 0 turns it off. */
  rateLimitPerMinute: 600,
} as const;
