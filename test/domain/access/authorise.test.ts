import { describe, expect, it } from 'vitest';
import { authorise, hasPupilLevelRights, parseScopeRef, type Principal } from '../../../src/domain/access/index.ts';
import { changedFields } from '../../../src/domain/access/audit-entry.ts';
import { checkRoleScope, parseEmail } from '../../../src/domain/access/index.ts';

const person = (role: Principal['role'], scope: Principal['scope'] = [], via: Principal['via'] = 'session'): Principal => ({
  userId: 1,
  email: 'someone@example.gov.uk',
  role,
  scope,
  via,
});

describe('authorise', () => {
  it('lets anyone read public things and asks the anonymous to sign in for the rest', () => {
    expect(authorise(null, 'public')).toEqual({ allowed: true });
    expect(authorise(null, 'area:read', ['area:blackpool'])).toMatchObject({ allowed: false, status: 401, code: 'sign_in_required' });
  });

  it('lets an area lead write its own area but not another, and says why', () => {
    const lead = person('area_lead', ['area:blackpool']);
    expect(authorise(lead, 'area:write', ['area:blackpool']).allowed).toBe(true);
    expect(authorise(lead, 'area:write', ['area:derby'])).toEqual({
      allowed: false,
      status: 403,
      code: 'forbidden',
      message: 'You need edit access to this Opportunity Area. It is outside the areas and schools you can access.',
    });
  });

  it('keeps analysts and board viewers to aggregates: no pupil-level data, no writes', () => {
    expect(authorise(person('analyst'), 'aggregate:read', ['area:derby']).allowed).toBe(true);
    expect(authorise(person('analyst'), 'pupil:read', ['school:141257']).allowed).toBe(false);
    expect(authorise(person('board_viewer', ['area:blackpool']), 'area:write', ['area:blackpool']).allowed).toBe(false);
    expect(hasPupilLevelRights(person('board_viewer', ['area:blackpool']), ['area:blackpool'])).toBe(false);
  });

  it('gives a school user pupil-level rights for its own school only', () => {
    const school = person('school', ['school:141257']);
    expect(hasPupilLevelRights(school, ['school:141257', 'area:blackpool'])).toBe(true);
    expect(hasPupilLevelRights(school, ['school:138443'])).toBe(false);
  });

  it('lets a scoped token narrow even an admin', () => {
    const token = person('admin', ['area:blackpool'], 'token');
    expect(authorise(token, 'area:write', ['area:blackpool']).allowed).toBe(true);
    expect(authorise(token, 'area:write', ['area:derby']).allowed).toBe(false);
    expect(authorise(person('admin', [], 'token'), 'area:write', ['area:derby']).allowed).toBe(true);
  });

  it('reserves the audit log and user management for the national team', () => {
    for (const role of ['analyst', 'area_lead', 'hub_lead', 'school', 'board_viewer'] as const) {
      expect(authorise(person(role, ['area:blackpool']), 'audit:read').allowed).toBe(false);
      expect(authorise(person(role, ['area:blackpool']), 'users:manage').allowed).toBe(false);
    }
    expect(authorise(person('admin'), 'audit:read').allowed).toBe(true);
  });
});

describe('scopes, users and audit summaries', () => {
  it('parses scope references and rejects malformed ones', () => {
    expect(parseScopeRef('area:blackpool')).toEqual({ ok: true, value: 'area:blackpool' });
    expect(parseScopeRef('school:141257')).toEqual({ ok: true, value: 'school:141257' });
    expect(parseScopeRef('region:north')).toMatchObject({ ok: false });
    expect(parseScopeRef('area:Black Pool')).toMatchObject({ ok: false });
  });

  it('insists scoped roles have a scope and national roles have none', () => {
    expect(checkRoleScope('area_lead', []).ok).toBe(false);
    expect(checkRoleScope('admin', ['area:blackpool']).ok).toBe(false);
    expect(checkRoleScope('hub_lead', ['hub:blackpool-research-school']).ok).toBe(true);
  });

  it('normalises email addresses', () => {
    expect(parseEmail(' Jane.Smith@Education.GOV.uk ')).toEqual({ ok: true, value: 'jane.smith@education.gov.uk' });
    expect(parseEmail('not-an-email').ok).toBe(false);
  });

  it('summarises only the fields that changed', () => {
    expect(changedFields({ chair: 'A', source: 's' }, { chair: 'B', source: 's' })).toEqual({ chair: { before: 'A', after: 'B' } });
    expect(changedFields(null, { chair: 'B' })).toEqual({ chair: { before: null, after: 'B' } });
    expect(changedFields({ chair: 'A' }, { chair: 'A' })).toEqual({});
  });
});
