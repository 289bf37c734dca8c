import { describe, expect, it } from 'vitest';
import { dateProblem, NO_DATE, partsOf, splitWholeDate, valueOf } from '../../web/src/components/form/date-parts.ts';

const typed = (day: string, month: string, year: string) => valueOf({ day, month, year });

describe('the GOV.UK date input’s three fields as one value', () => {
  it('holds a real date as ISO, accepting month names and leading zeros', () => {
    expect(typed('12', '1', '2018')).toBe('2018-01-12');
    expect(typed('05', '09', '2019')).toBe('2019-09-05');
    expect(typed('1', 'March', '2018')).toBe('2018-03-01');
    expect(typed('1', 'sept', '2018')).toBe('2018-09-01');
    expect(typed('29', 'feb', '2020')).toBe('2020-02-29');
    expect(typed('', '', '')).toBe('');
  });

  it('keeps what cannot be a date exactly as typed, and shows it back in the fields', () => {
    for (const parts of [{ day: '30', month: '2', year: '2018' }, { day: '', month: 'smarch', year: '2018' }, { day: '12', month: '13', year: '2018' }, { day: '1', month: '1', year: '18' }]) {
      const value = valueOf(parts);
      expect(value).not.toMatch(/^\d{4}-/);
      expect(partsOf(value)).toEqual(parts);
    }
  });

  it('shows an ISO value in the fields without leading zeros, and a month alone with the day blank', () => {
    expect(partsOf('2018-01-05')).toEqual({ day: '5', month: '1', year: '2018' });
    expect(partsOf('2017-07')).toEqual({ day: '', month: '7', year: '2017' });
    expect(partsOf('')).toEqual(NO_DATE);
  });

  it('spreads a whole UK date typed or pasted into one field across the three', () => {
    expect(splitWholeDate('12/01/2018')).toEqual({ day: '12', month: '1', year: '2018' });
    expect(splitWholeDate('12-1-2018')).toEqual({ day: '12', month: '1', year: '2018' });
    expect(splitWholeDate('12.01.2018')).toEqual({ day: '12', month: '1', year: '2018' });
    expect(splitWholeDate('12 January 2018')).toEqual({ day: '12', month: '1', year: '2018' });
    expect(splitWholeDate('2018-01-12')).toEqual({ day: '12', month: '1', year: '2018' });
    expect(splitWholeDate('12')).toBeNull();
    expect(splitWholeDate('12/Smarch/2018')).toBeNull();
  });
});

describe('what is wrong with a date, in the GOV.UK date input’s words', () => {
  const name = 'the date it was held';

  it('asks for a date not given, unless it is optional', () => {
    expect(dateProblem('', name)?.message).toBe('Enter the date it was held');
    expect(dateProblem('', name, { optional: true })).toBeNull();
  });

  it('names the parts left out', () => {
    expect(dateProblem(typed('', '1', '2018'), name)).toEqual({ message: 'The date it was held must include a day', parts: ['day'] });
    expect(dateProblem(typed('12', '', ''), name)).toEqual({ message: 'The date it was held must include a month and year', parts: ['month', 'year'] });
    expect(dateProblem(typed('', '', '2018'), name)?.message).toBe('The date it was held must include a day and month');
  });

  it('refuses a year without 4 numbers and a date that does not exist, marking the part at fault', () => {
    expect(dateProblem(typed('1', '1', '18'), name)).toEqual({ message: 'Year must include 4 numbers', parts: ['year'] });
    expect(dateProblem(typed('30', '2', '2018'), name)).toEqual({ message: 'The date it was held must be a real date', parts: ['day'] });
    expect(dateProblem(typed('12', '13', '2018'), name)).toEqual({ message: 'The date it was held must be a real date', parts: ['month'] });
    expect(dateProblem(typed('x', 'y', '2018'), name)?.parts).toEqual(['day', 'month']);
  });

  it('accepts a real date, and a month alone only where the form allows it', () => {
    expect(dateProblem(typed('12', '1', '2018'), name)).toBeNull();
    expect(dateProblem(typed('', '7', '2017'), 'the date the chair was named', { monthEnough: true })).toBeNull();
    expect(dateProblem(typed('', '13', '2017'), 'the date the chair was named', { monthEnough: true })).toEqual({ message: 'The date the chair was named must be a real date', parts: ['month'] });
  });
});
