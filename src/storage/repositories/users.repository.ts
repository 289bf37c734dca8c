import type { Kysely, Selectable, Transaction } from 'kysely';
import { checkRoleScope, isRole, type AuditActor, type ScopeRef, type User } from '../../domain/access/index.ts';
import type { Database, UsersTable } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';

export interface NewUser {
  readonly email: string;
  readonly name?: string | null;
  readonly role: User['role'];
  readonly scope: readonly ScopeRef[];
  readonly passwordHash: string | null;
  readonly isDemo?: boolean;
}

export interface UserWithSecret extends User {
  readonly passwordHash: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

export function userFromRow(row: Selectable<UsersTable>): UserWithSecret {
  if (!isRole(row.role)) throw new Error(`User ${String(row.id)} has an unknown role "${row.role}"`);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    scope: JSON.parse(row.scope) as ScopeRef[],
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    passwordHash: row.password_hash,
  };
}

export function withoutSecret(user: UserWithSecret): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    scope: user.scope,
    isDemo: user.isDemo,
    createdAt: user.createdAt,
    disabledAt: user.disabledAt,
  };
}

/**
 * Creates a user and its audit entry in one transaction; returns null when the email is taken. A scope
 * that does not suit the role is a caller's mistake (the CLI and OIDC check first), so it throws.
 */
export async function createUser(db: Kysely<Database>, user: NewUser, actor: AuditActor, now: () => Date): Promise<User | null> {
  const fits = checkRoleScope(user.role, user.scope);
  if (!fits.ok) throw new Error(`Refusing to create ${user.email}: ${fits.error}`);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirst();
    if (existing !== undefined) return null;
    const at = now().toISOString();
    const row = await trx
      .insertInto('users')
      .values({
        email: user.email,
        name: user.name ?? null,
        role: user.role,
        scope: JSON.stringify(user.scope),
        password_hash: user.passwordHash,
        is_demo: user.isDemo === true ? 1 : 0,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      at,
      action: 'user.create',
      entityType: 'user',
      entityId: user.email,
      summary: user.name === undefined || user.name === null ? { role: user.role, scope: user.scope } : { name: user.name, role: user.role, scope: user.scope },
    });
    return withoutSecret(userFromRow(row));
  });
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithSecret | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row === undefined ? null : userFromRow(row);
}

export async function findUserById(db: Db, id: number): Promise<UserWithSecret | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : userFromRow(row);
}

/** Users by email, all of them or (`page`) one page. */
export async function listUsers(db: Db, page?: { readonly offset: number; readonly limit: number }): Promise<User[]> {
  let query = db.selectFrom('users').selectAll().orderBy('email');
  if (page !== undefined) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map((row) => withoutSecret(userFromRow(row)));
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Replaces a user's password and ends their sessions; returns false if there is no such user. */
export async function setUserPassword(db: Kysely<Database>, email: string, passwordHash: string, actor: AuditActor, now: () => Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (user === null) return false;
    const at = now().toISOString();
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordAudit(trx, { actor, at, action: 'user.set_password', entityType: 'user', entityId: email, summary: { sessionsEnded: true } });
    return true;
  });
}
