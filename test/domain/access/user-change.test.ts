import { describe, expect, it } from 'vitest';
import { applyUserChange, parseUserName } from '../../../src/domain/access/index.ts';

const admin = { name: null, role: 'admin', scope: [], disabledAt: null } as const;

describe('changing a user', () => {
  it('keeps the last active admin: neither disabled nor given another role', () => {
    expect(applyUserChange(admin, { disabled: true }, 1)).toMatchObject({ ok: false, error: { code: 'last_admin', field: 'disabled' } });
    expect(applyUserChange(admin, { role: 'analyst' }, 1)).toMatchObject({ ok: false, error: { code: 'last_admin', field: 'role' } });
    expect(applyUserChange(admin, { role: 'analyst' }, 2)).toEqual({ ok: true, value: { name: null, role: 'analyst', scope: [], disabled: false } });
  });

  it('lets a disabled admin be changed whatever the count, and an admin keep their role while renamed', () => {
    expect(applyUserChange({ ...admin, disabledAt: '2020-01-01T00:00:00Z' }, { role: 'analyst' }, 1).ok).toBe(true);
    expect(applyUserChange(admin, { name: 'Ada' }, 1)).toEqual({ ok: true, value: { name: 'Ada', role: 'admin', scope: [], disabled: false } });
  });

  it('refuses a scope that does not suit the new role', () => {
    const school = { name: null, role: 'school', scope: ['school:141257'], disabledAt: null } as const;
    expect(applyUserChange(school, { role: 'area_lead' }, 1)).toMatchObject({ ok: false, error: { code: 'invalid_scope', field: 'scope' } });
    expect(applyUserChange(school, { role: 'area_lead', scope: ['area:blackpool'] }, 1).ok).toBe(true);
  });

  it('tidies a typed name and treats an empty one as none', () => {
    expect(parseUserName('  Ada   Lovelace ')).toEqual({ ok: true, value: 'Ada Lovelace' });
    expect(parseUserName(' ')).toEqual({ ok: true, value: null });
    expect(parseUserName('x'.repeat(201)).ok).toBe(false);
  });
});
