import { addCounts, syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { decimalFrom, gssCodeOf, optionalText, wholeNumberFrom } from '../../values.ts';
import { writeIndicators } from '../indicators/write-indicators.ts';
import { checkDistrictsKnown, LSOA11_COUNT } from './check-districts.ts';
import { IMD2015_INDICATORS, imd2015IndicatorValues } from './deprivation-indicators.ts';
import { summariseImd2015, type Imd2015Lsoa } from './summarise-deprivation.ts';

export const IMD2015_VINTAGE = 'IMD2015';

interface Imd2015Row extends Imd2015Lsoa {
  lsoa: string;
  lsoaName: string | null;
}

export const lsoaCode = gssCodeOf(['E01'], 'An LSOA code', 'E01000001');
export const districtCode = gssCodeOf(['E06', 'E07', 'E08', 'E09'], 'A district code', 'E07000010');

/**
 * IMD 2015 by LSOA (score, national rank, decile) with each LSOA's 2013–18 district, into
 * `lsoa_deprivation` (vintage IMD2015); in the same transaction, the district summaries of
 * `summariseImd2015` into `area_indicators` (period 2015), with their definitions in `indicators`.
 */
export const imd2015LsoaImporter: Importer<Imd2015Row> = {
  kind: 'imd-lsoa',
  description: 'English Indices of Deprivation 2015: IMD by LSOA, and district summaries',
  dependsOn: ['geography'],
  columns: {
    lsoa: { headers: ['lsoa11_code', 'lsoa_code'], parse: lsoaCode },
    lsoaName: { headers: ['lsoa11_name'], parse: optionalText, optional: true },
    district: { headers: ['lad13_code'], parse: districtCode },
    score: { headers: ['IMD_score'], parse: decimalFrom(0, 100) },
    rank: { headers: ['IMD_rank'], parse: wholeNumberFrom(1, LSOA11_COUNT) },
    decile: { headers: ['IMD_decile'], parse: wholeNumberFrom(1, 10) },
  },
  key: (row) => row.lsoa,
  check: (rows, problems, { db }) => checkDistrictsKnown(rows, problems, db, 'lad13_code'),
  async load(rows, { trx, dataSourceId }) {
    const lsoas = await syncRows(
      trx,
      'lsoa_deprivation',
      ['lsoa_code', 'vintage'],
      rows.map((r) => ({
        lsoa_code: r.lsoa,
        vintage: IMD2015_VINTAGE,
        district_code: r.district,
        imd_score: r.score,
        imd_rank: r.rank,
        imd_decile: r.decile,
        idaci_score: null,
        population: null,
        children: null,
        data_source_id: dataSourceId,
      })),
      { ignoreInComparison: ['data_source_id'] },
    );
    const districts = await writeIndicators(trx, Object.values(IMD2015_INDICATORS), imd2015IndicatorValues(summariseImd2015(rows)), dataSourceId);
    return addCounts(lsoas, districts);
  },
};
