import type { Transaction } from 'kysely';
import { execute } from '../../bulk-insert.ts';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';

/** Holds other writers of holiday attendance off until the transaction ends (PostgreSQL; SQLite has one writer). */
export async function lockHoliday(trx: Transaction<Database>): Promise<void> {
  const lock = capabilitiesOf(trx).lockAgainstWriters('holiday_attendance');
  if (lock !== null) await execute(trx, lock);
}

/** Splits a list into slices small enough for an `in (…)` list on both engines. */
export function slices<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
