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

export const text: CellParser<string> = (raw) => {
  const value = raw.trim();
  return value === '' ? bad('This value is blank, but it is required') : ok(value);
};

export const optionalText: CellParser<string | null> = (raw) => ok(raw.trim() === '' ? null : raw.trim());

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
    return parsed.ok ? ok({ value: parsed.value, code: null }) : bad(`${parsed.reason}, or one of the codes ${[...WITHHELD_CODES].filter((c) => c !== '').join(', ')}`);
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
