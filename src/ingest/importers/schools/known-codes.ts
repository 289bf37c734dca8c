import type { Kysely } from 'kysely';
import { readColumns } from '../../../storage/read-columns.ts';
import type { Database } from '../../../storage/schema.ts';
import type { ProblemList } from '../../report.ts';
import { areaCodesHeld } from '../../../storage/repositories/lookups/exists.ts';

/** Every URN in `schools`, to check result files against the register. */
export async function knownUrns(db: Kysely<Database>): Promise<Set<number>> {
  const urns = new Set<number>();
  for (const [urn] of await readColumns(db, 'schools', ['urn'])) urns.add(Number(urn));
  return urns;
}

/** Every GSS code in `areas` (districts, education authorities, regions). */
export async function knownAreaCodes(db: Kysely<Database>): Promise<Set<string>> {
  return areaCodesHeld(db);
}

export const UNKNOWN_URN = 'There is no school with this URN: import the school register (schools) first';
export const UNKNOWN_AREA = 'There is no area with this GSS code: import the geography first, or correct the code';

/** Adds a problem for each row whose URN is not in `schools`. */
export function reportUnknownUrns<Row>(
  rows: readonly { row: number; value: Row }[],
  urnOf: (row: Row) => number | null,
  known: ReadonlySet<number>,
  problems: ProblemList,
  column: string,
): void {
  for (const { row, value } of rows) {
    const urn = urnOf(value);
    if (urn !== null && !known.has(urn)) problems.add({ row, column, value: String(urn), reason: UNKNOWN_URN });
  }
}
