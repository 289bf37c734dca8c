import { normalisePostcode } from '../domain/shared/postcode.ts';
import { FIELD_LIMITS, tooLongReason } from './field-limits.ts';

/**
 * Cell parsers for published files: each turns the text of one cell into a value or says, in a sentence a
 * user can act on, why it cannot. DfE files mark missing or withheld figures with codes (NA, SUPP, NE, …);
 * `nullableNumber` keeps those as null and returns the code so it can be kept apart from a true zero.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
export type CellParser<T> = (raw: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Codes DfE performance tables and census files use instead of a figure. */
export const WITHHELD_CODES = new Set(['NA', 'NE', 'NP', 'SUPP', 'LOWCOV', 'DNS', 'NEW', 'x', 'c', 'z', ':', '..', '']);

/** A name, address, label or source, up to FIELD_LIMITS.name characters; blank refused. */
export const text: CellParser<string> = (raw) => {
  const value = raw.trim();
  if (value === '') return bad('This value is blank, but it is required');
  return value.length > FIELD_LIMITS.name ? bad(tooLongReason(value.length, FIELD_LIMITS.name)) : ok(value);
};

/** Like `text`, with a blank cell read as null. */
export const optionalText: CellParser<string | null> = (raw) => (raw.trim() === '' ? ok(null) : text(raw));

export const urn: CellParser<number> = (raw) => {
  const value = raw.trim();
  return /^\d{6}$/.test(value) ? ok(Number(value)) : bad('A URN must be 6 digits, like 141257');
};

export const optionalUrn: CellParser<number | null> = (raw) => (raw.trim() === '' ? ok(null) : urn(raw));

export const gssCode: CellParser<string> = (raw) => {
  const value = raw.trim().toUpperCase();
  return /^[EWSNK]\d{8}$/.test(value) ? ok(value) : bad('A GSS code is a letter and 8 digits, like E06000009');
};

export const optionalGssCode: CellParser<string | null> = (raw) => (raw.trim() === '' ? ok(null) : gssCode(raw));

/** A whole number ≥ 0 (a count: pupils, schools). */
export const count: CellParser<number> = (raw) => {
  const value = raw.trim().replaceAll(',', '');
  if (!/^-?\d+$/.test(value)) return bad('Expected a whole number');
  const n = Number(value);
  if (n < 0) return bad('A count cannot be negative');
  return Number.isSafeInteger(n) ? ok(n) : bad('The number is too large');
};

/** A decimal number; percentages may carry a % sign, which is dropped (92% → 92). */
export const decimal: CellParser<number> = (raw) => {
  const value = raw.trim().replace(/%$/, '').replaceAll(',', '');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(value)) return bad('Expected a number');
  return ok(Number(value));
};

export interface MaybeNumber {
  readonly value: number | null;
  /** The code the file used instead of a figure (SUPP, NE, NA, …), or null when a figure was given. */
  readonly code: string | null;
}

/** A figure that may be withheld: a number, or one of the publisher's codes (kept, with value null). */
export function nullable(parser: CellParser<number>): CellParser<MaybeNumber> {
  return (raw) => {
    const value = raw.trim();
    if (WITHHELD_CODES.has(value)) return ok({ value: null, code: value === '' ? 'blank' : value });
    const parsed = parser(value);
    if (parsed.ok) return ok({ value: parsed.value, code: null });
    // A number out of range needs only its own reason; anything else may be a withheld-figure code mistyped.
    const numeric = /^[+-]?[\d.,]+%?$/.test(value);
    return bad(numeric ? parsed.reason : `${parsed.reason}, or a code for a withheld figure (${[...WITHHELD_CODES].filter((c) => c !== '').join(', ')})`);
  };
}

/** A percentage from 0 to 100 (with or without a % sign). */
export const percentage: CellParser<number> = (raw) => {
  const parsed = decimal(raw);
  if (!parsed.ok) return parsed;
  return parsed.value < 0 || parsed.value > 100 ? bad('A percentage must be from 0 to 100') : parsed;
};

/** Dates as DfE publishes them (dd-mm-yyyy or dd/mm/yyyy) or ISO (yyyy-mm-dd); blank allowed. */
export const optionalDate: CellParser<string | null> = (raw) => {
  const value = raw.trim();
  if (value === '') return ok(null);
  const dmy = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = dmy !== null ? [dmy[3], dmy[2], dmy[1]] : iso !== null ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return bad('Expected a date like 01-09-2017 or 2017-09-01');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return bad('This date does not exist');
  return ok(`${year}-${month}-${day}`);
}

export function oneOf<T extends string>(allowed: readonly T[]): CellParser<T> {
  return (raw) => {
    const value = raw.trim();
    return (allowed as readonly string[]).includes(value) ? ok(value as T) : bad(`Expected one of: ${allowed.join(', ')}`);
  };
}

/**
 * A GSS code of one of the given entities (its first three characters), e.g. `gssCodeOf(['E01'], 'An LSOA
 * code', 'E01000001')` for lower-layer super output areas.
 */
export function gssCodeOf(entities: readonly string[], what: string, example: string): CellParser<string> {
  return (raw) => {
    const parsed = gssCode(raw);
    if (!parsed.ok || !entities.includes(parsed.value.slice(0, 3))) {
      return bad(`${what} is a GSS code starting ${entities.join(', ')}, like ${example}`);
    }
    return parsed;
  };
}

/** A whole number from `min` to `max` (a rank, a decile). */
export function wholeNumberFrom(min: number, max: number): CellParser<number> {
  return (raw) => {
    const value = raw.trim().replaceAll(',', '');
    if (!/^-?\d+$/.test(value)) return bad(`Expected a whole number from ${String(min)} to ${String(max)}`);
    const n = Number(value);
    return n < min || n > max ? bad(`Expected a whole number from ${String(min)} to ${String(max)}`) : ok(n);
  };
}

/** A decimal number from `min` to `max`. */
export function decimalFrom(min: number, max: number): CellParser<number> {
  return (raw) => {
    const parsed = decimal(raw);
    if (!parsed.ok) return bad(`Expected a number from ${String(min)} to ${String(max)}`);
    return parsed.value < min || parsed.value > max ? bad(`Expected a number from ${String(min)} to ${String(max)}`) : parsed;
  };
}

/**
 * A figure, or one of `marks` standing for no figure (blank, `x` not available, `c` confidential, as ONS
 * files use them), which becomes null: `numberOrMissing(['', 'x', 'c'])('c')` → null.
 */
export function numberOrMissing(marks: readonly string[], parser: CellParser<number> = decimal): CellParser<number | null> {
  const named = marks.map((m) => (m === '' ? 'blank' : m));
  const listed = named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}` : (named[0] ?? '');
  return (raw) => {
    const value = raw.trim();
    if (marks.includes(value)) return ok(null);
    const parsed = parser(value);
    return parsed.ok ? parsed : bad(`${parsed.reason}, or ${listed}`);
  };
}

/**
 * A UK postcode, in capitals with one space before the last three characters: " ec3a5de" → "EC3A 5DE".
 * Checks the shape only (outward code, then a digit and two letters), not that the postcode exists.
 */
export const postcode: CellParser<string> = (raw) => {
  if (raw.trim() === '') return bad('This value is blank, but it is required');
  const normal = normalisePostcode(raw);
  return normal === null ? bad('Expected a postcode like EC3A 5DE') : ok(normal);
};

export const optionalPostcode: CellParser<string | null> = (raw) => (raw.trim() === '' ? ok(null) : postcode(raw));

/** A DfE local authority number: 3 digits, like 890 (Blackpool). Kept as text, as it is an identifier. */
export const laNumber: CellParser<string> = (raw) => {
  const value = raw.trim();
  return /^\d{3}$/.test(value) ? ok(value) : bad('A local authority number is 3 digits, like 890');
};

/** A DfE establishment number: the school's 4-digit number within its local authority, like 3614. */
export const establishmentNumber: CellParser<string> = (raw) => {
  const value = raw.trim();
  return /^\d{4}$/.test(value) ? ok(value) : bad('An establishment number is 4 digits, like 3614');
};

/** A yes/no flag published as 1 or 0 (DfE's ISPRIMARY, ISSECONDARY, …). */
export const zeroOrOne: CellParser<boolean> = (raw) => {
  const value = raw.trim();
  return value === '1' ? ok(true) : value === '0' ? ok(false) : bad('Expected 1 (yes) or 0 (no)');
};

/**
 * Like `optionalDate`, and also a spreadsheet serial day number of 5 digits (43700 = 2019-08-23), which is
 * how dates come out of an Excel file saved as CSV without formatting.
 */
export const optionalDateOrSerial: CellParser<string | null> = (raw) => {
  const value = raw.trim();
  if (!/^\d{5}$/.test(value)) {
    const parsed = optionalDate(value);
    // A date of the right shape that does not exist (31-02-2019) keeps its own reason.
    const dateShaped = /^(\d{2}[-/]\d{2}[-/]\d{4}|\d{4}-\d{2}-\d{2})$/.test(value);
    return parsed.ok || dateShaped ? parsed : bad('Expected a date like 01-09-2017 or 2017-09-01, or a spreadsheet day number like 43700');
  }
  // Day 1 of the 1900 date system is 1900-01-01, but it counts a 29 February 1900 that never was, so from
  // day 61 on (every 5-digit number) the serial is the number of days since 1899-12-30.
  return ok(new Date(Date.UTC(1899, 11, 30) + Number(value) * 86_400_000).toISOString().slice(0, 10));
};

/**
 * Like `nullable`, also accepting codes that one publication adds to the usual ones: KS4 destinations
 * print SP for a percentage that is above 0 but under 0.5.
 */
export function nullableWithCodes(parser: CellParser<number>, codes: readonly string[]): CellParser<MaybeNumber> {
  const base = nullable(parser);
  return (raw) => {
    const value = raw.trim();
    if (codes.includes(value)) return ok({ value: null, code: value });
    const parsed = base(value);
    if (parsed.ok || !parsed.reason.endsWith(')')) return parsed;
    return bad(`${parsed.reason.slice(0, -1)}, ${codes.join(', ')})`);
  };
}
