import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { count, decimal, nullable, percentage, urn, wholeNumberFrom, type MaybeNumber } from '../../values.ts';
import { academicYearEndingIn } from './academic-year.ts';
import { withMarkers } from './figures.ts';
import { knownUrns, reportUnknownUrns } from './known-codes.ts';

interface Ks2Row {
  urn: number;
  /** The calendar year of the tests, e.g. 2018 for the academic year 2017/18. */
  year: number;
  pupils: MaybeNumber;
  pctRwmExpected: MaybeNumber;
  pctRwmHigher: MaybeNumber;
  readingProgress: MaybeNumber;
  writingProgress: MaybeNumber;
  mathsProgress: MaybeNumber;
  readingScore: MaybeNumber;
  mathsScore: MaybeNumber;
}

/**
 * Key stage 2 (end of primary) results by school, in the column names of the summary file (KS2 Pupils,
 * Reading Progress, Overall Meet Std, …). The period comes from its Academic Year column: tests taken in
 * 2018 are 2017/18. Withheld figures (SUPP, LOWCOV, blank) are null with their code in `markers`.
 * "Overall" is reading, writing and maths together (RWM).
 */
export const ks2ResultsImporter: Importer<Ks2Row> = {
  kind: 'ks2-results',
  description: 'Key stage 2 results by school',
  dependsOn: ['schools'],
  columns: {
    urn: { headers: ['URN'], parse: urn },
    year: { headers: ['Academic Year'], parse: wholeNumberFrom(2000, 2099) },
    pupils: { headers: ['KS2 Pupils'], parse: nullable(count) },
    pctRwmExpected: { headers: ['Overall Meet Std'], parse: nullable(percentage) },
    pctRwmHigher: { headers: ['Overall Exceed Std'], parse: nullable(percentage) },
    readingProgress: { headers: ['Reading Progress'], parse: nullable(decimal) },
    writingProgress: { headers: ['Writing Progress'], parse: nullable(decimal) },
    mathsProgress: { headers: ['Maths Progress'], parse: nullable(decimal) },
    readingScore: { headers: ['Reading Score'], parse: nullable(decimal) },
    mathsScore: { headers: ['Maths Score'], parse: nullable(decimal) },
  },
  key: (row) => `${String(row.urn)} ${String(row.year)}`,
  async check(rows, problems, { db }) {
    reportUnknownUrns(rows, (r) => r.urn, await knownUrns(db), problems, 'URN');
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'ks2_results',
      ['urn', 'period'],
      rows.map((r) => ({
        urn: r.urn,
        period: academicYearEndingIn(r.year),
        ...withMarkers({
          pupils: r.pupils,
          pct_rwm_expected: r.pctRwmExpected,
          pct_rwm_higher: r.pctRwmHigher,
          reading_progress: r.readingProgress,
          writing_progress: r.writingProgress,
          maths_progress: r.mathsProgress,
          reading_score: r.readingScore,
          maths_score: r.mathsScore,
        }),
        data_source_id: dataSourceId,
      })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
