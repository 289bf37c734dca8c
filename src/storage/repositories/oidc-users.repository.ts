import type { Kysely, Transaction } from 'kysely';
import { changedFields, type AuditActor, type OidcIdentity, type User } from '../../domain/access/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { findUserByEmail, userFromRow, withoutSecret, type UserWithSecret } from './users.repository.ts';

/** How an OpenID Connect sign-in found its account; the refusals are expected outcomes, not errors. */
export type OidcUserOutcome =
  | { readonly kind: 'signed_in'; readonly user: User }
  | { readonly kind: 'disabled'; readonly email: string }
  /** An account with this email exists, but the provider has not verified the email, so it is not linked. */
  | { readonly kind: 'email_unverified'; readonly email: string }
  /** An account with this email exists and is linked to another person at a sign-in service. */
  | { readonly kind: 'email_linked_elsewhere'; readonly email: string };

/**
 * Finds the account for a provider's subject (`oidc_subject`: the issuer, a space, then `sub`); failing
 * that, links the account with the same verified email; failing that, creates one without a password.
 * The role and scope follow the claims: when they differ, the account is updated. Every change is audited
 * in the same transaction.
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
      return { kind: 'signed_in', user: await updateFromClaims(trx, linked, identity, null, actor, at) };
    }

    const byEmail = await findUserByEmail(trx, identity.email);
    if (byEmail !== null) {
      const row = await trx.selectFrom('users').select('oidc_subject').where('id', '=', byEmail.id).executeTakeFirstOrThrow();
      if (row.oidc_subject !== null) return { kind: 'email_linked_elsewhere', email: byEmail.email };
      if (!identity.emailVerified) return { kind: 'email_unverified', email: byEmail.email };
      if (byEmail.disabledAt !== null) return { kind: 'disabled', email: byEmail.email };
      return { kind: 'signed_in', user: await updateFromClaims(trx, byEmail, identity, subject, actor, at) };
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

/** Brings role and scope in line with the claims, and links the subject when `linkSubject` is given. */
async function updateFromClaims(
  trx: Transaction<Database>,
  user: UserWithSecret,
  identity: OidcIdentity,
  linkSubject: string | null,
  actor: AuditActor,
  at: string,
): Promise<User> {
  const before = { role: user.role, scope: user.scope, ...(linkSubject === null ? {} : { oidcSubject: null }) };
  const after = { role: identity.role, scope: identity.scope, ...(linkSubject === null ? {} : { oidcSubject: linkSubject }) };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return withoutSecret(user);
  await trx
    .updateTable('users')
    .set({ role: identity.role, scope: JSON.stringify(identity.scope), ...(linkSubject === null ? {} : { oidc_subject: linkSubject }) })
    .where('id', '=', user.id)
    .execute();
  await recordAudit(trx, { actor, at, action: 'user.update', entityType: 'user', entityId: user.email, summary: changes });
  return { ...withoutSecret(user), role: identity.role, scope: identity.scope };
}
