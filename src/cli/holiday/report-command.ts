import { cellToCsv, cellToDisplay, cellToJson, valueCell, NOT_APPLICABLE, type Cell } from '../../domain/disclosure/index.ts';
import { publishHoliday, summariseHoliday, type HolidayFigures, type HolidayGrouping } from '../../domain/holiday/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export type HolidayReportFormat = 'table' | 'json' | 'csv';

/** The key column of each grouping, as JSON and CSV name it. */
const KEY_NAMES: Readonly<Record<HolidayGrouping, string>> = { club: 'club_id', school: 'urn', district: 'district_code', area: 'area_id', la: 'la_code' };
const COLUMNS = ['places_offered', 'places_taken', 'take_up', 'days_attended', 'pupils', 'fsm_pupils', 'fsm_share', 'days_per_pupil'] as const;
type ColumnName = (typeof COLUMNS)[number];

interface ReportRow {
  readonly key: string;
  readonly name: string;
  readonly cells: Readonly<Record<ColumnName, Cell>>;
}

/**
 * `oa holiday report --by club|school|district|area|la`: places offered against taken, pupils attending,
 * the FSM share of attendees and days attended per pupil (docs/methodology.md §18.4). With `--suppress`,
 * through disclosure control, for sharing with anyone without pupil-level rights.
 */
export async function runHolidayReport(io: CliIo, options: { by: HolidayGrouping; format: HolidayReportFormat; suppress: boolean; academicYear?: number }): Promise<void> {
  const input = await withServices(loadConfigOrThrow(io.env).database, (services) => services.holidayReportInput.readHolidayReportInput(options.by, options.academicYear));
  const nameOf = (key: string) => input.labels.get(key) ?? (options.by === 'school' ? 'Not in the school register' : key);
  let rows: ReportRow[];
  if (options.suppress) {
    const published = publishHoliday(input.clubs, input.bookings, options.by);
    if (published.unprotected > 0) throw new Error(`Disclosure control could not prove ${String(published.unprotected)} hidden figures safe: nothing is shown`);
    rows = published.rows.map((r) => ({
      key: r.key,
      name: nameOf(r.key),
      cells: {
        places_offered: r.placesOffered, places_taken: r.placesTaken, take_up: r.takeUp, days_attended: r.daysAttended,
        pupils: r.pupils, fsm_pupils: r.fsmPupils, fsm_share: r.fsmShare, days_per_pupil: r.daysPerPupil,
      },
    }));
  } else {
    rows = summariseHoliday(input.clubs, input.bookings, options.by).map((f) => ({ key: f.key, name: nameOf(f.key), cells: exactCells(f) }));
  }
  io.stdout(render(rows, options));
}

function exactCells(f: HolidayFigures): Record<ColumnName, Cell> {
  const cell = (v: number | null) => (v === null ? NOT_APPLICABLE : valueCell(v));
  return {
    places_offered: cell(f.placesOffered), places_taken: cell(f.placesTaken), take_up: cell(f.takeUp), days_attended: cell(f.daysAttended),
    pupils: cell(f.pupils), fsm_pupils: cell(f.fsmPupils), fsm_share: cell(f.fsmShare), days_per_pupil: cell(f.daysPerPupil),
  };
}

function render(rows: readonly ReportRow[], options: { by: HolidayGrouping; format: HolidayReportFormat; suppress: boolean }): string {
  const keyName = KEY_NAMES[options.by];
  const keyOf = (r: ReportRow) => (options.by === 'school' ? Number(r.key) : r.key);
  switch (options.format) {
    case 'json':
      // Exact figures as plain numbers (null where not applicable); suppressed ones as { value, symbol }.
      return `${JSON.stringify(
        rows.map((r) => ({ [keyName]: keyOf(r), name: r.name, ...Object.fromEntries(COLUMNS.map((c) => [c, options.suppress ? cellToJson(r.cells[c]) : plain(r.cells[c])])) })),
        null,
        2,
      )}\n`;
    case 'csv':
      return toCsv(
        [
          { header: keyName, value: (r: ReportRow) => keyOf(r) },
          { header: 'name', value: (r: ReportRow) => r.name },
          ...COLUMNS.map((c) => ({ header: c, value: (r: ReportRow) => (r.cells[c].kind === 'value' ? (r.cells[c] as { value: number }).value : cellToCsv(r.cells[c])) })),
        ],
        rows,
      );
    case 'table':
      return (
        formatTable([keyName, 'name', ...COLUMNS], rows.map((r) => [r.key === '' ? '-' : r.key, r.name, ...COLUMNS.map((c) => cellToDisplay(r.cells[c]))])) +
        'Places are pupil-days: offered = places a day × days offered; taken = booked. Shares are fractions of pupils attending.\n' +
        (options.suppress ? 'Disclosure control: counts below 5, and the figures that would reveal them, are shown as [c].\n' : '')
      );
  }
}

function plain(cell: Cell): number | null {
  return cell.kind === 'value' ? cell.value : null;
}
