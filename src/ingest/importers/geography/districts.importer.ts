import { addCounts, syncRows } from '../../../storage/sync-rows.ts';
import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import type { Importer } from '../../importer.ts';
import { hasExactlyColumns } from '../../map-columns.ts';
import { count, gssCodeOf, optionalGssCode, optionalText, text, type CellParser } from '../../values.ts';
import { isEducationAuthority, isSingleTierCode, readKnownAreas } from './known-areas.ts';

interface DistrictRow {
  code: string;
  name: string;
  laCode: string | null;
  laNumber: string | null;
  laName: string | null;
  schoolsMatched: number | null;
  schoolsTotal: number | null;
}

const optionalCount: CellParser<number | null> = (raw) => (raw.trim() === '' ? { ok: true, value: null } : count(raw));

/**
 * Local authority districts as they were from 2013 to 2018 (the geography of the Social Mobility Index,
 * the boundaries and the IMD lookups), each with its education authority. A two-tier district (E07) goes
 * under the authority the file names; a single-tier one (E06, E08, E09) is the row the education authority
 * list made, kept under its region and given the district's ONS name. Needs `education-authorities` first.
 * See docs/methodology.md §6.1 for City of London and the 2019 Dorset authorities.
 */
export const districtsImporter: Importer<DistrictRow> = {
  kind: 'geography',
  description: 'Local authority districts 2013–2018 and their education authorities',
  dependsOn: ['education-authorities'],
  columns: {
    code: { headers: ['lad13_code', 'LAD13CD'], parse: gssCodeOf(['E06', 'E07', 'E08', 'E09'], 'A district code', 'E07000010') },
    name: { headers: ['lad13_name', 'LAD13NM'], parse: text },
    laCode: { headers: ['la_code'], parse: optionalGssCode },
    laNumber: { headers: ['la_code_old'], parse: optionalText, optional: true },
    laName: { headers: ['la_name'], parse: optionalText, optional: true },
    schoolsMatched: { headers: ['schools_matched'], parse: optionalCount, optional: true },
    schoolsTotal: { headers: ['schools_total'], parse: optionalCount, optional: true },
  },
  // Its columns are all in the joined schools table too, so a file is a district lookup only when it has no others.
  recognises: (sample) => sample.extension === '.csv' && hasExactlyColumns(sample.headers, districtsImporter.columns),
  key: (row) => row.code,
  async check(rows, problems, { db }) {
    const known = await readKnownAreas(db);
    for (const { row, value } of rows) {
      const { code, laCode } = value;
      if (isSingleTierCode(code)) {
        if (known.get(code)?.kind !== 'district') {
          problems.add({
            row, column: 'lad13_code', value: code,
            reason: `${code} is a single-tier authority but is not in the list of education authorities, which gives its region: import that list (education-authorities) first`,
          });
        }
        // A single-tier district is its own education authority; a different one here (Bournemouth and Poole →
        // BCP, 2019) must exist, and is kept in district_authorities for placing schools (methodology §6.8).
        if (laCode !== null && laCode !== code && !isEducationAuthority(laCode, known.get(laCode))) {
          problems.add({ row, column: 'la_code', value: laCode, reason: `There is no education authority ${laCode}: import the education authority list first, or correct the code` });
        }
      } else if (laCode === null) {
        problems.add({ row, column: 'la_code', value: '', reason: 'A two-tier district (E07) needs the code of its education authority, the county' });
      } else if (!isEducationAuthority(laCode, known.get(laCode))) {
        problems.add({ row, column: 'la_code', value: laCode, reason: `There is no education authority ${laCode}: import the education authority list first, or correct the code` });
      }
    }
  },
  async load(rows, { trx, file }) {
    const known = await readKnownAreas(trx);
    const parentOf = (row: DistrictRow): string | null => {
      if (!isSingleTierCode(row.code)) return row.laCode;
      const own = known.get(row.code);
      if (own === undefined) throw new Error(`District ${row.code} passed its checks but is not in areas`);
      return own.parentCode;
    };
    const areas = await syncRows(
      trx,
      'areas',
      ['code'],
      rows.map((r) => ({ code: r.code, name: r.name, kind: 'district', parent_code: parentOf(r), source_note: file })),
      { ignoreInComparison: ['source_note'] },
    );
    const authorities = await syncRows(trx, 'district_authorities', ['district_code'], rows.map((r) => ({ district_code: r.code, authority_code: r.laCode ?? r.code })));
    return addCounts(areas, authorities);
  },
  afterLoad: placeSchoolsAfterLoad,
};
