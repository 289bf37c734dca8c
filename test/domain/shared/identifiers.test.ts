import { describe, expect, it } from 'vitest';
import { isSingleTierAuthority, parseGssCode } from '../../../src/domain/shared/gss-code.ts';
import { formatIsoDate, parseIsoDate } from '../../../src/domain/shared/iso-date.ts';
import { parseSlug } from '../../../src/domain/shared/slug.ts';
import { parseUrn } from '../../../src/domain/shared/urn.ts';
import { toCsv } from '../../../src/domain/shared/csv.ts';

describe('official identifiers', () => {
  it('accepts GSS codes and says what a good one looks like when it rejects one', () => {
    expect(parseGssCode(' e06000009 ')).toEqual({ ok: true, value: 'E06000009' });
    expect(parseGssCode('E0600009')).toEqual({ ok: false, error: '"E0600009" is not a GSS code: expected a letter and 8 digits, like E06000009' });
  });

  it('knows unitary, metropolitan and London authorities are single-tier but shire districts are not', () => {
    const code = (text: string) => {
      const parsed = parseGssCode(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value;
    };
    expect(isSingleTierAuthority(code('E06000009'))).toBe(true);
    expect(isSingleTierAuthority(code('E08000004'))).toBe(true);
    expect(isSingleTierAuthority(code('E09000001'))).toBe(true);
    expect(isSingleTierAuthority(code('E07000010'))).toBe(false);
  });

  it('accepts six-digit URNs only', () => {
    expect(parseUrn('141257')).toEqual({ ok: true, value: 141257 });
    expect(parseUrn('14125').ok).toBe(false);
  });

  it('keeps dates to the precision published and rejects impossible ones', () => {
    expect(parseIsoDate('2016-10').ok).toBe(true);
    expect(parseIsoDate('2017-02-29').ok).toBe(false);
    expect(parseIsoDate('2016-02-29').ok).toBe(true);
    expect(parseIsoDate('2017-13').ok).toBe(false);
    expect(formatIsoDate('2017-01-18')).toBe('18 January 2017');
    expect(formatIsoDate('2016-10')).toBe('October 2016');
  });

  it('accepts lower-case hyphenated identifiers only', () => {
    expect(parseSlug('north-yorkshire-coast').ok).toBe(true);
    expect(parseSlug('North Yorkshire').ok).toBe(false);
    expect(parseSlug('a--b').ok).toBe(false);
  });
});

describe('CSV downloads', () => {
  it('quotes commas, quotes and new lines and ends lines with CRLF', () => {
    const csv = toCsv([{ header: 'name', value: (r: { name: string }) => r.name }], [{ name: 'The Blue School, Wells' }, { name: 'say "hi"' }]);
    expect(csv).toBe('name\r\n"The Blue School, Wells"\r\n"say ""hi"""\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    const csv = toCsv([{ header: 'v', value: (r: { v: string | number }) => r.v }], [{ v: '=HYPERLINK("x")' }, { v: -5 }]);
    expect(csv).toBe('v\r\n"\'=HYPERLINK(""x"")"\r\n-5\r\n');
  });
});
