import { describe, expect, it } from 'vitest';
import { authoriseRole, checkRoleScope, mapOidcClaims, ROLES, SCOPE_KINDS, scopeForRole, tokenScopeInForce, type Principal } from '../../../src/domain/access/index.ts';

const person = (role: Principal['role']): Principal => ({ userId: 1, email: 'someone@example.gov.uk', role, scope: [], via: 'session' });

describe('checkRoleScope (finding 7)', () => {
  it('accepts each role with a scope of its own kind, and the roles that cover everything with none', () => {
    expect(checkRoleScope('admin', [])).toEqual({ ok: true, value: true });
    expect(checkRoleScope('analyst', [])).toEqual({ ok: true, value: true });
    expect(checkRoleScope('area_lead', ['area:blackpool', 'area:derby']).ok).toBe(true);
    expect(checkRoleScope('board_viewer', ['area:blackpool']).ok).toBe(true);
    expect(checkRoleScope('hub_lead', ['hub:blackpool-research-school']).ok).toBe(true);
    expect(checkRoleScope('school', ['school:141257', 'school:140001']).ok).toBe(true);
  });

  it('finding 7: refuses a scope of another kind, which would widen the role (a school user over a whole area)', () => {
    expect(checkRoleScope('school', ['area:blackpool'])).toEqual({
      ok: false,
      error: 'The school role’s scope can only list school:<URN>, so area:blackpool does not fit: give the user a role that covers it, or a scope of the right kind',
    });
    expect(checkRoleScope('school', ['school:141257', 'hub:blackpool-research-school']).ok).toBe(false);
    expect(checkRoleScope('hub_lead', ['area:blackpool']).ok).toBe(false);
    expect(checkRoleScope('board_viewer', ['school:141257']).ok).toBe(false);
    expect(checkRoleScope('area_lead', ['hub:derby-research-school']).ok).toBe(false);
    expect(checkRoleScope('school', [])).toEqual({ ok: false, error: 'The school role needs a scope: at least one school:<URN>' });
    expect(checkRoleScope('admin', ['area:blackpool'])).toEqual({ ok: false, error: 'The admin role covers everything: give it no scope' });
  });

  it('finding 7: refuses the same in OIDC claims, naming both claims', () => {
    expect(mapOidcClaims({ email: 'a@example.gov.uk', oa_role: 'school', oa_scope: 'area:blackpool' }, { role: 'oa_role', scope: 'oa_scope' })).toEqual({
      ok: false,
      error: 'The oa_role and oa_scope claims do not fit together. The school role’s scope can only list school:<URN>, so area:blackpool does not fit: give the user a role that covers it, or a scope of the right kind',
    });
  });

  it('has a kind of scope for every role, and none for those that cover everything', () => {
    expect(Object.keys(SCOPE_KINDS).sort()).toEqual([...ROLES].sort());
    expect(SCOPE_KINDS.admin).toEqual([]);
    expect(SCOPE_KINDS.analyst).toEqual([]);
  });
});

describe('scopeForRole', () => {
  it('keeps only the entries that suit the role, so a scope stored before the check is not obeyed beyond it', () => {
    expect(scopeForRole('school', ['school:141257', 'area:blackpool'])).toEqual(['school:141257']);
    expect(scopeForRole('area_lead', ['area:blackpool', 'school:141257', 'hub:x'])).toEqual(['area:blackpool']);
    expect(scopeForRole('admin', ['area:blackpool'])).toEqual([]);
  });
});

describe('tokenScopeInForce (finding 6)', () => {
  it('cuts a narrowed token to what its user holds now, and leaves nothing when none of it is held', () => {
    expect(tokenScopeInForce('area_lead', ['area:blackpool', 'area:derby'], ['area:derby'])).toEqual(['area:derby']);
    expect(tokenScopeInForce('area_lead', ['area:blackpool'], ['area:blackpool', 'area:derby'])).toEqual(['area:blackpool']);
    expect(tokenScopeInForce('area_lead', ['area:blackpool'], ['area:derby'])).toBeNull();
    // The user became a school user: an area token of theirs reaches nothing.
    expect(tokenScopeInForce('school', ['school:141257'], ['area:blackpool'])).toBeNull();
  });

  it('gives a token without a scope of its own its user’s scope, and keeps an everywhere role’s narrowing', () => {
    expect(tokenScopeInForce('school', ['school:141257', 'area:blackpool'], [])).toEqual(['school:141257']);
    expect(tokenScopeInForce('admin', [], ['area:blackpool'])).toEqual(['area:blackpool']);
    expect(tokenScopeInForce('analyst', [], [])).toEqual([]);
  });
});

describe('authoriseRole', () => {
  it('refuses a role that does not hold the permission anywhere, before any resource is known', () => {
    expect(authoriseRole(person('board_viewer'), 'area:write')).toMatchObject({ allowed: false, status: 403, code: 'forbidden' });
    expect(authoriseRole(person('area_lead'), 'area:write')).toEqual({ allowed: true });
    expect(authoriseRole(null, 'area:write')).toMatchObject({ allowed: false, status: 401 });
    expect(authoriseRole(null, 'public')).toEqual({ allowed: true });
    expect(authoriseRole(person('school'), 'pupil:transfer')).toMatchObject({ allowed: false, status: 403 });
    expect(authoriseRole(person('area_lead'), 'pupil:transfer')).toEqual({ allowed: true });
  });
});
