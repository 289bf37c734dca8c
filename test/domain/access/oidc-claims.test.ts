import { describe, expect, it } from 'vitest';
import { changeFromClaims, mapOidcClaims, oidcSubjectOf, type OidcIdentity } from '../../../src/domain/access/index.ts';

const NAMES = { role: 'oa_role', scope: 'oa_scope' };

describe('mapOidcClaims', () => {
  it('reads the scope claim as a list or as a space-separated string, sorted and without repeats', () => {
    const fromList = mapOidcClaims({ email: 'Lead@Example.gov.uk', email_verified: true, oa_role: 'area_lead', oa_scope: ['area:derby', 'area:blackpool', 'area:derby'] }, NAMES);
    expect(fromList).toEqual({ ok: true, value: { email: 'lead@example.gov.uk', emailVerified: true, role: 'area_lead', scope: ['area:blackpool', 'area:derby'] } });
    const fromString = mapOidcClaims({ email: 'lead@example.gov.uk', oa_role: 'area_lead', oa_scope: ' area:derby  area:blackpool ' }, NAMES);
    expect(fromString).toMatchObject({ ok: true, value: { emailVerified: false, scope: ['area:blackpool', 'area:derby'] } });
  });

  it('lets the roles that cover everything come without a scope claim', () => {
    expect(mapOidcClaims({ email: 'a@example.gov.uk', oa_role: 'admin' }, NAMES)).toMatchObject({ ok: true, value: { role: 'admin', scope: [] } });
  });

  it('names the claim at fault and says what it must be', () => {
    expect(mapOidcClaims({ oa_role: 'admin' }, NAMES)).toEqual({
      ok: false,
      error: 'The sign-in service sent no email claim: ask it to release the email claim (request the email scope)',
    });
    expect(mapOidcClaims({ email: 'a@example.gov.uk' }, { role: 'dfe_role', scope: 'dfe_scope' })).toEqual({
      ok: false,
      error: 'The sign-in service sent no dfe_role claim: ask it to release dfe_role with one of admin, analyst, area_lead, hub_lead, school, board_viewer',
    });
    expect(mapOidcClaims({ email: 'a@example.gov.uk', oa_role: 'area_lead', oa_scope: ['area:Black Pool'] }, NAMES)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The oa_scope claim has "area:Black Pool"/) as unknown,
    });
    expect(mapOidcClaims({ email: 'a@example.gov.uk', oa_role: 'analyst', oa_scope: 'area:blackpool' }, NAMES)).toEqual({
      ok: false,
      error: 'The oa_role and oa_scope claims do not fit together. The analyst role covers everything: give it no scope',
    });
    expect(mapOidcClaims({ email: 'a@example.gov.uk', oa_role: 'admin', oa_scope: 7 }, NAMES)).toMatchObject({ ok: false });
  });
});

describe('oidcSubjectOf', () => {
  it('keys a person by issuer and sub together, within the column size', () => {
    expect(oidcSubjectOf('https://signin.example.gov.uk', 'abc-123')).toEqual({ ok: true, value: 'https://signin.example.gov.uk abc-123' });
    expect(oidcSubjectOf('https://signin.example.gov.uk', 'x'.repeat(300)).ok).toBe(false);
    expect(oidcSubjectOf('https://signin.example.gov.uk', '').ok).toBe(false);
  });
});

describe('changeFromClaims', () => {
  const admin = { name: null, role: 'admin', scope: [], disabledAt: null } as const;
  const claims = (role: OidcIdentity['role'], scope: OidcIdentity['scope'] = []): OidcIdentity => ({ email: 'boss@example.gov.uk', emailVerified: true, role, scope });

  it('lets the claims move a person to another role while another active admin remains', () => {
    expect(changeFromClaims(admin, claims('analyst'), 2)).toEqual({ ok: true, value: { name: null, role: 'analyst', scope: [], disabled: false } });
    expect(changeFromClaims({ ...admin, role: 'area_lead', scope: ['area:blackpool'] }, claims('area_lead', ['area:derby']), 0)).toMatchObject({ ok: true, value: { scope: ['area:derby'] } });
  });

  it('refuses to take the national programme team role from its only active holder, saying how to recover', () => {
    const refused = changeFromClaims(admin, claims('area_lead', ['area:blackpool']), 1);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toContain('Your sign-in service now gives boss@example.gov.uk the area lead role, but this account is the only active national programme team user');
      expect(refused.error).toContain('oa users add --email EMAIL --role admin');
    }
  });
});
