import { err, ok, type Result } from '../shared/result.ts';

/**
 * A year group from Reception to year 13, as a number (Reception is 0): tutoring reached primary and
 * secondary pupils alike. `R`, `Reception`, `Y4`, `Year 11`, `11` are accepted.
 */
export function parseTutoringYearGroup(raw: string): Result<number, string> {
  const text = raw.trim().toLowerCase();
  if (text === 'r' || text === 'reception' || text === 'yr') return ok(0);
  const match = /^(?:y(?:ear)?\s*)?(\d{1,2})$/.exec(text);
  const year = match === null ? NaN : Number(match[1]);
  return year >= 1 && year <= 13 ? ok(year) : err('A year group is R (Reception) or a year from 1 to 13, like 4 or Y9');
}

/** `yearGroupLabel(0)` → 'Reception'; `yearGroupLabel(9)` → 'Year 9'. */
export function yearGroupLabel(year: number): string {
  return year === 0 ? 'Reception' : `Year ${String(year)}`;
}
