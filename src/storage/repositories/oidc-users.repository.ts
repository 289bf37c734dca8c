import type { Kysely, Transaction } from 'kysely';
import { changedFields, changeFromClaims, type AuditActor, type OidcIdentity, type User } from '../../domain/access/index.ts';
import { execute } from '../bulk-insert.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { countActiveAdmins } from './user-changes.repository.ts';
import { findUserByEmail, userFromRow, withoutSecret, type UserWithSecret } from './users.repository.ts';

/** How an OpenID Connect sign-in found its account; the refusals are expected outcomes, not errors. */
export type OidcUserOutcome =
  | { readonly kind: 'signed_in'; readonly user: User }
  | { readonly kind: 'disabled'; readonly email: string }
  /** An account with this email exists, but the provider has not verified the email, so it is not linked. */
  | { readonly kind: 'email_unverified'; readonly email: string }
  /** An account with this email exists and is linked to another person at a sign-in service. */
  | { readonly kind: 'email_linked_elsewhere'; readonly email: string }
  /** The claims would change the account's role or scope in a way any role change is refused (the last admin). */
  | { readonly kind: 'change_refused'; readonly email: string; readonly message: string };

/**
 * Finds the account for a provider's subject (`oidc_subject`: the issuer, a space, then `sub`); failing
 * that, links the account with the same verified email; failing that, creates one without a password.
 * The role and scope follow the claims: when they differ, the account is updated, under the same rule as
 * any role change (`changeFromClaims`): a change that would leave no active admin is refused, the account
 * left as it was and the refusal audited (`user.update_refused`). Every change is audited in the same
 * transaction.
 */
export async function findOrCreateOidcUser(
  db: Kysely<Database>,
  subject: string,
  identity: OidcIdentity,
  actor: AuditActor,
  now: () => Date,
): Promise<OidcUserOutcome> {
  return db.transaction().execute(async (trx) => {
    const at = now().toISOString();
    const linkedRow = await trx.selectFrom('users').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
    if (linkedRow !== undefined) {
      const linked = userFromRow(linkedRow);
      if (linked.disabledAt !== null) return { kind: 'disabled', email: linked.email };
      return updateFromClaims(trx, linked, identity, null, actor, at);
    }

    const byEmail = await findUserByEmail(trx, identity.email);
    if (byEmail !== null) {
      const row = await trx.selectFrom('users').select('oidc_subject').where('id', '=', byEmail.id).executeTakeFirstOrThrow();
      if (row.oidc_subject !== null) return { kind: 'email_linked_elsewhere', email: byEmail.email };
      if (!identity.emailVerified) return { kind: 'email_unverified', email: byEmail.email };
      if (byEmail.disabledAt !== null) return { kind: 'disabled', email: byEmail.email };
      return updateFromClaims(trx, byEmail, identity, subject, actor, at);
    }

    const created = await trx
      .insertInto('users')
      .values({
        email: identity.email,
        role: identity.role,
        scope: JSON.stringify(identity.scope),
        password_hash: null,
        oidc_subject: subject,
        is_demo: 0,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      at,
      action: 'user.create',
      entityType: 'user',
      entityId: identity.email,
      summary: { role: identity.role, scope: identity.scope, oidcSubject: subject },
    });
    return { kind: 'signed_in', user: withoutSecret(userFromRow(created)) };
  });
}

/**
 * Brings role and scope in line with the claims, and links the subject when `linkSubject` is given. A role
 * change is checked against the active admins counted while other writers of users wait (PostgreSQL; on
 * SQLite the transaction holds the only connection), as `changeUser` does, so two admins demoted by their
 * claims at once cannot leave the service with none.
 */
async function updateFromClaims(
  trx: Transaction<Database>,
  user: UserWithSecret,
  identity: OidcIdentity,
  linkSubject: string | null,
  actor: AuditActor,
  at: string,
): Promise<OidcUserOutcome> {
  const before = { role: user.role, scope: user.scope, ...(linkSubject === null ? {} : { oidcSubject: null }) };
  const after = { role: identity.role, scope: identity.scope, ...(linkSubject === null ? {} : { oidcSubject: linkSubject }) };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return { kind: 'signed_in', user: withoutSecret(user) };
  // Only a change of role can take away the last admin, so only then are the admins counted (and the
  // account read again once other writers wait, in case one changed it meanwhile).
  let current = user;
  let activeAdmins = 0;
  if (user.role !== identity.role) {
    const lock = capabilitiesOf(trx).lockAgainstWriters('users');
    if (lock !== null) {
      await execute(trx, lock);
      current = userFromRow(await trx.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow());
    }
    activeAdmins = await countActiveAdmins(trx);
  }
  const checked = changeFromClaims(current, identity, activeAdmins);
  if (!checked.ok) {
    await recordAudit(trx, { actor, at, action: 'user.update_refused', entityType: 'user', entityId: user.email, summary: { ...changedFields({ role: current.role, scope: current.scope }, { role: identity.role, scope: identity.scope }), reason: checked.error } });
    return { kind: 'change_refused', email: user.email, message: checked.error };
  }
  await trx
    .updateTable('users')
    .set({ role: identity.role, scope: JSON.stringify(identity.scope), ...(linkSubject === null ? {} : { oidc_subject: linkSubject }) })
    .where('id', '=', user.id)
    .execute();
  await recordAudit(trx, { actor, at, action: 'user.update', entityType: 'user', entityId: user.email, summary: changes });
  return { kind: 'signed_in', user: { ...withoutSecret(current), role: identity.role, scope: identity.scope } };
}
