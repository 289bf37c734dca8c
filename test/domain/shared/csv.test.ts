import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/shared/csv.ts';

const one = (value: string | number | null) => toCsv([{ header: 'v', value: (r: { v: string | number | null }) => r.v }], [{ v: value }]).split('\r\n')[1];

describe('CSV cells (methodology §3)', () => {
  it('writes a negative number as it is, whether given as a number or as the text of one', () => {
    // `oa careers report --suppress --format csv` wrote negative gaps as '-1.7: a number is never a formula.
    expect(one(-1.7)).toBe('-1.7');
    expect(one('-1.7')).toBe('-1.7');
    expect(one('-12')).toBe('-12');
  });

  it('still guards text a spreadsheet would run as a formula, including text that only starts like a number', () => {
    expect(one('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(one('-1+2')).toBe("'-1+2");
    expect(one('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(one('@cmd')).toBe("'@cmd");
    expect(one('-')).toBe("'-");
  });

  it('quotes what needs quoting and leaves the rest', () => {
    expect(one('St Mary\'s, Blackpool')).toBe('"St Mary\'s, Blackpool"');
    expect(one('say "hi"')).toBe('"say ""hi"""');
    expect(one(null)).toBe('');
    expect(one('c')).toBe('c');
  });
});
