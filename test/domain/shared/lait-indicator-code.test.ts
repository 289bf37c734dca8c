import { describe, expect, it } from 'vitest';
import { laitIndicatorCode } from '../../../src/domain/shared/lait-indicator-code.ts';

describe('laitIndicatorCode', () => {
  it.each([
    ['KS2RWM_Expected_STD', 'lait_ks2rwm_expected_std'],
    ['%_of LAC Adopted', 'lait_pct_of_lac_adopted'],
    ['No_3&4yr_olds', 'lait_no_3_and_4yr_olds'],
    ['Hosp_Adm_Alc_<18yrs', 'lait_hosp_adm_alc_lt_18yrs'],
    ['KS1W_Expected _STD', 'lait_ks1w_expected_std'],
  ])('stores %s as %s', (measure, code) => {
    expect(laitIndicatorCode(measure)).toBe(code);
    expect(code).toMatch(/^[a-z0-9_]{1,80}$/);
  });
});
