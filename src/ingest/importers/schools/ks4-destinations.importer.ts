import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import type { ColumnSpec, ColumnSpecs } from '../../map-columns.ts';
import { count, nullable, nullableWithCodes, oneOf, optionalText, optionalUrn, percentage, type MaybeNumber } from '../../values.ts';
import { withMarkers } from './figures.ts';
import { knownUrns, reportUnknownUrns } from './known-codes.ts';

/**
 * The destinations file published with the 2018/19 performance tables follows pupils who finished key
 * stage 4 in 2016/17 into 2017/18, the year its destinations are measured in and the period they are
 * stored under. Earlier cohorts sit in columns suffixed by their tables' year (_18 for 2017/18, _17): the
 * file is recognised as this vintage by its COHORT_18 column, and a file of another year (with COHORT_19)
 * is refused as missing it, rather than loaded under the wrong period.
 */
export const DESTINATIONS_PERIOD = '2017/18';
const PREVIOUS_COHORT_COLUMN = 'COHORT_18';

/** Pupil groups and the suffix of their columns: all pupils, disadvantaged, and the rest. */
const GROUPS = { all: '', disadvantaged: '_DIS', other: '_NONDIS' } as const;
type Group = keyof typeof GROUPS;

/** Table column → the file's column (before the group suffix). */
const MEASURES = {
  cohort: 'COHORT',
  pct_sustained: 'OVERALL_DESTPER',
  pct_education: 'EDUCATIONPER',
  pct_apprenticeship: 'APPRENPER',
  pct_employment: 'EMPLOYMENTPER',
  pct_not_sustained: 'NOT_SUSTAINEDPER',
  pct_unknown: 'UNKNOWNPER',
} as const;
type Measure = keyof typeof MEASURES;

/** School rows are RECTYPE 1 (mainstream) and 2 (special); LA and NAT rows are totals, skipped. */
const RECORD_TYPES = ['1', '2', 'LA', 'NAT'] as const;
const SCHOOL_RECORDS: readonly string[] = ['1', '2'];

type Figures = Record<`${Group}.${Measure}`, MaybeNumber>;

interface DestinationRow extends Figures {
  recordType: (typeof RECORD_TYPES)[number];
  la: string | null;
  urn: number | null;
  previousCohort: MaybeNumber;
}

// SP: a percentage above 0 but under 0.5 (every SP in the file is a count of 1 in 200 or fewer).
const percent = nullableWithCodes(percentage, ['SP']);

const figureColumns = Object.fromEntries(
  (Object.keys(GROUPS) as Group[]).flatMap((group) =>
    (Object.keys(MEASURES) as Measure[]).map((measure): [string, ColumnSpec<MaybeNumber>] => [
      `${group}.${measure}`,
      { headers: [`${MEASURES[measure]}${GROUPS[group]}`], parse: measure === 'cohort' ? nullable(count) : percent },
    ]),
  ),
) as ColumnSpecs<Figures>;

/**
 * KS4 destinations by school: the share of the cohort in a sustained destination (education,
 * apprenticeship, employment), not sustained, or unknown, for all pupils and split into disadvantaged and
 * other pupils, three rows per school. Percentages are as published (whole numbers, % dropped).
 */
export const ks4DestinationsImporter: Importer<DestinationRow> = {
  kind: 'ks4-destinations',
  description: 'Key stage 4 destinations by school',
  dependsOn: ['schools'],
  columns: {
    recordType: { headers: ['RECTYPE'], parse: oneOf(RECORD_TYPES) },
    la: { headers: ['LEA'], parse: optionalText },
    urn: { headers: ['URN'], parse: optionalUrn },
    previousCohort: { headers: [PREVIOUS_COHORT_COLUMN], parse: nullable(count) },
    ...figureColumns,
  },
  key: (row) => (row.urn === null ? `RECTYPE ${row.recordType} LEA ${row.la ?? ''}` : String(row.urn)),
  async check(rows, problems, { db }) {
    for (const { row, value } of rows) {
      if (SCHOOL_RECORDS.includes(value.recordType) && value.urn === null) {
        problems.add({ row, column: 'URN', value: '', reason: 'A school row (RECTYPE 1 or 2) needs the school’s URN' });
      }
    }
    reportUnknownUrns(rows, (r) => (SCHOOL_RECORDS.includes(r.recordType) ? r.urn : null), await knownUrns(db), problems, 'URN');
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'ks4_destinations',
      ['urn', 'period', 'pupil_group'],
      rows.flatMap((r) => {
        const { urn } = r;
        if (urn === null || !SCHOOL_RECORDS.includes(r.recordType)) return [];
        return (Object.keys(GROUPS) as Group[]).map((group) => ({
          urn,
          period: DESTINATIONS_PERIOD,
          pupil_group: group,
          ...withMarkers(Object.fromEntries((Object.keys(MEASURES) as Measure[]).map((m) => [m, r[`${group}.${m}`]])) as Record<Measure, MaybeNumber>),
          data_source_id: dataSourceId,
        }));
      }),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
