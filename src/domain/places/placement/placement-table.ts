import type { CsvColumn } from '../../shared/csv.ts';
import type { PlacedSchool } from './summarise-placement.ts';

/** The columns of a placement download: one row per school with its district and how it was found. */
export const PLACEMENT_COLUMNS: readonly CsvColumn<PlacedSchool>[] = [
  { header: 'urn', value: (s) => s.urn },
  { header: 'name', value: (s) => s.name },
  { header: 'phase', value: (s) => s.phase },
  { header: 'district_code', value: (s) => s.districtCode },
  { header: 'rule', value: (s) => s.rule },
  { header: 'confidence', value: (s) => s.confidence },
  { header: 'basis', value: (s) => s.basis },
  { header: 'note', value: (s) => s.note },
];
