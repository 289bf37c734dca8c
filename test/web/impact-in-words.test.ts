import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/api-error.ts';
import { impactInWords, impactUnavailable } from '../../web/src/pages/area/impact-in-words.ts';

describe('an impact estimate in plain words', () => {
  it('says how far above or below the comparison, with the interval and true minus signs', () => {
    expect(impactInWords(4.04, [-1.2, 9.28], 'pts')).toBe('about 4.0 points higher than its comparison, 95% interval −1.2 to 9.3');
    expect(impactInWords(-2.56, [-5, -0.04], '%')).toBe('about 2.6 percentage points lower than its comparison, 95% interval −5.0 to 0.0');
    expect(impactInWords(1, null, '% achieving expected level')).toBe('about 1.0 percentage points higher than its comparison, no interval could be worked out');
  });

  it('says how to load the LA time series when the store has none, and the reason otherwise', () => {
    expect(impactUnavailable(new ApiError(404, 'unknown-measure', 'There is no indicator KS2RWM_Expected_STD'))).toMatch(/^No estimate yet: the LA time series .* oa import lait-bds/);
    expect(impactUnavailable(new ApiError(400, 'no-pre-periods', 'No period before 2017'))).toBe('No estimate: No period before 2017.');
    expect(impactUnavailable(new Error('network'))).toBe('The estimate could not be loaded.');
  });
});
