import { InvalidArgumentError } from 'commander';
import type { CliIo } from './io.ts';

/** How many rows a list command prints unless `--limit` says otherwise. */
export const DEFAULT_LIST_LIMIT = 200;

/** Parses `--limit`: a whole number from 1 to 100,000. */
export function parseListLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('--limit must be a whole number from 1 to 100000.');
  return n;
}

/**
 * Says that a list was cut at its limit: "Showing 200 of 1,234 users (--limit to see more)." Written to standard
 * error, so a JSON list on standard output stays whole JSON; nothing when every row was shown.
 */
export function noteShown(io: CliIo, shown: number, total: number, noun: string): void {
  if (shown >= total) return;
  io.stderr(`Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${noun} (--limit to see more).\n`);
}
