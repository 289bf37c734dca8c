import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import { ENGLAND, ENGLISH_REGIONS } from '../geography/english-regions.ts';
import { areaCodesHeld, educationLaNumbers } from '../../../storage/repositories/lookups/exists.ts';

/**
 * DfE's numbers for England and its regions in LAIT (970, 980–990), by region name as ONS gives it.
 * 987 (Inner London) and 988 (Outer London) are DfE groupings with no region code, so they are not here.
 */
const DFE_AREA_NUMBERS: Readonly<Record<string, string>> = {
  '970': ENGLAND.code,
  ...Object.fromEntries(
    (
      [
        ['980', 'North East'],
        ['981', 'North West'],
        ['982', 'Yorkshire and The Humber'],
        ['983', 'East Midlands'],
        ['984', 'West Midlands'],
        ['985', 'East of England'],
        ['986', 'London'],
        ['989', 'South East'],
        ['990', 'South West'],
      ] as const
    ).map(([number, name]) => [number, ENGLISH_REGIONS.find((r) => r.name === name)?.code ?? '']),
  ),
};

/** Where a LAIT LA number leads: the area's GSS code, or why its rows are left out. */
export type LaitArea = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/**
 * Maps LAIT's LA numbers to the areas this installation holds: England and the regions by DfE's fixed
 * numbers, authorities through `education_la_numbers` (loaded with the education authorities). A number
 * with no area (Inner and Outer London; an authority created after the LA list, such as Cumberland) is
 * left out with the reason.
 */
export async function readLaitAreas(db: Kysely<Database> | Transaction<Database>): Promise<{ readonly known: number; readonly areaOf: (laNumber: string) => LaitArea }> {
  const [numbers, held] = await Promise.all([educationLaNumbers(db), areaCodesHeld(db)]);
  const byNumber = new Map<string, string>([...numbers.map((n) => [n.la_number, n.area_code] as const), ...Object.entries(DFE_AREA_NUMBERS)]);
  return {
    known: numbers.length,
    areaOf(laNumber) {
      const code = byNumber.get(laNumber);
      if (code === undefined) {
        return { ok: false, reason: laNumber === '987' || laNumber === '988' ? 'Inner and Outer London are DfE groupings, not areas with a GSS code' : 'the LA number is not in the list of education authorities loaded' };
      }
      return held.has(code) ? { ok: true, code } : { ok: false, reason: `its area ${code} is not loaded` };
    },
  };
}
