import { assertPence, type Pence } from '../../domain/shared/money.ts';

/** PostgreSQL returns BIGINT as a string and SQLite as a number; both become exact pence here. */
export function penceFromColumn(value: string | number | bigint): Pence {
  const pence = Number(value);
  assertPence(pence);
  return pence;
}
