import { z } from 'zod';

/** Environment configuration, validated once at start-up. Every variable is documented in the README. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_DATA: z.string().default('.neo4j-local/data'),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform(v => v === 'true'),
  SEED_DIR: z.string().default('seed'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(i => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
