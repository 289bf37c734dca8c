import { addCounts, syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { count, decimalFrom, numberOrMissing, optionalText, wholeNumberFrom } from '../../values.ts';
import { writeIndicators } from '../indicators/write-indicators.ts';
import { checkDistrictsKnown, LSOA11_COUNT } from './check-districts.ts';
import { IOD2019_INDICATORS, iod2019IndicatorValues } from './deprivation-indicators.ts';
import { districtCode, lsoaCode } from './imd2015-lsoa.importer.ts';
import { summariseIod2019, type Iod2019Lsoa } from './summarise-deprivation.ts';

export const IOD2019_VINTAGE = 'IoD2019';

interface Iod2019Row extends Iod2019Lsoa {
  lsoa: string;
  idaciScore: number | null;
  lad19Code: string | null;
  lad19Name: string | null;
  districtName: string | null;
}

// The published score is the numerator ÷ children to 3 places; allow for that rounding.
const SCORE_TOLERANCE = 0.0005 + 1e-9;

/**
 * IoD 2019 by LSOA: population and children 0–15 (mid-2015), the IDACI numerator (blank where
 * suppressed), the approximate IDACI score, and the IMD 2019 rank and decile, with each LSOA's 2013–18
 * district, into `lsoa_deprivation` (vintage IoD2019); in the same transaction, the district summaries of
 * `summariseIod2019` into `area_indicators`. The numerator itself has no column there, so it is used for
 * the district rates and then dropped.
 */
export const iod2019LsoaImporter: Importer<Iod2019Row> = {
  kind: 'iod2019-lsoa',
  description: 'English Indices of Deprivation 2019: IMD and IDACI by LSOA, and district summaries',
  dependsOn: ['geography'],
  columns: {
    lsoa: { headers: ['lsoa11_code', 'lsoa_code'], parse: lsoaCode },
    lad19Code: { headers: ['lad19_code'], parse: optionalText, optional: true },
    lad19Name: { headers: ['lad19_name'], parse: optionalText, optional: true },
    district: { headers: ['lad13_code'], parse: districtCode },
    districtName: { headers: ['lad13_name'], parse: optionalText, optional: true },
    population: { headers: ['total_pop_mid2015'], parse: count },
    children: { headers: ['children_0_15_mid2015'], parse: count },
    idaciNumerator: { headers: ['idaci_numerator_rounded'], parse: numberOrMissing([''], count) },
    idaciScore: { headers: ['idaci_score_approx'], parse: numberOrMissing([''], decimalFrom(0, 1)) },
    imdRank: { headers: ['imd2019_rank'], parse: wholeNumberFrom(1, LSOA11_COUNT) },
    imdDecile: { headers: ['imd2019_decile'], parse: wholeNumberFrom(1, 10) },
  },
  key: (row) => row.lsoa,
  async check(rows, problems, { db }) {
    for (const { row, value } of rows) {
      const { children, population, idaciNumerator, idaciScore } = value;
      if (children > population) {
        problems.add({ row, column: 'children_0_15_mid2015', value: String(children), reason: `There are more children than people (${String(population)})` });
      }
      if ((idaciNumerator === null) !== (idaciScore === null)) {
        problems.add({
          row, column: 'idaci_score_approx', value: idaciScore === null ? '' : String(idaciScore),
          reason: 'The IDACI score and numerator must both be given, or both be blank where suppressed',
        });
      } else if (idaciNumerator !== null && idaciScore !== null) {
        if (idaciNumerator > children || children === 0) {
          problems.add({ row, column: 'idaci_numerator_rounded', value: String(idaciNumerator), reason: `The IDACI numerator cannot be more than the children (${String(children)})` });
        } else if (Math.abs(idaciScore - idaciNumerator / children) > SCORE_TOLERANCE) {
          problems.add({
            row, column: 'idaci_score_approx', value: String(idaciScore),
            reason: `The IDACI score should be the numerator ÷ children, ${(idaciNumerator / children).toFixed(3)}`,
          });
        }
      }
    }
    await checkDistrictsKnown(rows, problems, db, 'lad13_code');
  },
  async load(rows, { trx, dataSourceId }) {
    const lsoas = await syncRows(
      trx,
      'lsoa_deprivation',
      ['lsoa_code', 'vintage'],
      rows.map((r) => ({
        lsoa_code: r.lsoa,
        vintage: IOD2019_VINTAGE,
        district_code: r.district,
        imd_score: null,
        imd_rank: r.imdRank,
        imd_decile: r.imdDecile,
        idaci_score: r.idaciScore,
        population: r.population,
        children: r.children,
        data_source_id: dataSourceId,
      })),
      { ignoreInComparison: ['data_source_id'] },
    );
    const districts = await writeIndicators(trx, Object.values(IOD2019_INDICATORS), iod2019IndicatorValues(summariseIod2019(rows)), dataSourceId);
    return addCounts(lsoas, districts);
  },
};
