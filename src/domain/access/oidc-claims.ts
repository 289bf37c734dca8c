import { err, ok, type Result } from '../shared/result.ts';
import { isRole, ROLE_LABELS, ROLES, type Role } from './roles.ts';
import { parseScopeRef, type ScopeRef } from './scope.ts';
import { checkRoleScope } from './role-scope.ts';
import { parseEmail, type User } from './user.ts';
import { applyUserChange, type ChangedUser } from './user-change.ts';

/** Who an OpenID Connect provider says signed in, and the access its claims grant here. */
export interface OidcIdentity {
  readonly email: string;
  /** Only a verified email may link the sign-in to an account that already exists. */
  readonly emailVerified: boolean;
  readonly role: Role;
  readonly scope: readonly ScopeRef[];
}

/** The names of the claims that carry the role and the scope (configurable per deployment). */
export interface OidcClaimNames {
  readonly role: string;
  readonly scope: string;
}

/**
 * Reads email, role and scope from a provider's claims, saying which claim is wrong and how otherwise.
 * The scope claim may be an array of strings or one space-separated string; it may be absent for the
 * roles that cover everything.
 * `mapOidcClaims({ email: 'a@x.gov.uk', oa_role: 'area_lead', oa_scope: 'area:blackpool' }, { role: 'oa_role', scope: 'oa_scope' })`
 * → ok({ email: 'a@x.gov.uk', emailVerified: false, role: 'area_lead', scope: ['area:blackpool'] }).
 */
export function mapOidcClaims(claims: Readonly<Record<string, unknown>>, names: OidcClaimNames): Result<OidcIdentity, string> {
  const emailClaim = claims['email'];
  if (typeof emailClaim !== 'string' || emailClaim === '') {
    return err('The sign-in service sent no email claim: ask it to release the email claim (request the email scope)');
  }
  const email = parseEmail(emailClaim);
  if (!email.ok) return err(`The email claim "${emailClaim}" is not an email address`);

  const roleClaim = claims[names.role];
  if (roleClaim === undefined || roleClaim === null || roleClaim === '') {
    return err(`The sign-in service sent no ${names.role} claim: ask it to release ${names.role} with one of ${ROLES.join(', ')}`);
  }
  if (typeof roleClaim !== 'string' || !isRole(roleClaim)) {
    return err(`The ${names.role} claim ${JSON.stringify(roleClaim)} is not a role: it must be one of ${ROLES.join(', ')}`);
  }

  const scopeClaim = claims[names.scope] ?? [];
  let entries: readonly unknown[];
  if (typeof scopeClaim === 'string') entries = scopeClaim.split(/\s+/).filter((s) => s !== '');
  else if (Array.isArray(scopeClaim)) entries = scopeClaim;
  else return err(`The ${names.scope} claim must be a list of scopes or a space-separated string, like "area:blackpool"`);
  const scope: ScopeRef[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') return err(`The ${names.scope} claim has ${JSON.stringify(entry)}, which is not text: use area:<id>, hub:<id> or school:<URN>`);
    const ref = parseScopeRef(entry);
    if (!ref.ok) return err(`The ${names.scope} claim has ${ref.error}`);
    if (!scope.includes(ref.value)) scope.push(ref.value);
  }

  const fits = checkRoleScope(roleClaim, scope);
  if (!fits.ok) return err(`The ${names.role} and ${names.scope} claims do not fit together. ${fits.error}`);
  // Sorted, so a provider that lists the same scopes in another order does not look like a change.
  return ok({ email: email.value, emailVerified: claims['email_verified'] === true, role: roleClaim, scope: scope.sort() });
}

/** Longest `users.oidc_subject` the database holds. */
const MAX_SUBJECT_LENGTH = 255;

/**
 * The key an OIDC sign-in is linked by: the issuer, a space, then `sub`. `sub` is unique only within one
 * issuer (OIDC Core 2), and an issuer URL never contains a space, so the pair is unambiguous.
 * `oidcSubjectOf('https://signin.example.gov.uk', 'abc-123')` → ok('https://signin.example.gov.uk abc-123').
 */
export function oidcSubjectOf(issuer: string, sub: string): Result<string, string> {
  if (sub === '') return err('The sign-in service sent an empty sub claim');
  const subject = `${issuer} ${sub}`;
  if (subject.length > MAX_SUBJECT_LENGTH) return err(`The sub claim is too long: the issuer and sub together must be at most ${String(MAX_SUBJECT_LENGTH)} characters`);
  return ok(subject);
}

/**
 * The role and scope a returning person's claims give them, checked as any change of role is
 * (`applyUserChange`): the provider may move people between roles, but not take the national programme
 * team role from the only active user who holds it, or nobody could manage users from the web app again.
 * That sign-in is refused instead, and the account left as it was (docs/security.md, "Roles from a sign-in
 * service"). `activeAdmins` counts the active admins now, this user included.
 * `changeFromClaims(onlyAdmin, { …, role: 'analyst', scope: [] }, 1)` → err('Your sign-in service now gives …').
 */
export function changeFromClaims(user: Pick<User, 'name' | 'role' | 'scope' | 'disabledAt'>, identity: OidcIdentity, activeAdmins: number): Result<ChangedUser, string> {
  const applied = applyUserChange(user, { role: identity.role, scope: identity.scope }, activeAdmins);
  if (applied.ok) return applied;
  if (applied.error.code === 'last_admin') {
    return err(
      `Your sign-in service now gives ${identity.email} the ${ROLE_LABELS[identity.role].toLowerCase()} role, but this account is the only active ` +
        'national programme team user here, so its role was not changed and it cannot sign in this way. Ask the operator to add another national ' +
        'programme team user (oa users add --email EMAIL --role admin), or ask your sign-in service to give this account the admin role again',
    );
  }
  return err(applied.error.message);
}
