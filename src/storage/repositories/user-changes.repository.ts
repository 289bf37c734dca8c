import type { Kysely, Transaction } from 'kysely';
import { applyUserChange, changedFields, type AuditActor, type ScopeRef, type User, type UserChange, type UserChangeProblem } from '../../domain/access/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import { execute } from '../bulk-insert.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { findUserById, userFromRow, withoutSecret } from './users.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ChangeUserProblem = UserChangeProblem | { readonly code: 'not_found'; readonly message: string };

/** Active users with the admin role. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The scope entries that name nothing the service holds: an Opportunity Area, a Research School hub, or a
 * school in the register. In the order given.
 */
export async function unknownScopeRefs(db: Db, scope: readonly ScopeRef[]): Promise<ScopeRef[]> {
  const ids = (kind: 'area' | 'hub') => scope.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1));
  const urns = scope.filter((r) => r.startsWith('school:')).map((r) => Number(r.slice('school:'.length)));
  const [areas, hubs, schools] = await Promise.all([
    ids('area').length === 0 ? [] : db.selectFrom('opportunity_areas').select('id').where('id', 'in', ids('area')).execute(),
    ids('hub').length === 0 ? [] : db.selectFrom('research_schools').select('id').where('id', 'in', ids('hub')).execute(),
    urns.length === 0 ? [] : db.selectFrom('schools').select('urn').where('urn', 'in', urns).execute(),
  ]);
  const known = new Set<string>([...areas.map((a) => `area:${a.id}`), ...hubs.map((h) => `hub:${h.id}`), ...schools.map((s) => `school:${String(s.urn)}`)]);
  return scope.filter((ref) => !known.has(ref));
}

/**
 * Changes a user's name, role, scope or whether they may sign in, in one transaction with its audit
 * entries: `user.update` for the name, role and scope (before and after), `user.disable` or `user.enable`.
 * Disabling ends their sessions and revokes their API tokens, as `oa users disable` does. Other writers of
 * users wait (PostgreSQL), so two admins demoting each other at once cannot leave the service with none.
 */
export async function changeUser(db: Kysely<Database>, id: number, change: UserChange, actor: AuditActor, now: () => Date): Promise<Result<User, ChangeUserProblem>> {
  return db.transaction().execute(async (trx) => {
    const lock = capabilitiesOf(trx).lockAgainstWriters('users');
    if (lock !== null) await execute(trx, lock);
    const user = await findUserById(trx, id);
    if (user === null) return err({ code: 'not_found', message: `There is no user with the id ${String(id)}` });
    const applied = applyUserChange(user, change, await countActiveAdmins(trx));
    if (!applied.ok) return applied;
    const after = applied.value;
    const at = now().toISOString();
    const fields = changedFields({ name: user.name, role: user.role, scope: user.scope }, { name: after.name, role: after.role, scope: after.scope });
    const wasDisabled = user.disabledAt !== null;
    const row = await trx
      .updateTable('users')
      .set({ name: after.name, role: after.role, scope: JSON.stringify(after.scope), disabled_at: after.disabled ? (user.disabledAt ?? at) : null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (Object.keys(fields).length > 0) {
      await recordAudit(trx, { actor, at, action: 'user.update', entityType: 'user', entityId: user.email, summary: fields });
    }
    if (after.disabled && !wasDisabled) {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await trx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
      await recordAudit(trx, { actor, at, action: 'user.disable', entityType: 'user', entityId: user.email, summary: { disabledAt: { before: null, after: at } } });
    }
    if (!after.disabled && wasDisabled) {
      await recordAudit(trx, { actor, at, action: 'user.enable', entityType: 'user', entityId: user.email, summary: { disabledAt: { before: user.disabledAt, after: null } } });
    }
    return ok(withoutSecret(userFromRow(row)));
  });
}
