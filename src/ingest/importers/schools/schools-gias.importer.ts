import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import type { Importer } from '../../importer.ts';
import { optionalGssCode, type CellParser } from '../../values.ts';
import { optionalEasting, optionalNorthing, toLatLon } from './british-national-grid.ts';
import { knownAreaCodes, UNKNOWN_AREA } from './known-codes.ts';
import { GIAS_PHASE_NAMES, phaseFromGiasName, type SchoolPhase } from './school-phase.ts';
import { REGISTER_COLUMNS, registerColumnsOf, type RegisterFields } from './school-register-columns.ts';
import { checkTrusts, TRUST_COLUMNS, trustColumnsOf, type TrustFields } from './school-trust-columns.ts';
import { GIAS_STATUS_NAMES, statusFromGiasName, type SchoolStatus } from './school-status.ts';
import { syncSchools, type Location } from './sync-schools.ts';

interface GiasRow extends RegisterFields, TrustFields {
  status: SchoolStatus;
  phase: SchoolPhase;
  easting: number | null;
  northing: number | null;
  districtCode: string | null;
}

const named = <T>(lookup: (name: string) => T | null, names: readonly string[]): CellParser<T> => (raw) => {
  const value = lookup(raw);
  return value === null ? { ok: false, reason: `Expected one of: ${names.join(', ')}` } : { ok: true, value };
};

/**
 * A GIAS `edubasealldata` extract (Get Information about Schools), the register the spine is drawn from.
 * Its status and phase are words, not the spine's codes and flags, hence a kind of its own; the other
 * columns are the spine's under GIAS names (school-register-columns.ts). It carries easting and northing,
 * used as given (else the postcode's, as for the spine), and the school's district, kept as the first
 * evidence for placement (docs/methodology.md §6.8; GIAS gives today's districts, which must be in `areas`). It has no education
 * authority GSS code, so that is left as it is. Its trust columns (`Trusts (code)`, `Trusts (name)`,
 * `TrustSchoolFlag (name)`) are read when present (school-trust-columns.ts); an extract without them leaves
 * trust membership as it was. GIAS publishes the file in Windows-1252: save it as UTF-8
 * first. Not kept: its many other columns.
 */
export const schoolsGiasImporter: Importer<GiasRow> = {
  kind: 'schools-gias',
  description: 'GIAS establishment register (edubasealldata)',
  dependsOn: ['postcodes', 'geography'],
  columns: {
    ...REGISTER_COLUMNS,
    status: { headers: ['EstablishmentStatus (name)'], parse: named(statusFromGiasName, GIAS_STATUS_NAMES) },
    phase: { headers: ['PhaseOfEducation (name)'], parse: named(phaseFromGiasName, GIAS_PHASE_NAMES) },
    easting: { headers: ['Easting'], parse: optionalEasting, optional: true },
    northing: { headers: ['Northing'], parse: optionalNorthing, optional: true },
    districtCode: { headers: ['DistrictAdministrative (code)'], parse: optionalGssCode, optional: true },
    ...TRUST_COLUMNS,
  },
  key: (row) => String(row.urn),
  async check(rows, problems, { db }) {
    const areas = await knownAreaCodes(db);
    for (const { row, value } of rows) {
      if ((value.easting === null) !== (value.northing === null)) {
        problems.add({ row, column: value.easting === null ? 'Easting' : 'Northing', value: '', reason: 'Give both easting and northing, or neither' });
      }
      if (value.districtCode !== null && !areas.has(value.districtCode)) {
        problems.add({ row, column: 'DistrictAdministrative (code)', value: value.districtCode, reason: UNKNOWN_AREA });
      }
    }
    checkTrusts(rows, problems);
  },
  load: (rows, context) => {
    const given = new Map<number, Location>();
    for (const row of rows) {
      if (row.easting !== null && row.northing !== null) given.set(row.urn, { easting: row.easting, northing: row.northing, ...toLatLon(row.easting, row.northing) });
    }
    return syncSchools(
      rows.map((row) => Object.assign(registerColumnsOf(row), { status: row.status, phase: row.phase, gias_district_code: row.districtCode }, trustColumnsOf(row))),
      context,
      given,
    );
  },
  afterLoad: placeSchoolsAfterLoad,
};
