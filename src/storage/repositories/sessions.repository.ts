import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { userFromRow, type UserWithSecret } from './users.repository.ts';

export interface StoredSession {
  readonly idHash: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly user: UserWithSecret;
}

export async function createSession(
  db: Kysely<Database>,
  session: { idHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: session.idHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt })
    .execute();
}

/** The live session with this id hash and its user, or null when unknown or expired at `nowIso`. */
export async function findLiveSession(db: Kysely<Database>, idHash: string, nowIso: string): Promise<StoredSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id_hash', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { idHash: row.id_hash, csrfToken: row.csrf_token, expiresAt: row.expires_at, user: userFromRow(row) };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, nowIso: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).executeTakeFirst();
  return Number(result.numDeletedRows);
}
