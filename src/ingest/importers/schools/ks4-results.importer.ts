import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { count, decimal, nullable, oneOf, optionalText, optionalUrn, percentage, type MaybeNumber } from '../../values.ts';
import { academicYearFromFileName, academicYearFromFileNameOrThrow, yearMissingFromFileName } from './academic-year.ts';
import { withMarkers } from './figures.ts';
import { knownUrns, reportUnknownUrns } from './known-codes.ts';

/**
 * The file's record types. 1 and 2 are schools (mainstream and special) and are loaded; 4 (a local
 * authority), 5 (England, all schools) and 7 (England, state-funded) are totals, skipped.
 */
const RECORD_TYPES = ['1', '2', '4', '5', '7'] as const;
const SCHOOL_RECORDS: readonly string[] = ['1', '2'];

interface Ks4Row {
  recordType: (typeof RECORD_TYPES)[number];
  la: string | null;
  urn: number | null;
  pupils: MaybeNumber;
  attainment8: MaybeNumber;
  progress8: MaybeNumber;
  progress8Lower: MaybeNumber;
  progress8Upper: MaybeNumber;
  pctBasics94: MaybeNumber;
  pctBasics95: MaybeNumber;
  ebaccAps: MaybeNumber;
}

const score = nullable(decimal);

/**
 * Key stage 4 (GCSE) results by school: Attainment 8, Progress 8 with its confidence interval, English and
 * maths at grade 4+ and 5+, EBacc average point score. The file does not say its year, so the period comes
 * from the file's name (`…_2019_…` → exams in summer 2019 → 2018/19); a name without one year is a problem.
 * School rows (RECTYPE 1 and 2) must have a URN in `schools`; total rows (RECTYPE 4, 5, 7) are skipped,
 * so counted in rows but neither inserted nor updated (157 in the 2019 provisional file).
 */
export const ks4ResultsImporter: Importer<Ks4Row> = {
  kind: 'ks4-results',
  description: 'Key stage 4 results by school',
  dependsOn: ['schools'],
  columns: {
    recordType: { headers: ['RECTYPE'], parse: oneOf(RECORD_TYPES) },
    la: { headers: ['LEA'], parse: optionalText },
    urn: { headers: ['URN'], parse: optionalUrn },
    pupils: { headers: ['TPUP'], parse: nullable(count) },
    attainment8: { headers: ['ATT8SCR'], parse: score },
    progress8: { headers: ['P8MEA'], parse: score },
    progress8Lower: { headers: ['P8CILOW'], parse: score },
    progress8Upper: { headers: ['P8CIUPP'], parse: score },
    pctBasics94: { headers: ['PTL2BASICS_94'], parse: nullable(percentage) },
    pctBasics95: { headers: ['PTL2BASICS_95'], parse: nullable(percentage) },
    ebaccAps: { headers: ['EBACCAPS'], parse: score },
  },
  key: (row) => (row.urn === null ? `RECTYPE ${row.recordType} LEA ${row.la ?? ''}` : String(row.urn)),
  async check(rows, problems, { db, file }) {
    if (academicYearFromFileName(file) === null) problems.add({ row: null, column: null, value: file, reason: yearMissingFromFileName('ks4_2019.csv') });
    for (const { row, value } of rows) {
      if (SCHOOL_RECORDS.includes(value.recordType) && value.urn === null) {
        problems.add({ row, column: 'URN', value: '', reason: 'A school row (RECTYPE 1 or 2) needs the school’s URN' });
      }
    }
    reportUnknownUrns(rows, (r) => (SCHOOL_RECORDS.includes(r.recordType) ? r.urn : null), await knownUrns(db), problems, 'URN');
  },
  load(rows, { trx, dataSourceId, file }) {
    const period = academicYearFromFileNameOrThrow(file);
    return syncRows(
      trx,
      'ks4_results',
      ['urn', 'period'],
      rows.flatMap((r) =>
        r.urn === null || !SCHOOL_RECORDS.includes(r.recordType)
          ? []
          : [
              {
                urn: r.urn,
                period,
                ...withMarkers({
                  pupils: r.pupils,
                  attainment8: r.attainment8,
                  progress8: r.progress8,
                  progress8_lower: r.progress8Lower,
                  progress8_upper: r.progress8Upper,
                  pct_basics_94: r.pctBasics94,
                  pct_basics_95: r.pctBasics95,
                  ebacc_aps: r.ebaccAps,
                }),
                data_source_id: dataSourceId,
              },
            ],
      ),
      { ignoreInComparison: ['data_source_id'] },
    );
  },
};
