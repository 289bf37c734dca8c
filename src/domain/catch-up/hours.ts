import { err, ok, type Result } from '../shared/result.ts';

/** The most hours of tutoring one pupil can have on one day: more is a mistake in the export. */
export const MAX_HOURS_A_DAY = 40;

/**
 * Hours given to the half hour, as whole half hours: '1.5' → 3, '2' → 4, '0.5' → 1. Refuses a negative
 * number, anything not a multiple of half an hour ('1.25'), and text. School Census tutoring hours are
 * recorded to the nearest half hour, and so are ledger sessions, so sums stay exact.
 */
export function parseHalfHours(raw: string, least: number): Result<number, string> {
  const text = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return err('Hours must be a number, like 1 or 1.5');
  const hours = Number(text);
  if (hours < 0) return err('Hours cannot be negative');
  const halves = hours * 2;
  if (!Number.isInteger(halves)) return err('Hours are recorded to the half hour, like 1 or 1.5');
  if (halves < least) return err(least === 1 ? 'A session lasts at least half an hour' : `Hours must be at least ${String(least / 2)}`);
  if (!Number.isSafeInteger(halves)) return err('Hours are too large');
  return ok(halves);
}

/** `hoursOf(3)` → 1.5. */
export function hoursOf(halfHours: number): number {
  return halfHours / 2;
}
