import { Arg } from 'type-graphql';
import { idempotentDatabase, type IdempotentRequest, IDEMPOTENCY_TTL_SECONDS } from '../../editing/idempotency';
import { type GraphDatabase } from '../../neo4j/driver';
import { type GraphContext } from '../context';

/** The optional `idempotencyKey` argument every mutation takes. */
export function IdempotencyKey() {
  return Arg('idempotencyKey', (_type) => String, {
    nullable: true,
    description: `Makes the mutation safe to retry: a retry with the same key and the same arguments within ${IDEMPOTENCY_TTL_SECONDS / 3600} h answers the first result without writing again; the same key with other arguments is a CONFLICT. 1-128 characters of A-Z a-z 0-9 . _ : - (a UUID fits).`,
  });
}

/** The database a mutation writes through: idempotent when the caller sent a key. */
export function writesOf(
  ctx: GraphContext,
  key: string | null | undefined,
  operation: string,
  args: unknown,
  options: Pick<IdempotentRequest, 'store' | 'replay'> = {},
): Promise<GraphDatabase> {
  if (key == null) return Promise.resolve(ctx.db);
  const scope = `${ctx.principal.kind}:${ctx.principal.subject ?? ''}`;
  return idempotentDatabase(ctx.db, {
    scope,
    key,
    operation,
    args,
    ttlSeconds: ctx.idempotencyTtlSeconds,
    ...options,
  });
}
