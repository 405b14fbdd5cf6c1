import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createApiKey, listApiKeyInfos, revokeApiKeyById } from '../../auth/api-keys';
import { badInput, notFound } from '../../errors';
import type { GraphContext } from '../context';
import { ApiKey, CreatedApiKey } from './api-key.type';
import { Role } from './role.enum';

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
    @Arg('role', (_type) => Role) role: Role,
    @Arg('name', (_type) => String) name: string,
    @Ctx() ctx: GraphContext,
  ) {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200)
      throw badInput('name must be 1 to 200 characters', [{ path: 'name', message: '1 to 200 characters' }]);
    const { key, info } = await createApiKey(ctx.db, role, trimmed);
    return { key, apiKey: info };
  }

  @Authorized(Role.admin)
  @Mutation((_returns) => ApiKey, {
    description: 'Revokes an API key (within AUTH_KEY_CACHE_MS on every replica). Admin only.',
  })
  async revokeApiKey(@Arg('keyId', (_type) => ID) keyId: string, @Ctx() ctx: GraphContext) {
    const revoked = await revokeApiKeyById(ctx.db, keyId);
    if (!revoked) throw notFound('ApiKey', keyId);
    return revoked;
  }
}
