import { err, ok, type Result } from '../shared/result.ts';
import { checkRoleScope } from './role-scope.ts';
import type { Role } from './roles.ts';
import type { ScopeRef } from './scope.ts';
import type { User } from './user.ts';

/** What an admin may change about a user: their name, role and scope, and whether they may sign in. */
export interface UserChange {
  readonly name?: string | null;
  readonly role?: Role;
  readonly scope?: readonly ScopeRef[];
  readonly disabled?: boolean;
}

/** Why a change to a user is refused, with the field at fault for a form's error summary. */
export interface UserChangeProblem {
  readonly code: 'invalid_scope' | 'last_admin';
  readonly field: 'role' | 'scope' | 'disabled';
  readonly message: string;
}

/** A user as the change leaves them. */
export interface ChangedUser {
  readonly name: string | null;
  readonly role: Role;
  readonly scope: readonly ScopeRef[];
  readonly disabled: boolean;
}

/**
 * Applies a change to a user and checks the result: the scope must suit the role (`checkRoleScope`), and
 * the service must keep at least one active admin, or nobody could manage users from the web app again
 * (only the command line could recover). `activeAdmins` counts the active admins now, this user included.
 * `applyUserChange(admin, { role: 'analyst', scope: [] }, 1)` → err last_admin.
 */
export function applyUserChange(
  user: Pick<User, 'name' | 'role' | 'scope' | 'disabledAt'>,
  change: UserChange,
  activeAdmins: number,
): Result<ChangedUser, UserChangeProblem> {
  const role = change.role ?? user.role;
  // A new role without a scope keeps the old scope only where it still suits; checkRoleScope says what is missing.
  const scope = change.scope ?? user.scope;
  const after: ChangedUser = { name: change.name === undefined ? user.name : change.name, role, scope, disabled: change.disabled ?? user.disabledAt !== null };
  const fits = checkRoleScope(role, scope);
  if (!fits.ok) return err({ code: 'invalid_scope', field: 'scope', message: fits.error });
  const wasActiveAdmin = user.role === 'admin' && user.disabledAt === null;
  const staysActiveAdmin = after.role === 'admin' && !after.disabled;
  if (wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) {
    return err(
      after.disabled
        ? { code: 'last_admin', field: 'disabled', message: 'This is the only active user with the national programme team role: add another before disabling this one' }
        : { code: 'last_admin', field: 'role', message: 'This is the only active user with the national programme team role: add another before changing this one’s role' },
    );
  }
  return ok(after);
}

/**
 * A person's name as typed: trimmed, inner spaces collapsed, empty as none, at most 200 characters.
 * `parseUserName('  Ada  Lovelace ')` → ok('Ada Lovelace'); `parseUserName('')` → ok(null).
 */
export function parseUserName(input: string | null | undefined): Result<string | null, string> {
  const name = (input ?? '').trim().replace(/\s+/g, ' ');
  if (name === '') return ok(null);
  if (name.length > 200) return err('Name must be 200 characters or fewer');
  return ok(name);
}
