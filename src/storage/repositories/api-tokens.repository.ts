import type { Kysely } from 'kysely';
import type { AuditActor, ScopeRef } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { userFromRow, type UserWithSecret } from './users.repository.ts';

export interface ApiTokenInfo {
  readonly id: number;
  readonly publicId: string;
  readonly name: string;
  readonly userEmail: string;
  readonly scope: readonly ScopeRef[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export async function createApiToken(
  db: Kysely<Database>,
  token: { publicId: string; secretHash: string; userId: number; userEmail: string; name: string; scope: readonly ScopeRef[] },
  actor: AuditActor,
  now: () => Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now().toISOString();
    await trx
      .insertInto('api_tokens')
      .values({ public_id: token.publicId, secret_hash: token.secretHash, user_id: token.userId, name: token.name, scope: JSON.stringify(token.scope), created_at: at })
      .execute();
    await recordAudit(trx, {
      actor,
      at,
      action: 'token.create',
      entityType: 'api_token',
      entityId: token.publicId,
      summary: { user: token.userEmail, name: token.name, scope: token.scope },
    });
  });
}

/** The unrevoked token with this public id, its secret hash and its (enabled) user. */
export async function findActiveToken(
  db: Kysely<Database>,
  publicId: string,
): Promise<{ secretHash: string; scope: ScopeRef[]; user: UserWithSecret } | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.secret_hash', 'api_tokens.scope as token_scope'])
    .where('api_tokens.public_id', '=', publicId)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { secretHash: row.secret_hash, scope: JSON.parse(row.token_scope) as ScopeRef[], user: userFromRow(row) };
}

export async function touchApiToken(db: Kysely<Database>, publicId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('public_id', '=', publicId).execute();
}

/** API tokens, the newest first (the newest `limit` when given). */
export async function listApiTokens(db: Kysely<Database>, limit?: number): Promise<ApiTokenInfo[]> {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id', 'api_tokens.public_id', 'api_tokens.name', 'api_tokens.scope', 'api_tokens.created_at',
      'api_tokens.last_used_at', 'api_tokens.revoked_at', 'users.email',
    ])
    .orderBy('api_tokens.id', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    publicId: row.public_id,
    name: row.name,
    userEmail: row.email,
    scope: JSON.parse(row.scope) as ScopeRef[],
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}

/** Revokes a token; returns false when there is no such unrevoked token. */
export async function revokeApiToken(db: Kysely<Database>, publicId: string, actor: AuditActor, now: () => Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const at = now().toISOString();
    const result = await trx.updateTable('api_tokens').set({ revoked_at: at }).where('public_id', '=', publicId).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await recordAudit(trx, { actor, at, action: 'token.revoke', entityType: 'api_token', entityId: publicId, summary: { revokedAt: at } });
    return true;
  });
}

export async function countApiTokens(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('api_tokens').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
