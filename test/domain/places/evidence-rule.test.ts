import { describe, expect, it } from 'vitest';
import {
  checkEvidenceRule,
  DEFAULT_EVIDENCE_RULE,
  describeEvidence,
  rollUpWithEvidence,
  schoolKindOf,
  type EvidencedSchool,
} from '../../../src/domain/places/index.ts';

const mainstream = (roll: number | null, denominator: number | null, rate: number | null, areaCode = 'A'): EvidencedSchool => ({ areaCode, kind: 'mainstream', roll, denominator, rate });

describe('the evidence rule for district figures built from schools', () => {
  it('publishes a figure resting on 3 mainstream schools and at least half the pupils, weighted by pupils', () => {
    const [figure] = rollUpWithEvidence([mainstream(1000, 200, 40), mainstream(600, 100, 50), mainstream(400, 50, 60), mainstream(2000, null, null)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    // 2,000 of 4,000 pupils on roll are at schools with a figure: exactly half, enough.
    expect(figure?.basis).toEqual({ schools: 3, contributors: 3, pupilsCovered: 2000, phasePupils: 4000, phaseSchools: 4 });
    expect(figure?.sufficient).toBe(true);
    // (200 × 40 + 100 × 50 + 50 × 60) ÷ 350 = 16,000 ÷ 350.
    expect(figure?.value).toBeCloseTo(16000 / 350, 12);
    expect(figure?.denominator).toBe(350);
  });

  it('gives no value, never 0, when fewer than 3 mainstream schools have a figure however many pupils they hold', () => {
    const [figure] = rollUpWithEvidence([mainstream(1000, 200, 40), mainstream(900, 180, 50), mainstream(100, null, null)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(figure).toMatchObject({ value: null, sufficient: false, basis: { schools: 2, pupilsCovered: 1900, phasePupils: 2000, phaseSchools: 3 } });
  });

  it('publishes the figure of an area with fewer mainstream schools than the rule when every one of them has a figure', () => {
    // West Somerset's case: one secondary school, holding all of the district's KS4 pupils.
    const [one] = rollUpWithEvidence([mainstream(900, 150, 45)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(one).toMatchObject({ value: 45, sufficient: true, basis: { schools: 1, pupilsCovered: 900, phasePupils: 900, phaseSchools: 1 } });
    // Its one secondary school and a special school: the special school neither counts nor helps.
    const [withSpecial] = rollUpWithEvidence([mainstream(900, 150, 45), { areaCode: 'A', kind: 'special', roll: 80, denominator: 10, rate: 5 }], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(withSpecial).toMatchObject({ value: 45, sufficient: true });
    // Two schools, one without a figure: not the whole area, so no figure.
    const [half] = rollUpWithEvidence([mainstream(900, 150, 45), mainstream(100, null, null)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(half).toMatchObject({ value: null, sufficient: false });
  });

  it('gives no value when the schools with a figure hold less than half the pupils', () => {
    const [figure] = rollUpWithEvidence([mainstream(100, 20, 40), mainstream(100, 20, 50), mainstream(100, 20, 60), mainstream(301, null, null)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    // 300 of 601: 49.9%, just short.
    expect(figure).toMatchObject({ value: null, sufficient: false, basis: { schools: 3, pupilsCovered: 300, phasePupils: 601, phaseSchools: 4 } });
    expect(describeEvidence(figure?.basis ?? { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 }, DEFAULT_EVIDENCE_RULE)).toBe(
      '3 schools, 49% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)',
    );
  });

  it('leaves special schools and alternative provision out of attainment, figure and pupils alike, unless they are asked for', () => {
    // Rossendale's case: one special school with a figure of 1.0 and no mainstream school with one.
    const schools: EvidencedSchool[] = [
      { areaCode: 'E07000125', kind: 'special', roll: 181, denominator: 17, rate: 1 },
      { areaCode: 'E07000125', kind: 'alternative provision', roll: 40, denominator: 8, rate: 3 },
      mainstream(1200, null, null, 'E07000125'),
    ];
    const [mainstreamOnly] = rollUpWithEvidence(schools, DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(mainstreamOnly).toMatchObject({ value: null, basis: { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 1200, phaseSchools: 1 } });
    const [withSpecial] = rollUpWithEvidence(schools, { minSchools: 1, minPupilShare: 0 }, ['mainstream', 'special', 'alternative provision']);
    // Even with a lax share, a figure needs mainstream schools: special schools alone never carry one.
    expect(withSpecial).toMatchObject({ value: null, basis: { schools: 0, contributors: 2, pupilsCovered: 221, phasePupils: 1421, phaseSchools: 1 } });
    expect(describeEvidence(withSpecial?.basis ?? mainstreamOnly?.basis ?? { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 }, { minSchools: 1, minPupilShare: 0 })).toBe(
      '0 schools (and 2 special schools or alternative provision), 15% of pupils: not enough for a district figure (it needs at least 1 mainstream school and 0% of pupils)',
    );
  });

  it('gives every area asked for a basis, an area with none of the schools too, so its missing figure can be explained', () => {
    const figures = rollUpWithEvidence([{ areaCode: 'E07000215', kind: 'special', roll: 84, denominator: 19, rate: 30.2 }], DEFAULT_EVIDENCE_RULE, ['mainstream'], ['E07000215', 'E06000009']);
    expect(figures).toEqual([
      { areaCode: 'E07000215', value: null, denominator: 0, sufficient: false, basis: { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 } },
      { areaCode: 'E06000009', value: null, denominator: 0, sufficient: false, basis: { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 } },
    ]);
    expect(describeEvidence(figures[0]?.basis ?? { schools: 9, contributors: 9, pupilsCovered: 9, phasePupils: 9, phaseSchools: 9 }, DEFAULT_EVIDENCE_RULE)).toBe(
      'no school with a figure: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)',
    );
    expect(describeEvidence({ schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 1200, phaseSchools: 1 }, DEFAULT_EVIDENCE_RULE)).toBe(
      'no school with a figure, 0% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)',
    );
  });

  it('follows a rule that is given: 1 school and any share publishes what 3 and half would not', () => {
    const schools = [mainstream(500, 50, 30), mainstream(2000, null, null)];
    expect(rollUpWithEvidence(schools, DEFAULT_EVIDENCE_RULE, ['mainstream'])[0]?.value).toBeNull();
    expect(rollUpWithEvidence(schools, { minSchools: 1, minPupilShare: 0.2 }, ['mainstream'])[0]?.value).toBe(30);
  });

  it('cannot judge the share without pupils on roll, so publishes nothing', () => {
    const [figure] = rollUpWithEvidence([mainstream(null, 50, 30), mainstream(null, 60, 30), mainstream(null, 70, 30)], DEFAULT_EVIDENCE_RULE, ['mainstream']);
    expect(figure).toMatchObject({ value: null, basis: { schools: 3, phasePupils: 0 } });
    expect(describeEvidence(figure?.basis ?? { schools: 0, contributors: 0, pupilsCovered: 0, phasePupils: 0, phaseSchools: 0 }, DEFAULT_EVIDENCE_RULE, 'authority')).toBe(
      '3 schools, pupils on roll not known: not enough for an authority figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)',
    );
  });

  it('says what a published figure rests on', () => {
    expect(describeEvidence({ schools: 12, contributors: 14, pupilsCovered: 9_640, phasePupils: 10_000, phaseSchools: 13 }, DEFAULT_EVIDENCE_RULE)).toBe(
      '12 schools (and 2 special schools or alternative provision), 96% of pupils',
    );
  });

  it('refuses a rule that cannot be met or means nothing', () => {
    expect(checkEvidenceRule({ minSchools: 0, minPupilShare: 0.5 })).toEqual({ ok: false, error: ['Minimum schools must be a whole number from 1 to 1,000'] });
    expect(checkEvidenceRule({ minSchools: 2.5, minPupilShare: 1.5 })).toMatchObject({ ok: false, error: { length: 2 } });
    expect(checkEvidenceRule({ minSchools: 3, minPupilShare: 0.5 })).toEqual({ ok: true, value: { minSchools: 3, minPupilShare: 0.5 } });
  });
});

describe('the kind of a school', () => {
  it.each([
    ['Academy - Converter mainstream', 'Academy', 'mainstream'],
    ['Community school', 'Maintained School', 'mainstream'],
    ['University technical college', 'Academy', 'mainstream'],
    ['City technology college', 'Maintained School', 'mainstream'],
    ['Academy - Converter special school', 'Special School', 'special'],
    ['Non-maintained special school', 'Special School', 'special'],
    ['Academy special sponsor led', null, 'special'],
    ['Other independent special school', 'Special School', 'independent'],
    ['Other independent school', 'Independent School', 'independent'],
    ['Pupil referral unit', null, 'alternative provision'],
    ['Academy alternative provision converter', null, 'alternative provision'],
    ['Free schools alternative provision', null, 'alternative provision'],
    ['General further education college', 'College', 'college'],
    ['Specialist designated college', 'College', 'college'],
    ['Further education', null, 'college'],
  ] as const)('%s (%s) is %s', (schoolType, minorGroup, kind) => {
    expect(schoolKindOf({ schoolType, minorGroup })).toBe(kind);
  });
});
