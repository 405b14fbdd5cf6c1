import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createApiKey, listApiKeyInfos, revokeApiKeyById } from '../../auth/api-keys';
import { badInput, conflict, notFound } from '../../errors';
import type { GraphContext } from '../context';
import { IdempotencyKey, writesOf } from '../mutations/idempotency.arg';
import { ApiKey, CreatedApiKey } from './api-key.type';
import { Role, RoleValue } from './role.enum';

function keyAlreadyCreated(stored: unknown): never {
  const keyId = String((stored as Array<{ keyId?: unknown }>)[0]?.keyId);
  throw conflict(
    `This idempotencyKey already created API key ${keyId}; its secret is shown only once: revoke it if it was lost`,
    { keyId },
  );
}

/** Key management over the API, for admins only (the `npm run keys` CLI does the same offline). */
@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.admin)
  @Query((_returns) => [ApiKey], { description: 'Every API key, revoked ones included. Admin only.' })
  apiKeys(@Ctx() ctx: GraphContext) {
    return listApiKeyInfos(ctx.db);
  }

  @Authorized(Role.admin)
  @Mutation((_returns) => CreatedApiKey, { description: 'Creates an API key with a role. Admin only.' })
  async createApiKey(
    @Arg('role', (_type) => RoleValue, { description: 'What the key may do.' }) role: Role,
    @Arg('name', (_type) => String, { description: 'A name to recognise the key by.' }) name: string,
    @IdempotencyKey() k: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200)
      throw badInput('name must be 1 to 200 characters', [{ path: 'name', message: '1 to 200 characters' }]);
    // The secret is never stored: a retry of a create that succeeded cannot show it again.
    const db = await writesOf(ctx, k, 'createApiKey', { role, name: trimmed }, { replay: keyAlreadyCreated });
    const { key, info } = await createApiKey(db, role, trimmed);
    return { key, apiKey: info };
  }

  @Authorized(Role.admin)
  @Mutation((_returns) => ApiKey, {
    description:
      'Revokes an API key: at once on the replica that answers, within AUTH_KEY_CACHE_MS on the others. Admin only.',
  })
  async revokeApiKey(
    @Arg('keyId', (_type) => ID, { description: 'Id of the key to revoke.' }) keyId: string,
    @IdempotencyKey() k: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    const revoked = await revokeApiKeyById(await writesOf(ctx, k, 'revokeApiKey', { keyId }), keyId);
    if (!revoked) throw notFound('ApiKey', keyId);
    ctx.forgetApiKey?.(keyId);
    return revoked;
  }
}
