import { describe, expect, it } from 'vitest';
import { isBannerStale } from '../../web/src/components/page-notices.ts';
import { toAllocationRequest, type AllocationFormValues } from '../../web/src/pages/fund/allocation-form.ts';

describe('a success banner and a later error summary', () => {
  it('retires the banner once an error summary has appeared after it', () => {
    expect(isBannerStale(0, 0)).toBe(false);
    expect(isBannerStale(0, 1)).toBe(true);
    expect(isBannerStale(2, 2)).toBe(false);
  });
});

describe('the allocation form reports every problem at once', () => {
  const form = (recipients: string, formula: AllocationFormValues['formula'] = 'proportional'): AllocationFormValues => ({ formula, recipients, measureName: '', base: '', floor: '', ceiling: '' });

  it('lists each line of the recipients box that has a problem, with its line number', () => {
    const { errors, recipientProblems } = toAllocationRequest(form('blackpool,1200\nderby\n,40\nblackpool,12\noldham,lots\n\nhastings,-3'));
    expect(recipientProblems).toEqual([
      'Line 2: enter derby’s measure after a comma, like derby,1234',
      'Line 3: enter the recipient before the comma',
      'Line 4: blackpool is already on line 1; list each recipient once',
      'Line 5: oldham’s measure must be a number, 0 or more, like 1234, not “lots”',
      'Line 7: hastings’s measure must be a number, 0 or more, like 1234, not “-3”',
    ]);
    expect(errors.fields.recipients).toMatch(/^5 lines have problems: Line 2/);
  });

  it('needs no measures for equal shares, and finds nothing wrong with good lines', () => {
    expect(toAllocationRequest(form('blackpool\nderby', 'equal')).recipientProblems).toEqual([]);
    const good = toAllocationRequest(form('blackpool,1200\nderby,800.5'));
    expect(good.recipientProblems).toEqual([]);
    expect(good.body.recipients).toEqual([{ id: 'blackpool', measure: '1200' }, { id: 'derby', measure: '800.5' }]);
  });

  it('refuses a floor above the ceiling alongside the line problems', () => {
    const { errors, recipientProblems } = toAllocationRequest({ ...form('blackpool'), floor: '500', ceiling: '100' });
    expect(errors.fields.ceiling).toBe('The ceiling must be the same as or more than the floor');
    expect(recipientProblems).toHaveLength(1);
  });
});
