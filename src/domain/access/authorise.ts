import { GRANTS, PERMISSION_DESCRIPTIONS, type Permission } from './permissions.ts';
import type { Role } from './roles.ts';
import { scopesOverlap, type ScopeRef } from './scope.ts';

/** Who is asking: a signed-in user (by session) or a script (by API token), with the scope in force. */
export interface Principal {
  readonly userId: number;
  readonly email: string;
  readonly role: Role;
  /** The scope in force: the user's own, or an API token's narrower one. */
  readonly scope: readonly ScopeRef[];
  /** How they proved it: a session cookie, an API token, or an operator acting for them at the command line. */
  readonly via: 'session' | 'token' | 'cli';
}

export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly status: 401 | 403; readonly code: 'sign_in_required' | 'forbidden'; readonly message: string };

/**
 * Whether `principal` may do what `permission` allows to a resource belonging to `resource` (the areas,
 * hubs or schools it is part of). See docs/methodology.md §5 (access).
 * `authorise(areaLeadForBlackpool, 'area:write', ['area:blackpool'])` → allowed;
 * the same for `['area:derby']` → 403.
 */
export function authorise(principal: Principal | null, permission: Permission, resource: readonly ScopeRef[] = []): Decision {
  const byRole = authoriseRole(principal, permission);
  if (!byRole.allowed || principal === null || permission === 'public' || permission === 'signed_in') return byRole;
  const grant = GRANTS[principal.role][permission];
  // A token may narrow even an "everywhere" role: an admin's token scoped to one area stays in that area.
  const limitedToScope = grant === 'in_scope' || (principal.via === 'token' && principal.scope.length > 0);
  if (limitedToScope && !scopesOverlap(principal.scope, resource)) {
    return { allowed: false, status: 403, code: 'forbidden', message: `You need ${PERMISSION_DESCRIPTIONS[permission]}. It is outside the areas and schools you can access.` };
  }
  return { allowed: true };
}

/**
 * Whether the caller's role holds `permission` anywhere at all: the check that can be made before the
 * resource is known (a route whose resource is named in the request body), so a role without it is
 * refused before anything it sent is read. `authorise` makes the full check.
 * `authoriseRole(boardViewer, 'area:write')` → 403; `authoriseRole(areaLead, 'area:write')` → allowed.
 */
export function authoriseRole(principal: Principal | null, permission: Permission): Decision {
  if (permission === 'public') return { allowed: true };
  if (principal === null) {
    return { allowed: false, status: 401, code: 'sign_in_required', message: 'Sign in to see this page.' };
  }
  if (permission === 'signed_in') return { allowed: true };
  if (GRANTS[principal.role][permission] === undefined) {
    return { allowed: false, status: 403, code: 'forbidden', message: `You need ${PERMISSION_DESCRIPTIONS[permission]}. Your role does not include it.` };
  }
  return { allowed: true };
}

/** Pupil-level figures are shown unsuppressed only to those allowed to read pupil records there. */
export function hasPupilLevelRights(principal: Principal | null, resource: readonly ScopeRef[]): boolean {
  return authorise(principal, 'pupil:read', resource).allowed;
}
