import { cellToCsv, cellToJson, NOT_APPLICABLE, valueCell, type Cell } from '../../../domain/disclosure/index.ts';
import type { HolidayFigures, PublishedHolidayRow } from '../../../domain/holiday/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';

export const FIGURES = ['placesOffered', 'placesTaken', 'takeUp', 'daysAttended', 'pupils', 'fsmPupils', 'fsmShare', 'daysPerPupil'] as const;
export type Figure = (typeof FIGURES)[number];
/** One row of a holiday table, whoever reads it: exact figures as value cells, protected ones as published. */
export type HolidayRow = { readonly key: string; readonly name: string } & Readonly<Record<Figure, Cell>>;

const SNAKE: Readonly<Record<Figure, string>> = {
  placesOffered: 'places_offered', placesTaken: 'places_taken', takeUp: 'take_up', daysAttended: 'days_attended',
  pupils: 'pupils', fsmPupils: 'fsm_pupils', fsmShare: 'fsm_share', daysPerPupil: 'days_per_pupil',
};

/** The download's columns: the key under `keyHeader`, the name, then every figure (symbols as DfE files write them). */
export function holidayCsvColumns(keyHeader: string): CsvColumn<HolidayRow>[] {
  return [
    { header: keyHeader, value: (r) => r.key },
    { header: 'name', value: (r) => r.name },
    ...FIGURES.map((f) => ({ header: SNAKE[f], value: (r: HolidayRow) => (r[f].kind === 'value' ? (r[f] as { value: number }).value : cellToCsv(r[f])) })),
  ];
}

/** A row of exact figures, for readers with pupil-level rights. */
export function exactRow(f: HolidayFigures, name: string, options: { placesApply?: boolean } = {}): HolidayRow {
  const cell = (v: number | null) => (v === null ? NOT_APPLICABLE : valueCell(v));
  const places = options.placesApply ?? true;
  return {
    key: f.key, name, placesOffered: places ? cell(f.placesOffered) : NOT_APPLICABLE, placesTaken: cell(f.placesTaken), takeUp: places ? cell(f.takeUp) : NOT_APPLICABLE,
    daysAttended: cell(f.daysAttended), pupils: cell(f.pupils), fsmPupils: cell(f.fsmPupils), fsmShare: cell(f.fsmShare), daysPerPupil: cell(f.daysPerPupil),
  };
}

export function publishedRow(row: PublishedHolidayRow, name: string): HolidayRow {
  const { key, ...cells } = row;
  return { key, name, ...cells };
}

export function figuresJson(r: HolidayRow) {
  return {
    placesOffered: cellToJson(r.placesOffered), placesTaken: cellToJson(r.placesTaken), takeUp: cellToJson(r.takeUp), daysAttended: cellToJson(r.daysAttended),
    pupils: cellToJson(r.pupils), fsmPupils: cellToJson(r.fsmPupils), fsmShare: cellToJson(r.fsmShare), daysPerPupil: cellToJson(r.daysPerPupil),
  };
}
