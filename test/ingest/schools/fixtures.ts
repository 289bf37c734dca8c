import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { findImporter } from '../../../src/ingest/importers/index.ts';
import type { RegisteredImporter } from '../../../src/ingest/registry.ts';
import type { ImportOutcome } from '../../../src/ingest/report.ts';
import type { Database } from '../../../src/storage/schema.ts';
import { fixedClock } from '../../support/clock.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';

/** The published school files, in the `shared` folder beside the repository; tests that read them skip without it. */
export const SCHOOLS_DATA = fileURLToPath(new URL('../../../../shared/data/schools/', import.meta.url));
export const haveSchoolsData = existsSync(SCHOOLS_DATA);

export const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };

export function importerOrThrow(kind: string): RegisteredImporter {
  const importer = findImporter(kind);
  if (importer === undefined) throw new Error(`no importer ${kind}`);
  return importer;
}

/** Imports `path` as `kind` and returns the outcome. */
export function runKind(db: Kysely<Database>, kind: string, path: string, dryRun = false): Promise<ImportOutcome> {
  return importerOrThrow(kind).run(createServices(db), path, { ...options, dryRun });
}

/** Writes a file into a fresh temporary folder and returns its path. */
export function writeTemp(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'oa-schools-')), name);
  writeFileSync(path, content);
  return path;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** CSV text: the header, then one line per row, each cell taken from the row by header (blank if absent). */
export function csv(header: readonly string[], rows: readonly Readonly<Record<string, string>>[]): string {
  return [header.join(','), ...rows.map((row) => header.map((h) => quote(row[h] ?? '')).join(','))].join('\r\n') + '\r\n';
}

export const SPINE_HEADER = [
  'URN', 'LA', 'ESTAB', 'LAESTAB', 'SCHNAME', 'STREET', 'LOCALITY', 'TOWN', 'POSTCODE', 'ICLOSE', 'OPENDATE', 'CLOSEDATE', 'ISNEW',
  'MINORGROUP', 'NFTYPE', 'ISPRIMARY', 'ISSECONDARY', 'ISPOST16', 'AGEL', 'AGEH', 'GENDER', 'RELDENOM', 'ADMPOL', 'OTHERURN',
];

/** Three schools as the spine gives them (two real, one made up), by URN. */
export const SPINE_ROWS: Readonly<Record<string, string>>[] = [
  {
    URN: '100000', LA: '201', ESTAB: '3614', LAESTAB: '2013614', SCHNAME: "Sir John Cass's Foundation Primary School", STREET: "St James's Passage",
    LOCALITY: "Duke's Place", TOWN: 'London', POSTCODE: 'EC3A 5DE', ICLOSE: '1', ISNEW: '0', MINORGROUP: 'Maintained School',
    NFTYPE: 'Voluntary aided school', ISPRIMARY: '1', ISSECONDARY: '0', ISPOST16: '0', AGEL: '3', AGEH: '11', GENDER: 'Mixed',
    RELDENOM: 'Church of England', ADMPOL: 'Not recorded',
  },
  {
    URN: '100001', LA: '201', ESTAB: '6005', LAESTAB: '2016005', SCHNAME: 'City of London School for Girls', STREET: "St Giles' Terrace",
    LOCALITY: 'Barbican', TOWN: 'London', POSTCODE: 'EC2Y 8BB', ICLOSE: '1', ISNEW: '0', MINORGROUP: 'Independent School',
    NFTYPE: 'Other independent school', ISPRIMARY: '1', ISSECONDARY: '1', ISPOST16: '1', AGEL: '7', AGEH: '18', GENDER: 'Girls',
    RELDENOM: 'None', ADMPOL: 'Not recorded',
  },
  {
    URN: '140000', LA: '890', ESTAB: '4001', LAESTAB: '8904001', SCHNAME: 'Seaside Academy', STREET: '1 Promenade', TOWN: 'Blackpool',
    POSTCODE: 'FY1 1AA', ICLOSE: '1', OPENDATE: '43344', ISNEW: '1', MINORGROUP: 'Academy', NFTYPE: 'Academy sponsor led mainstream',
    ISPRIMARY: '0', ISSECONDARY: '1', ISPOST16: '0', AGEL: '11', AGEH: '16', GENDER: 'Mixed', RELDENOM: 'Does not apply', ADMPOL: 'Non-selective',
  },
];

export const spineCsv = (rows: readonly Readonly<Record<string, string>>[] = SPINE_ROWS) => csv(SPINE_HEADER, rows);

/** `SPINE_ROWS` with the row of `urn` changed by `changes`. */
export function spineWith(urn: string, changes: Readonly<Record<string, string>>): Record<string, string>[] {
  return SPINE_ROWS.map((row) => (row['URN'] === urn ? { ...row, ...changes } : { ...row }));
}

/** The GIAS edubasealldata columns the register reads (the real file has many more). */
export const GIAS_HEADER = [
  'URN', 'LA (code)', 'LA (name)', 'EstablishmentNumber', 'EstablishmentName', 'TypeOfEstablishment (name)', 'EstablishmentStatus (name)',
  'PhaseOfEducation (name)', 'StatutoryLowAge', 'StatutoryHighAge', 'Gender (name)', 'ReligiousCharacter (name)', 'AdmissionsPolicy (name)',
  'OpenDate', 'CloseDate', 'Street', 'Locality', 'Town', 'Postcode', 'Easting', 'Northing', 'DistrictAdministrative (code)',
];

export const giasRow = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  'URN': '121000', 'LA (code)': '815', 'LA (name)': 'North Yorkshire', 'EstablishmentNumber': '4105', 'EstablishmentName': 'Scalby Middle School',
  'TypeOfEstablishment (name)': 'Community school', 'EstablishmentStatus (name)': 'Open, but proposed to close', 'PhaseOfEducation (name)': 'Middle deemed secondary',
  'StatutoryLowAge': '9', 'StatutoryHighAge': '13', 'Gender (name)': 'Mixed', 'ReligiousCharacter (name)': 'Does not apply', 'AdmissionsPolicy (name)': 'Not applicable',
  'OpenDate': '01-09-1973', 'CloseDate': '', 'Street': 'Station Road', 'Locality': 'Scalby', 'Town': 'Scarborough', 'Postcode': 'yo13 0ab',
  'Easting': '501000', 'Northing': '490000', 'DistrictAdministrative (code)': 'E07000168', ...changes,
});

export const POSTCODES_HEADER = ['postcode', 'easting', 'northing', 'lat', 'lon', 'source'];
export const POSTCODE_ROWS = [
  { postcode: 'EC2Y 8BB', easting: '532191', northing: '181797', lat: '51.519632', lon: '-0.096131', source: 'opencage_geocoder' },
  { postcode: 'FY1 1AA', easting: '330628', northing: '436095', lat: '53.816487', lon: '-3.055154', source: 'census2011_postcode_headcount' },
];

export const CENSUS_HEADER = [
  'URN', 'LA', 'ESTAB', 'SCHOOLTYPE', 'NOR', 'NORG', 'NORB', 'PNORG', 'PNORB', 'TSENELSE', 'PSENELSE', 'TSENELK', 'PSENELK', 'NUMEAL', 'NUMENGFL',
  'NUMUNCFL', 'PNUMEAL', 'PNUMENGFL', 'PNUMUNCFL', 'NUMFSM', 'NUMFSMEVER', 'PNUMFSMEVER',
];
export const censusRow = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  URN: '100000', LA: '201', ESTAB: '3614', SCHOOLTYPE: 'State-funded primary', NOR: '285', NORG: '141', NORB: '144', PNORG: '49.5', PNORB: '50.5',
  TSENELSE: '5', PSENELSE: '1.8', TSENELK: '50', PSENELK: '17.5', NUMEAL: '141', NUMENGFL: '143', NUMUNCFL: '1', PNUMEAL: '49.5', PNUMENGFL: '50.2',
  PNUMUNCFL: '0.4', NUMFSM: '32', NUMFSMEVER: '38', PNUMFSMEVER: '16.2', ...changes,
});

export const KS2_HEADER = [
  'URN', 'KS2 Pupils', 'KS2 Boys', 'KS2 Girls', 'Reading Progress', 'Reading Score', 'Reading Meet Std', 'Reading Exceed Std', 'Reading Progress Band',
  'Reading Progress Desc', 'Writing Progress', 'Writing Score', 'Writing Meet Std', 'Writing Exceed Std', 'Writing Progress Band', 'Writing Progress Desc',
  'Maths Progress', 'Maths Score', 'Maths Meet Std', 'Maths Exceed Std', 'Maths Progress Band', 'Maths Progress Desc', 'Overall Meet Std',
  'Overall Exceed Std', 'Academic Year',
];
export const ks2Row = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  'URN': '100000', 'KS2 Pupils': '29', 'KS2 Boys': '15', 'KS2 Girls': '14', 'Reading Progress': '0.9', 'Reading Score': '106', 'Writing Progress': '1.2',
  'Writing Score': '108', 'Maths Progress': '2.8', 'Maths Score': '107', 'Overall Meet Std': '72%', 'Overall Exceed Std': '10%', 'Academic Year': '2018',
  ...changes,
});

export const KS4_HEADER = [
  'RECTYPE', 'LEA', 'ESTAB', 'URN', 'SCHNAME', 'ICLOSE', 'NFTYPE', 'TPUP', 'ATT8SCR', 'P8PUP', 'TP8ADJ', 'P8MEA', 'P8CILOW', 'P8CIUPP', 'P8MEA_ORIG',
  'P8CILOW_ORIG', 'P8CIUPP_ORIG', 'PTL2BASICS_94', 'PTL2BASICS_95', 'EBACCAPS', 'PTEBACC_E_PTQ_EE', 'PTEBACC_94', 'PTEBACC_95', 'PT5EM_94', 'P8_BANDING',
];
export const ks4Row = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  RECTYPE: '1', LEA: '890', ESTAB: '4001', URN: '140000', SCHNAME: 'Seaside Academy', ICLOSE: '0', NFTYPE: 'AC', TPUP: '171', ATT8SCR: '50', P8PUP: '163',
  TP8ADJ: '0', P8MEA: '0.09', P8CILOW: '-0.1', P8CIUPP: '0.29', PTL2BASICS_94: '70.8%', PTL2BASICS_95: '46.8%', EBACCAPS: '4.6', ...changes,
});

const DESTINATION_MEASURES = ['COHORT', 'OVERALL_DEST', 'APPREN', 'EMPLOYMENT', 'EDUCATION', 'FE', 'SCH_6TH', 'SIXTH_COL', 'OTHER_EDU', 'NOT_SUSTAINED', 'UNKNOWN'];
const DESTINATION_PERCENTAGES = DESTINATION_MEASURES.slice(1).map((m) => `${m}PER`);
export const DESTINATIONS_HEADER = [
  'RECTYPE', 'LEA', 'ESTAB', 'URN', 'ICLOSE', 'SCHNAME', 'NFTYPE',
  ...['', '_DIS', '_NONDIS'].flatMap((suffix) => [...DESTINATION_MEASURES, ...DESTINATION_PERCENTAGES].map((c) => `${c}${suffix}`)),
  'COHORT_18', 'OVERALL_DESTPER_18', 'COHORT_DIS_18', 'OVERALL_DESTPER_DIS_18', 'COHORT_NONDIS_18', 'OVERALL_DESTPER_NONDIS_18',
  'COHORT_17', 'OVERALL_DESTPER_17', 'COHORT_DIS_17', 'OVERALL_DESTPER_DIS_17', 'COHORT_NONDIS_17', 'OVERALL_DESTPER_NONDIS_17',
];
export const destinationsRow = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  ...Object.fromEntries(DESTINATIONS_HEADER.map((h) => [h, h.startsWith('COHORT') ? '100' : h.includes('PER') ? '10%' : '10'])),
  RECTYPE: '1', LEA: '890', ESTAB: '4001', URN: '140000', ICLOSE: '0', SCHNAME: 'Seaside Academy', NFTYPE: 'AC', ...changes,
});

export const LOCATIONS_HEADER = ['urn', 'laestab', 'name', 'la_code_old', 'la_code', 'la_name', 'lad13_code', 'postcode', 'easting', 'northing', 'lat', 'lon', 'coord_source'];
export const locationRow = (changes: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  urn: '140000', laestab: '8904001', name: 'Seaside Academy', la_code_old: '890', la_code: 'E06000009', la_name: 'Blackpool', lad13_code: 'E06000009',
  postcode: 'FY1 1AA', easting: '330700', northing: '436100', lat: '53.816541', lon: '-3.054062', coord_source: 'census2011_postcode_headcount', ...changes,
});

/** Areas for tests that do not load the geography: each code as its own area of the kind its prefix suggests. */
export async function insertAreas(db: Kysely<Database>, codes: Iterable<string>): Promise<void> {
  const rows = [...new Set(codes)].map((code) => ({
    code,
    name: code,
    kind: code.startsWith('E10') ? 'education_la' : 'district',
    parent_code: null,
    source_note: 'test',
  }));
  for (let start = 0; start < rows.length; start += 200) await db.insertInto('areas').values(rows.slice(start, start + 200)).execute();
}

/** Problems of a failed outcome, or a thrown error when it did not fail (so the test says what happened). */
export function problemsOf(outcome: ImportOutcome) {
  if (outcome.ok) throw new Error(`expected the import to fail, but it succeeded: ${JSON.stringify(outcome.counts)}`);
  return outcome.problems;
}
