import { describe, expect, it } from 'vitest';
import { ROLES, SCOPE_KINDS } from '../../src/domain/access/index.ts';
import { EMPTY_USER_FORM, formValuesOf, readUserForm, SCOPE_KIND } from '../../web/src/pages/users/user-form.ts';

describe('the add and change user forms', () => {
  it('ask for the scope the server’s role table asks for', () => {
    for (const role of ROLES) expect(SCOPE_KIND[role] === null ? [] : [SCOPE_KIND[role]], role).toEqual(SCOPE_KINDS[role]);
  });

  it('list every problem at once: email, role, then the scope the role needs', () => {
    expect(readUserForm(EMPTY_USER_FORM, true).errors.fields).toEqual({ email: 'Enter their email address, like name@example.gov.uk', role: 'Select the role they have' });
    expect(readUserForm({ ...EMPTY_USER_FORM, email: 'x', role: 'school', school: 'St Mary' }, true).errors.fields).toEqual({
      email: 'Enter an email address in the correct format, like name@example.gov.uk',
      scope: 'Choose the school from the list, or enter its 6-digit URN, like 141257',
    });
    expect(readUserForm({ ...EMPTY_USER_FORM, role: 'board_viewer' }, false).errors.fields).toEqual({ scope: 'Select at least one Opportunity Area' });
  });

  it('send only the scope of the chosen role, whatever was picked for another role before', () => {
    const values = { ...EMPTY_USER_FORM, email: 'a@b.gov.uk', role: 'area_lead' as const, areas: ['blackpool', 'derby'], school: '141257' };
    expect(readUserForm(values, true)).toMatchObject({ role: 'area_lead', scope: ['area:blackpool', 'area:derby'] });
    expect(readUserForm({ ...values, role: 'school' }, true)).toMatchObject({ role: 'school', scope: ['school:141257'] });
    expect(readUserForm({ ...values, role: 'analyst' }, true)).toMatchObject({ role: 'analyst', scope: [] });
  });

  it('start from the user’s record', () => {
    const user = { id: 3, email: 'h@s.sch.uk', name: null, role: 'school' as const, scope: ['school:141257'], isDemo: false, createdAt: '', disabledAt: null };
    expect(formValuesOf(user)).toEqual({ email: 'h@s.sch.uk', name: '', role: 'school', areas: [], hub: '', school: '141257' });
  });
});
