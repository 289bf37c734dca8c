import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** What the callback needs to finish a sign-in started at the provider. */
export interface PendingOidcLogin {
  readonly stateHash: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly nextPath: string;
  readonly expiresAt: string;
}

/** Stores a sign-in in progress; expired ones are pruned as a side effect, so the table stays small. */
export async function saveOidcLogin(db: Kysely<Database>, login: PendingOidcLogin, nowIso: string): Promise<void> {
  await db.deleteFrom('oidc_logins').where('expires_at', '<=', nowIso).execute();
  await db
    .insertInto('oidc_logins')
    .values({ state_hash: login.stateHash, nonce: login.nonce, code_verifier: login.codeVerifier, next_path: login.nextPath, expires_at: login.expiresAt })
    .execute();
}

/**
 * Deletes and returns the sign-in with this state hash, or null when it is unknown, already used or
 * expired at `nowIso`. One statement, so two callbacks with the same state cannot both succeed.
 */
export async function takeOidcLogin(db: Kysely<Database>, stateHash: string, nowIso: string): Promise<PendingOidcLogin | null> {
  const row = await db.deleteFrom('oidc_logins').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
  if (row === undefined || row.expires_at <= nowIso) return null;
  return { stateHash: row.state_hash, nonce: row.nonce, codeVerifier: row.code_verifier, nextPath: row.next_path, expiresAt: row.expires_at };
}
