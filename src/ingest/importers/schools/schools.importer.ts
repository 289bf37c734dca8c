import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import type { Importer } from '../../importer.ts';
import { oneOf, optionalText, zeroOrOne } from '../../values.ts';
import { derivePhase } from './school-phase.ts';
import { REGISTER_COLUMNS, registerColumnsOf, type RegisterFields } from './school-register-columns.ts';
import { ICLOSE_STATUS } from './school-status.ts';
import { syncSchools } from './sync-schools.ts';

interface SpineRow extends RegisterFields {
  iclose: '1' | '2' | '3';
  minorGroup: string | null;
  isPrimary: boolean;
  isSecondary: boolean;
  isPost16: boolean;
}

/**
 * The DfE performance-tables school information spine: every school in the tables, open and closed.
 * Status is from ICLOSE (see school-status.ts), phase from the ISPRIMARY/ISSECONDARY/ISPOST16 flags and
 * the age range (see school-phase.ts). Coordinates come from `postcodes` by postcode (see sync-schools.ts);
 * the district is placed afterwards by the rules of docs/methodology.md §6.8 (`placeSchoolsAfterLoad`).
 * Not kept: LAESTAB (LA and ESTAB joined), ISNEW and OTHERURN.
 */
export const schoolsImporter: Importer<SpineRow> = {
  kind: 'schools',
  description: 'DfE school information spine (performance tables)',
  dependsOn: ['postcodes', 'geography'],
  columns: {
    ...REGISTER_COLUMNS,
    iclose: { headers: ['ICLOSE'], parse: oneOf(['1', '2', '3'] as const) },
    minorGroup: { headers: ['MINORGROUP'], parse: optionalText },
    isPrimary: { headers: ['ISPRIMARY'], parse: zeroOrOne },
    isSecondary: { headers: ['ISSECONDARY'], parse: zeroOrOne },
    isPost16: { headers: ['ISPOST16'], parse: zeroOrOne },
  },
  key: (row) => String(row.urn),
  load: (rows, context) =>
    syncSchools(
      rows.map((row) =>
        Object.assign(registerColumnsOf(row), {
          status: ICLOSE_STATUS[row.iclose],
          minor_group: row.minorGroup,
          phase: derivePhase({ primary: row.isPrimary, secondary: row.isSecondary, post16: row.isPost16, ageLow: row.ageLow, ageHigh: row.ageHigh }),
        }),
      ),
      context,
    ),
  afterLoad: placeSchoolsAfterLoad,
};
