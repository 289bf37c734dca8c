import { checkRoleScope, parseEmail, parseScopeRef, parseUserName, type AuditActor, type Role, type ScopeRef, type User } from '../../domain/access/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { appError, type AppError } from '../errors.ts';
import { checkPasswordStrength, generatePassword, hashPassword } from './password.ts';

/**
 * Adding, changing, disabling and re-enabling users: the one set of rules `oa users` and the web app's user
 * pages share. Problems come back together, each with the field at fault, so a form can list every one.
 */
/** What adding and changing users reads and writes. */
export type UserServices = Pick<Services, 'users' | 'userChanges'>;

export interface UserProblem {
  /** `invalid` (fix the input), `duplicate_email`, `unknown_scope`, `last_admin` (conflicts), `not_found`. */
  readonly code: 'invalid' | 'duplicate_email' | 'unknown_scope' | 'last_admin' | 'not_found';
  readonly field: 'email' | 'name' | 'role' | 'scope' | 'password' | 'disabled' | null;
  readonly message: string;
}

/**
 * A refused change as one application error, as the form needs it: `not_found`; a conflict with what is stored
 * (`duplicate_email`, `last_admin`) with the fields at fault; otherwise input to fix (`unknown_scope` when a
 * scope names nothing, else `invalid_request`). The message joins every problem's.
 */
export function userProblemsError(problems: readonly UserProblem[]): AppError {
  const fields = problems.flatMap((p) => (p.field === null ? [] : [{ field: p.field, message: p.message }]));
  const message = problems.map((p) => p.message).join('; ');
  const first = problems[0]?.code ?? 'invalid';
  if (first === 'not_found') return appError('not_found', message);
  if (first === 'duplicate_email' || first === 'last_admin') return appError(first, message, fields);
  return appError(problems.some((p) => p.code === 'unknown_scope') ? 'unknown_scope' : 'invalid_request', message, fields);
}

export interface AddUserInput {
  readonly email: string;
  readonly name?: string | null;
  readonly role: Role;
  readonly scope: readonly string[];
  /** A password chosen by the operator; otherwise one is generated and returned once. */
  readonly password?: string;
}

export interface AddedUser {
  readonly user: User;
  /** The generated password, to show once; null when the operator chose one. */
  readonly oneTimePassword: string | null;
}

export interface ChangeUserInput {
  readonly name?: string | null;
  readonly role?: Role;
  readonly scope?: readonly string[];
  readonly disabled?: boolean;
}

/** Adds a user: a valid email not taken, a scope of the role's kind naming things the service holds. */
export async function addUser(services: UserServices, input: AddUserInput, actor: AuditActor, now: () => Date): Promise<Result<AddedUser, UserProblem[]>> {
  const problems: UserProblem[] = [];
  const email = parseEmail(input.email);
  if (!email.ok) problems.push({ code: 'invalid', field: 'email', message: email.error });
  const name = parseUserName(input.name);
  if (!name.ok) problems.push({ code: 'invalid', field: 'name', message: name.error });
  const password = input.password ?? generatePassword();
  const weakness = checkPasswordStrength(password);
  if (weakness !== null) problems.push({ code: 'invalid', field: 'password', message: weakness });
  const scope = await checkScope(services, input.role, input.scope, [], problems);
  if (!email.ok || !name.ok || scope === null || problems.length > 0) return err(problems);
  const user = await services.users.createUser({ email: email.value, name: name.value, role: input.role, scope, passwordHash: await hashPassword(password) }, actor, now);
  if (user === null) return err([{ code: 'duplicate_email', field: 'email', message: `A user with the email ${email.value} already exists` }]);
  return ok({ user, oneTimePassword: input.password === undefined ? password : null });
}

/**
 * Changes a user's name, role, scope or whether they may sign in; disabling ends their sessions and
 * revokes their tokens. Refuses to leave the service without an active admin.
 */
export async function changeUserAccess(services: UserServices, id: number, input: ChangeUserInput, actor: AuditActor, now: () => Date): Promise<Result<User, UserProblem[]>> {
  const current = await services.users.findUserById(id);
  if (current === null) return err([{ code: 'not_found', field: null, message: `There is no user with the id ${String(id)}` }]);
  const problems: UserProblem[] = [];
  const name = input.name === undefined ? ok(undefined) : parseUserName(input.name);
  if (!name.ok) problems.push({ code: 'invalid', field: 'name', message: name.error });
  const scope = input.role === undefined && input.scope === undefined ? current.scope : await checkScope(services, input.role ?? current.role, input.scope ?? current.scope, current.scope, problems);
  if (!name.ok || scope === null || problems.length > 0) return err(problems);
  const changed = await services.userChanges.changeUser(
    id,
    { ...(name.value === undefined ? {} : { name: name.value }), ...(input.role === undefined ? {} : { role: input.role }), scope, ...(input.disabled === undefined ? {} : { disabled: input.disabled }) },
    actor,
    now,
  );
  if (changed.ok) return ok(changed.value);
  const problem = changed.error;
  if (problem.code === 'not_found') return err([{ code: 'not_found', field: null, message: problem.message }]);
  return err([{ code: problem.code === 'last_admin' ? 'last_admin' : 'invalid', field: problem.field, message: problem.message }]);
}

/**
 * Parses the scope and checks it suits the role and names things that exist. Entries the user holds
 * already are not looked up again, so a school that has left the register does not block other changes.
 */
async function checkScope(services: UserServices, role: Role, input: readonly string[], held: readonly ScopeRef[], problems: UserProblem[]): Promise<ScopeRef[] | null> {
  const scope: ScopeRef[] = [];
  for (const value of input) {
    const parsed = parseScopeRef(value);
    if (parsed.ok) {
      if (!scope.includes(parsed.value)) scope.push(parsed.value);
    } else problems.push({ code: 'invalid', field: 'scope', message: parsed.error });
  }
  if (problems.some((p) => p.field === 'scope')) return null;
  const fits = checkRoleScope(role, scope);
  if (!fits.ok) {
    problems.push({ code: 'invalid', field: 'scope', message: fits.error });
    return null;
  }
  const heldAlready = new Set<string>(held);
  const unknown = await services.userChanges.unknownScopeRefs(scope.filter((ref) => !heldAlready.has(ref)));
  for (const ref of unknown) problems.push({ code: 'unknown_scope', field: 'scope', message: unknownScopeMessage(ref) });
  return unknown.length > 0 ? null : scope;
}

function unknownScopeMessage(ref: ScopeRef): string {
  const [kind, id] = ref.split(':');
  if (kind === 'area') return `There is no Opportunity Area with the identifier “${id ?? ''}”`;
  if (kind === 'hub') return `There is no Research School hub with the identifier “${id ?? ''}”`;
  return `There is no school with the URN ${id ?? ''} in the school register: choose one from the register (load it with oa import if it is empty)`;
}
