import { err, ok, type Result } from '../shared/result.ts';
import type { Role } from './roles.ts';
import type { ScopeRef } from './scope.ts';

export type ScopeKind = 'area' | 'hub' | 'school';

/**
 * The kinds of scope each role may hold. Admin and analyst cover everything and hold none; an area lead
 * and a board viewer hold Opportunity Areas, a hub lead Research School hubs, a school user schools. A
 * scope of the wrong kind would widen the role: a school user holding `area:blackpool` would get
 * pupil-level rights over every school in Blackpool (docs/methodology.md §5.1).
 */
export const SCOPE_KINDS: Readonly<Record<Role, readonly ScopeKind[]>> = {
  admin: [],
  analyst: [],
  area_lead: ['area'],
  hub_lead: ['hub'],
  school: ['school'],
  board_viewer: ['area'],
};

const EXAMPLES: Readonly<Record<ScopeKind, string>> = { area: 'area:<id>', hub: 'hub:<id>', school: 'school:<URN>' };

/** True for the roles that hold their permissions everywhere and so take no scope (admin, analyst). */
export function coversEverything(role: Role): boolean {
  return SCOPE_KINDS[role].length === 0;
}

function kindOf(ref: ScopeRef): ScopeKind {
  return ref.slice(0, ref.indexOf(':')) as ScopeKind;
}

/**
 * Whether `scope` suits `role`: none for the roles that cover everything, at least one of the role's own
 * kind for the others, and nothing of another kind. The one check used by `oa users add`, OIDC sign-in
 * and API tokens.
 * `checkRoleScope('school', ['school:141257'])` → ok; `checkRoleScope('school', ['area:blackpool'])` → err.
 */
export function checkRoleScope(role: Role, scope: readonly ScopeRef[]): Result<true, string> {
  const kinds = SCOPE_KINDS[role];
  if (kinds.length === 0) {
    return scope.length > 0 ? err(`The ${role} role covers everything: give it no scope`) : ok(true);
  }
  const allowed = kinds.map((k) => EXAMPLES[k]).join(' or ');
  if (scope.length === 0) return err(`The ${role} role needs a scope: at least one ${allowed}`);
  const misfit = scope.find((ref) => !kinds.includes(kindOf(ref)));
  if (misfit !== undefined) {
    return err(`The ${role} role’s scope can only list ${allowed}, so ${misfit} does not fit: give the user a role that covers it, or a scope of the right kind`);
  }
  return ok(true);
}

/**
 * The part of a stored scope that suits the role, for users recorded before scopes were checked against
 * roles: a school user's stray `area:` entry is dropped rather than obeyed. Everywhere roles keep none.
 * `scopeForRole('school', ['school:141257', 'area:blackpool'])` → ['school:141257'].
 */
export function scopeForRole(role: Role, scope: readonly ScopeRef[]): ScopeRef[] {
  const kinds = SCOPE_KINDS[role];
  return scope.filter((ref) => kinds.includes(kindOf(ref)));
}

/**
 * The scope an API token acts within, worked out afresh at every use: a token narrowed to part of its
 * user's scope keeps only the part its user still holds, so a user whose scope shrinks (an OIDC sign-in
 * with fewer schools, say) takes their tokens down with them. A token with no scope of its own acts with
 * its user's. A narrowed token of a role that covers everything keeps its own narrowing. Null when nothing
 * is left: the token can no longer be used (docs/methodology.md §5.2).
 * `tokenScopeInForce('area_lead', ['area:derby'], ['area:blackpool'])` → null;
 * `tokenScopeInForce('area_lead', ['area:blackpool', 'area:derby'], ['area:blackpool'])` → ['area:blackpool'].
 */
export function tokenScopeInForce(role: Role, userScope: readonly ScopeRef[], tokenScope: readonly ScopeRef[]): ScopeRef[] | null {
  const user = scopeForRole(role, userScope);
  if (tokenScope.length === 0) return user;
  if (coversEverything(role)) return [...tokenScope];
  const held = new Set<string>(user);
  const cut = tokenScope.filter((ref) => held.has(ref));
  return cut.length === 0 ? null : cut;
}
