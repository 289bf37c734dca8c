import { appError } from '../../../app/errors.ts';
import type { SchoolSearch, SchoolSummary } from '../../../app/schools/school-search.ts';
import { describePlacement, isPlacementRule } from '../../../domain/places/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { findSchoolsSchema, getSchoolSchema } from './schema.ts';

/** The columns of the schools download (also what the exports benchmark writes). */
export const SCHOOL_CSV: readonly CsvColumn<SchoolSummary>[] = [
  { header: 'urn', value: (s) => s.urn },
  { header: 'name', value: (s) => s.name },
  { header: 'town', value: (s) => s.town },
  { header: 'postcode', value: (s) => s.postcode },
  { header: 'phase', value: (s) => s.phase },
  { header: 'status', value: (s) => s.status },
  { header: 'la_code', value: (s) => s.laCode },
  { header: 'district_code', value: (s) => s.districtCode },
  { header: 'district_name', value: (s) => s.districtName },
  { header: 'opportunity_area', value: (s) => s.opportunityArea?.name ?? null },
  { header: 'census_period', value: (s) => s.censusPeriod },
  { header: 'pupils', value: (s) => s.pupils },
  { header: 'fsm', value: (s) => s.fsm },
  { header: 'pct_fsm_ever6', value: (s) => s.pctFsmEver6 },
  { header: 'census_markers', value: (s) => Object.entries(s.censusMarkers).map(([field, code]) => `${field}=${code}`).join(';') },
  { header: 'register_source_file', value: (s) => s.source.file },
  { header: 'register_loaded_at', value: (s) => s.source.loadedAt },
  { header: 'census_source_file', value: (s) => s.censusSource?.file ?? null },
  { header: 'census_loaded_at', value: (s) => s.censusSource?.loadedAt ?? null },
];

/** Schools read from the database per query while a download is written: under 10 ms each on SQLite. */
const DOWNLOAD_PAGE_SIZE = 500;

function markersOf(json: string): Record<string, string> {
  return JSON.parse(json) as Record<string, string>;
}

/** FSM share from the counts, to one decimal place; null when either count is missing or the roll is 0. */
function percentOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

type ProfileTable = 'census' | 'ks2' | 'ks4' | 'destinations';

/** A school's profile as the register holds it. */
type SchoolProfile = NonNullable<Awaited<ReturnType<Services['schoolProfile']['getSchoolProfile']>>>;

/** The file a figure came from, and when it was loaded. */
type SourceRef = SchoolProfile['sources'] extends ReadonlyMap<number, infer Source> ? Source : never;

/** A figure as the publisher gave it: the number, or the code printed instead of it (SUPP, NE…), or blank. */
function published(value: number | null, markers: Record<string, string>, field: string): string | number | null {
  return value ?? markers[field] ?? null;
}

/** One table of a school profile for download: one row per period (and pupil group), with each figure's source file. */
function profileTable(profile: SchoolProfile, table: ProfileTable, sourceOf: (id: number) => SourceRef) {
  const columnsFor: Record<ProfileTable, readonly string[]> = {
    census: ['pupils', 'fsm', 'fsm_ever6', 'pct_fsm_ever6', 'eal', 'pct_eal', 'sen_support', 'pct_sen_support', 'ehcp', 'pct_ehcp'],
    ks2: ['pupils', 'pct_rwm_expected', 'pct_rwm_higher', 'reading_progress', 'writing_progress', 'maths_progress', 'reading_score', 'maths_score'],
    ks4: ['pupils', 'attainment8', 'progress8', 'progress8_lower', 'progress8_upper', 'pct_basics_94', 'pct_basics_95', 'ebacc_aps'],
    destinations: ['cohort', 'pct_sustained', 'pct_education', 'pct_apprenticeship', 'pct_employment', 'pct_not_sustained', 'pct_unknown'],
  };
  const rows: readonly (Record<string, unknown> & { period: string; markers: string; data_source_id: number })[] =
    table === 'census' ? profile.census : table === 'ks2' ? profile.ks2 : table === 'ks4' ? profile.ks4 : profile.destinations;
  const fields = columnsFor[table];
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: 'urn', value: () => profile.school.urn },
    { header: 'period', value: (r) => r.period },
    ...(table === 'destinations' ? [{ header: 'pupil_group', value: (r: (typeof rows)[number]) => String(r['pupil_group']) }] : []),
    ...fields.map((field) => ({
      header: field,
      value: (r: (typeof rows)[number]) => published(typeof r[field] === 'number' ? r[field] : null, markersOf(r.markers), field),
    })),
    { header: 'source_file', value: (r) => sourceOf(r.data_source_id).file },
  ];
  return { columns, rows };
}

export function registerSchoolRoutes(app: ZodApp, deps: { services: Services; search: SchoolSearch }): void {
  app.get('/api/schools', { schema: findSchoolsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { q, urn, postcode, district, la, phase, opportunityArea, status, page, pageSize, format } = request.query;
    const filter = {
      ...(q === undefined ? {} : { q }),
      ...(urn === undefined ? {} : { urn }),
      ...(postcode === undefined ? {} : { postcode }),
      ...(district === undefined ? {} : { districtCode: district }),
      ...(la === undefined ? {} : { la }),
      ...(phase === undefined ? {} : { phase }),
      ...(opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea }),
      ...(status === undefined ? {} : { status }),
    };
    if (format !== 'json') {
      // A download is the whole result, not one page of it, read a page at a time as the file is written.
      return sendTable(reply, format, 'schools', SCHOOL_CSV, deps.services.schools.allSchoolsInPages(filter, DOWNLOAD_PAGE_SIZE));
    }
    return sendView(reply, await deps.search({ ...filter, page, pageSize }));
  });

  app.get('/api/schools/:urn', { schema: getSchoolSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const profile = await deps.services.schoolProfile.getSchoolProfile(Number(request.params.urn));
    if (profile === null) return sendError(reply, appError('not_found', `There is no school with URN ${request.params.urn} in the register`));
    const sourceOf = (id: number): SourceRef => profile.sources.get(id) ?? { file: 'unknown', loadedAt: '' };
    const s = profile.school;
    if (request.query.format !== 'json') {
      const table = request.query.table;
      const { columns, rows } = profileTable(profile, table, sourceOf);
      return sendTable(reply, request.query.format, `school-${String(s.urn)}-${table}`, columns, rows);
    }
    return {
      urn: s.urn,
      name: s.name,
      address: { street: s.street, locality: s.locality, town: s.town, postcode: s.postcode },
      status: s.status,
      openDate: s.open_date,
      closeDate: s.close_date,
      phase: s.phase,
      type: s.school_type,
      group: s.minor_group,
      ages: { low: s.age_low, high: s.age_high },
      gender: s.gender,
      religiousCharacter: s.religious_character,
      admissionsPolicy: s.admissions_policy,
      location: s.lat === null || s.lon === null ? null : { lat: s.lat, lon: s.lon, easting: s.easting, northing: s.northing },
      laCode: s.la_code_old,
      district: profile.district,
      placement: {
        rule: isPlacementRule(s.district_rule) ? s.district_rule : null,
        confidence: s.district_confidence,
        basis: s.district_basis,
        note: s.district_note,
        description: describePlacement(
          { rule: s.district_rule, confidence: s.district_confidence, basis: s.district_basis, note: s.district_note },
          profile.district?.name ?? null,
          profile.educationAuthority?.name ?? null,
        ),
      },
      educationAuthority: profile.educationAuthority,
      region: profile.region,
      opportunityArea: profile.opportunityArea,
      census: profile.census.map((c) => ({
        period: c.period,
        pupils: c.pupils,
        fsm: c.fsm,
        pctFsm: percentOf(c.fsm, c.pupils),
        fsmEver6: c.fsm_ever6,
        pctFsmEver6: c.pct_fsm_ever6,
        pctEal: c.pct_eal,
        pctSenSupport: c.pct_sen_support,
        pctEhcp: c.pct_ehcp,
        markers: markersOf(c.markers),
        source: sourceOf(c.data_source_id),
      })),
      ks2: profile.ks2.map((k) => ({
        period: k.period,
        pupils: k.pupils,
        pctRwmExpected: k.pct_rwm_expected,
        pctRwmHigher: k.pct_rwm_higher,
        readingProgress: k.reading_progress,
        writingProgress: k.writing_progress,
        mathsProgress: k.maths_progress,
        markers: markersOf(k.markers),
        source: sourceOf(k.data_source_id),
      })),
      ks4: profile.ks4.map((k) => ({
        period: k.period,
        pupils: k.pupils,
        attainment8: k.attainment8,
        progress8: k.progress8,
        progress8Interval: { lower: k.progress8_lower, upper: k.progress8_upper },
        pctBasics94: k.pct_basics_94,
        pctBasics95: k.pct_basics_95,
        markers: markersOf(k.markers),
        source: sourceOf(k.data_source_id),
      })),
      destinations: profile.destinations.map((d) => ({
        period: d.period,
        group: d.pupil_group,
        cohort: d.cohort,
        pctSustained: d.pct_sustained,
        pctEducation: d.pct_education,
        pctApprenticeship: d.pct_apprenticeship,
        pctEmployment: d.pct_employment,
        markers: markersOf(d.markers),
        source: sourceOf(d.data_source_id),
      })),
      history: [...profile.history],
      source: sourceOf(s.data_source_id),
    };
  });
}
