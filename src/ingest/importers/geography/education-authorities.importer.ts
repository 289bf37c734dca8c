import { addCounts, syncRows, type SyncCounts } from '../../../storage/sync-rows.ts';
import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import type { Importer } from '../../importer.ts';
import { count, gssCodeOf, laNumber, oneOf, text, type CellParser } from '../../values.ts';
import { ENGLAND, ENGLISH_REGIONS, regionCodeOf } from './english-regions.ts';
import { isSingleTierCode, readKnownAreas } from './known-areas.ts';

const LA_TYPES = ['SC', 'UA', 'MD', 'ILB', 'OLB'] as const;
type LaType = (typeof LA_TYPES)[number];

/** The GSS entity each DfE LA type must have: shire county E10, unitary E06, metropolitan E08, London E09. */
const ENTITY_OF_TYPE: Readonly<Record<LaType, string>> = { SC: 'E10', UA: 'E06', MD: 'E08', ILB: 'E09', OLB: 'E09' };

interface EducationAuthorityRow {
  laNumber: string;
  code: string;
  name: string;
  region: { code: string; name: string };
  laType: LaType;
  schoolsInSpine: number | null;
}

const region: CellParser<{ code: string; name: string }> = (raw) => {
  const code = regionCodeOf(raw);
  return code === null
    ? { ok: false, reason: `This is not an English region: use one of ${ENGLISH_REGIONS.map((r) => r.name).join(', ')} (or Inner London, Outer London)` }
    : { ok: true, value: { code, name: raw.trim() } };
};

/**
 * The DfE list of education (upper-tier) local authorities: number, GSS code, name, region and type. Loads
 * England, its nine regions and every authority into `areas`: a county (E10) as `education_la` under its
 * region; a single-tier authority (E06, E08, E09) as the `district` it also is, under its region. The
 * districts lookup (`geography`) then names single-tier districts as ONS does, so this importer sets the
 * name of a single-tier authority only when it first creates it, and the two files never undo each other.
 */
export const educationAuthoritiesImporter: Importer<EducationAuthorityRow> = {
  kind: 'education-authorities',
  description: 'DfE education local authorities (LA number, GSS code, region, type)',
  dependsOn: [],
  columns: {
    laNumber: { headers: ['la_code_old', 'la_number', 'LA Number'], parse: laNumber },
    code: { headers: ['la_code', 'new_la_code'], parse: gssCodeOf(['E06', 'E08', 'E09', 'E10'], 'An education authority code', 'E10000003') },
    name: { headers: ['la_name'], parse: text },
    region: { headers: ['region', 'region_name'], parse: region },
    laType: { headers: ['la_type'], parse: oneOf(LA_TYPES) },
    schoolsInSpine: { headers: ['schools_in_spine'], parse: (raw) => (raw.trim() === '' ? { ok: true, value: null } : count(raw)), optional: true },
  },
  key: (row) => row.code,
  check: (rows, problems) => {
    const numbers = new Map<string, number>();
    for (const { row, value } of rows) {
      const entity = ENTITY_OF_TYPE[value.laType];
      if (!value.code.startsWith(entity)) {
        problems.add({ row, column: 'la_type', value: value.laType, reason: `An authority of type ${value.laType} has a code starting ${entity}, but this one is ${value.code}` });
      }
      if (value.code.startsWith('E09') && value.region.code !== 'E12000007') {
        problems.add({ row, column: 'region', value: value.region.name, reason: 'A London borough (E09) must be in London (Inner or Outer London)' });
      }
      const earlier = numbers.get(value.laNumber);
      if (earlier === undefined) numbers.set(value.laNumber, row);
      else problems.add({ row, column: 'la_code_old', value: value.laNumber, reason: `This LA number is also used at line ${String(earlier)}: each authority has its own number` });
    }
    return Promise.resolve();
  },
  async load(rows, { trx, file }) {
    const area = (code: string, name: string, kind: string, parent: string | null) => ({ code, name, kind, parent_code: parent, source_note: file });
    // The source note says which file last set a row; a row the file confirms keeps the note it has.
    const options = { ignoreInComparison: ['source_note'] };
    let counts: SyncCounts = await syncRows(trx, 'areas', ['code'], [area(ENGLAND.code, ENGLAND.name, 'country', null)], options);
    counts = addCounts(counts, await syncRows(trx, 'areas', ['code'], ENGLISH_REGIONS.map((r) => area(r.code, r.name, 'region', ENGLAND.code)), options));
    const counties = rows.filter((r) => !isSingleTierCode(r.code));
    counts = addCounts(counts, await syncRows(trx, 'areas', ['code'], counties.map((r) => area(r.code, r.name, 'education_la', r.region.code)), options));
    const known = await readKnownAreas(trx);
    const singleTier = rows.filter((r) => isSingleTierCode(r.code));
    const created = singleTier.filter((r) => !known.has(r.code));
    const existing = singleTier.filter((r) => known.has(r.code));
    counts = addCounts(counts, await syncRows(trx, 'areas', ['code'], created.map((r) => area(r.code, r.name, 'district', r.region.code)), options));
    counts = addCounts(
      counts,
      await syncRows(trx, 'areas', ['code'], existing.map((r) => ({ code: r.code, kind: 'district', parent_code: r.region.code, source_note: file })), options),
    );
    counts = addCounts(counts, await syncRows(trx, 'education_la_numbers', ['la_number'], rows.map((r) => ({ la_number: r.laNumber, area_code: r.code }))));
    return counts;
  },
  afterLoad: placeSchoolsAfterLoad,
};
