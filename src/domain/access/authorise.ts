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
  readonly via: 'session' | 'token';
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
  if (permission === 'public') return { allowed: true };
  if (principal === null) {
    return { allowed: false, status: 401, code: 'sign_in_required', message: 'Sign in to see this page.' };
  }
  if (permission === 'signed_in') return { allowed: true };
  const grant = GRANTS[principal.role][permission];
  const needed = PERMISSION_DESCRIPTIONS[permission];
  if (grant === undefined) {
    return { allowed: false, status: 403, code: 'forbidden', message: `You need ${needed}. Your role does not include it.` };
  }
  // A token may narrow even an "everywhere" role: an admin's token scoped to one area stays in that area.
  const limitedToScope = grant === 'in_scope' || (principal.via === 'token' && principal.scope.length > 0);
  if (limitedToScope && !scopesOverlap(principal.scope, resource)) {
    return { allowed: false, status: 403, code: 'forbidden', message: `You need ${needed}. It is outside the areas and schools you can access.` };
  }
  return { allowed: true };
}

/** Pupil-level figures are shown unsuppressed only to those allowed to read pupil records there. */
export function hasPupilLevelRights(principal: Principal | null, resource: readonly ScopeRef[]): boolean {
  return authorise(principal, 'pupil:read', resource).allowed;
}
