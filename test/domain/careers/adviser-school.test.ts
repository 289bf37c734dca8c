import { describe, expect, it } from 'vitest';
import { needsEnterpriseAdviser } from '../../../src/domain/careers/index.ts';

const school = (phase: string, minorGroup: string | null, schoolType: string | null) => ({ phase, minorGroup, schoolType });

describe('which schools should have an Enterprise Adviser', () => {
  it('takes state-funded secondary and all-through schools, special schools among them', () => {
    expect(needsEnterpriseAdviser(school('secondary', 'Academy', 'Academy sponsor led mainstream'))).toBe(true);
    expect(needsEnterpriseAdviser(school('secondary', 'Maintained School', 'Community school'))).toBe(true);
    expect(needsEnterpriseAdviser(school('secondary', 'Academy', 'University technical college'))).toBe(true);
    expect(needsEnterpriseAdviser(school('all-through', 'Special School', 'Community special school'))).toBe(true);
  });

  it('takes further education and sixth form colleges, whatever phase the register gives them', () => {
    expect(needsEnterpriseAdviser(school('16 plus', 'College', 'Sixth form college'))).toBe(true);
    expect(needsEnterpriseAdviser(school('secondary', 'College', 'General further education college'))).toBe(true);
    expect(needsEnterpriseAdviser(school('16 plus', 'College', 'Specialist designated college'))).toBe(true);
  });

  it('leaves out independent and non-maintained special schools, other departments’ colleges, and primary and middle schools', () => {
    expect(needsEnterpriseAdviser(school('secondary', 'Independent School', 'Other independent school'))).toBe(false);
    expect(needsEnterpriseAdviser(school('all-through', 'Special School', 'Other independent special school'))).toBe(false);
    expect(needsEnterpriseAdviser(school('all-through', 'Special School', 'Non-maintained special school'))).toBe(false);
    expect(needsEnterpriseAdviser(school('16 plus', 'College', 'Institution funded by other government department'))).toBe(false);
    expect(needsEnterpriseAdviser(school('secondary', 'n/a', 'Service childrens education'))).toBe(false);
    expect(needsEnterpriseAdviser(school('primary', 'Academy', 'Academy converter'))).toBe(false);
    expect(needsEnterpriseAdviser(school('middle', 'Maintained School', 'Community school'))).toBe(false);
  });
});
