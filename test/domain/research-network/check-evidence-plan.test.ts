import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEvidencePlan, MAX_COST_PER_PUPIL_PENCE, MAX_PLAN_COST_PENCE } from '../../../src/domain/research-network/index.ts';

/** The EEF's cost scale, in the `shared` folder beside the repository (never copied into it). */
const COST_SCALE = fileURLToPath(new URL('../../../../shared/data/eef-toolkit/eef_cost_scale.csv', import.meta.url));
const haveScale = existsSync(COST_SCALE);
if (!haveScale) console.warn(`Evidence plan limit against the EEF cost scale skipped: no shared data beside the repository (expected ${COST_SCALE}).`);

describe('checkEvidencePlan (finding 5)', () => {
  it('accepts a plan within the limits', () => {
    expect(checkEvidencePlan({ targetPupils: 30, costPerPupilPence: 5_000 }, { pupilsOnRoll: 900 })).toEqual([]);
    expect(checkEvidencePlan({ targetPupils: 900, costPerPupilPence: 111_111 }, { pupilsOnRoll: 900 })).toEqual([]);
  });

  it('finding 5: refuses the £1bn plan the old limits allowed, field by field', () => {
    expect(checkEvidencePlan({ targetPupils: 10_000, costPerPupilPence: 10_000_000 }, { pupilsOnRoll: 1_200, censusPeriod: '2018/19' })).toEqual([
      { field: 'targetPupils', message: 'Enter at most 1,200 pupils: the school had 1,200 pupils on roll in the 2018/19 census' },
      { field: 'costPerPupilPence', message: 'Enter a cost per pupil of £5,000 or less: the Toolkit’s dearest approaches start at £1,200 per pupil a year' },
    ]);
  });

  it('bounds the whole plan at £1,000,000 where the roll is unknown', () => {
    expect(checkEvidencePlan({ targetPupils: 5_000, costPerPupilPence: 20_001 }, { pupilsOnRoll: null })).toEqual([
      { field: 'costPerPupilPence', message: 'The plan would cost £1,000,050 (pupils × cost per pupil): a plan can cost at most £1,000,000. Check the number of pupils and the cost per pupil' },
    ]);
    expect(checkEvidencePlan({ targetPupils: 5_000, costPerPupilPence: 20_000 }, { pupilsOnRoll: null })).toEqual([]);
    expect(MAX_PLAN_COST_PENCE).toBe(100_000_000);
  });

  it.skipIf(!haveScale)('sets the cost per pupil limit above where the published Toolkit’s dearest band begins', () => {
    const veryHigh = readFileSync(COST_SCALE, 'utf8').split(/\r?\n/).find((line) => line.startsWith('5,'));
    expect(veryHigh).toContain('Over £1,200');
    expect(MAX_COST_PER_PUPIL_PENCE).toBeGreaterThan(120_000);
  });
});
