import type { Role, UserView } from '../../api/types.ts';
import type { FormErrors } from '../../components/form/form-errors.ts';

export type UserField = 'email' | 'name' | 'role' | 'scope';
export const USER_FIELDS: readonly UserField[] = ['email', 'name', 'role', 'scope'];
export const USER_LABELS: Readonly<Record<UserField, string>> = { email: 'Email address', name: 'Full name', role: 'Role', scope: 'What they can access' };

/** What each role's scope lists, as the server's SCOPE_KINDS (a test keeps them equal); null covers everything. */
export const SCOPE_KIND: Readonly<Record<Role, 'area' | 'hub' | 'school' | null>> = {
  admin: null,
  analyst: null,
  area_lead: 'area',
  hub_lead: 'hub',
  school: 'school',
  board_viewer: 'area',
};

/** The form as typed: the scope is kept per kind, so switching role and back loses nothing. */
export interface UserFormValues {
  readonly email: string;
  readonly name: string;
  readonly role: Role | '';
  readonly areas: readonly string[];
  readonly hub: string;
  readonly school: string;
}

export const EMPTY_USER_FORM: UserFormValues = { email: '', name: '', role: '', areas: [], hub: '', school: '' };

/** A user's record as the form's starting values. */
export function formValuesOf(user: UserView): UserFormValues {
  const ids = (kind: string) => user.scope.filter((ref) => ref.startsWith(`${kind}:`)).map((ref) => ref.slice(kind.length + 1));
  return { email: user.email, name: user.name ?? '', role: user.role, areas: ids('area'), hub: ids('hub')[0] ?? '', school: ids('school')[0] ?? '' };
}

/**
 * The role and scope the form asks for, or what is wrong, each against its field (all at once, for the
 * error summary). `withEmail` checks the email too (adding a user; it cannot be changed afterwards).
 */
export function readUserForm(values: UserFormValues, withEmail: boolean): { role: Role | null; scope: string[]; errors: FormErrors<UserField> } {
  const fields: Partial<Record<UserField, string>> = {};
  if (withEmail && values.email.trim() === '') fields.email = 'Enter their email address, like name@example.gov.uk';
  else if (withEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) fields.email = 'Enter an email address in the correct format, like name@example.gov.uk';
  if (values.name.trim().length > 200) fields.name = 'Full name must be 200 characters or fewer';
  const role = values.role === '' ? null : values.role;
  let scope: string[] = [];
  if (role === null) fields.role = 'Select the role they have';
  else {
    const kind = SCOPE_KIND[role];
    if (kind === 'area') {
      scope = values.areas.map((id) => `area:${id}`);
      if (scope.length === 0) fields.scope = 'Select at least one Opportunity Area';
    } else if (kind === 'hub') {
      scope = values.hub === '' ? [] : [`hub:${values.hub}`];
      if (scope.length === 0) fields.scope = 'Select the Research School';
    } else if (kind === 'school') {
      const urn = values.school.trim();
      if (/^\d{6}$/.test(urn)) scope = [`school:${urn}`];
      else fields.scope = 'Choose the school from the list, or enter its 6-digit URN, like 141257';
    }
  }
  return { role, scope, errors: { fields, form: null } };
}
