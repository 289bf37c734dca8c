import { describe, expect, it } from 'vitest';
import { allocate, type AllocationErrorCode, type AllocationRequest } from '../../../../src/domain/funding/index.ts';

const three = [{ id: 'a', measure: 1 }, { id: 'b', measure: 2 }, { id: 'c', measure: 3 }];

const refusal = (request: AllocationRequest): { code: AllocationErrorCode; message: string; recipient?: string } => {
  const result = allocate(request);
  if (result.ok) throw new Error('expected the request to be refused');
  return result.error;
};

describe('requests that cannot be allocated', () => {
  it('refuses an empty list of recipients', () => {
    expect(refusal({ totalPence: 100, formula: 'equal', recipients: [] })).toEqual({ code: 'no_recipients', message: 'There are no recipients: give at least one' });
  });

  it('refuses a negative measure, naming the recipient', () => {
    expect(refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 1 }, { id: 'b', measure: -2 }] })).toEqual({
      code: 'negative_measure',
      message: "b's measure is negative (-2): a measure must be 0 or more",
      recipient: 'b',
    });
  });

  it('refuses proportional shares when every measure is 0', () => {
    expect(refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 0 }, { id: 'b', measure: '0.00' }] }).code).toBe('zero_measures');
  });

  it('refuses a floor above a ceiling', () => {
    expect(refusal({ totalPence: 100, formula: 'equal', recipients: three, floorPence: 50, ceilingPence: 40 })).toMatchObject({
      code: 'floor_above_ceiling',
      message: "a's floor (£0.50) is above its ceiling (£0.40): lower the floor or raise the ceiling",
    });
  });

  it('refuses floors that add up to more than the total', () => {
    expect(refusal({ totalPence: 100_000, formula: 'equal', recipients: three, floorPence: 40_000 })).toEqual({
      code: 'floors_exceed_total',
      message: 'The floors add up to £1,200, more than the total of £1,000: lower the floors',
    });
  });

  it('refuses ceilings that add up to less than the total', () => {
    expect(refusal({ totalPence: 100_000, formula: 'equal', recipients: three, ceilingPence: 30_000 })).toEqual({
      code: 'ceilings_below_total',
      message: 'The ceilings add up to £900, less than the total of £1,000: raise the ceilings',
    });
  });

  it('refuses a base that the total cannot give everyone', () => {
    expect(refusal({ totalPence: 100, formula: 'base-plus', basePence: 34, recipients: three }).code).toBe('base_exceeds_total');
  });

  it('refuses a recipient listed twice, a missing measure and a measure that is not a number', () => {
    expect(refusal({ totalPence: 100, formula: 'equal', recipients: [{ id: 'a' }, { id: 'a' }] }).code).toBe('duplicate_recipient');
    expect(refusal({ totalPence: 100, formula: 'equal', recipients: [{ id: 'a' }, { id: ' ' }] }).code).toBe('blank_recipient');
    expect(refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 1 }, { id: 'b' }] })).toMatchObject({ code: 'missing_measure', recipient: 'b' });
    expect(refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 'lots' }] })).toMatchObject({ code: 'invalid_measure', message: 'a\'s measure "lots" is not a number' });
    expect(refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: Number.NaN }] }).code).toBe('invalid_measure');
  });

  it('refuses amounts that are not whole pence', () => {
    expect(refusal({ totalPence: 10.5, formula: 'equal', recipients: three }).code).toBe('invalid_amount');
    expect(refusal({ totalPence: -1, formula: 'equal', recipients: three }).code).toBe('invalid_amount');
    expect(refusal({ totalPence: 100, formula: 'equal', recipients: three, ceilingPence: 50.5 }).code).toBe('invalid_amount');
  });

  it('refuses when the money left after the bounds can only go to recipients with a measure of 0', () => {
    // a and b are capped at 10p each; c has measure 0, so the other 80p has nowhere to go by this formula.
    expect(
      refusal({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 1, ceilingPence: 10 }, { id: 'b', measure: 1, ceilingPence: 10 }, { id: 'c', measure: 0 }] }),
    ).toMatchObject({ code: 'unplaceable_remainder' });
  });

  it('still allocates when some, but not all, measures are 0: they get nothing, or their floor', () => {
    const result = allocate({ totalPence: 100, formula: 'proportional', recipients: [{ id: 'a', measure: 1 }, { id: 'b', measure: 0, floorPence: 5 }] });
    expect(result.ok && result.value.rows.map((r) => r.amountPence)).toEqual([95, 5]);
  });
});
