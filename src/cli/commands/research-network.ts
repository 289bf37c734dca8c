import { Option, type Command } from 'commander';
import { describeNetwork, hubAssignmentColumns, needScoreColumns, computeNeedScores, networkLeftOut, type NeedWeights } from '../../domain/research-network/index.ts';
import { describeLeftOut } from '../../domain/places/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { loadHubs, loadNetworkSchools, schoolInArea } from '../../storage/repositories/school-need.repository.ts';
import { authoritiesOfDistricts, authoritiesOfOpportunityArea } from '../../storage/repositories/unplaced-schools.repository.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';
import { numberFrom, parseWeights } from '../research-network/network-options.ts';
import { registerHubPlacementCommands } from '../research-network/hubs-place-command.ts';
import { registerEngagementCommands } from './engagement.ts';
import { schoolsCommand } from './schools-command.ts';

type Format = 'table' | 'json' | 'csv';
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');
const fixed = (x: number | null | undefined, places = 1) => (x === null || x === undefined ? '-' : x.toFixed(places));

export function registerResearchNetworkCommands(program: Command, io: CliIo): void {
  const schools = schoolsCommand(program);
  schools
    .command('need')
    .description('Each school’s need score (0–100) and its parts, each a percentile within the school’s phase')
    .option('--area <id>', 'only schools in this district or local authority (GSS code) or Opportunity Area (id)')
    .option('--weights <pairs>', 'weights, e.g. fsm=0.3,fsmEver6=0.2,attainment=0.3,deprivation=0.2', parseWeights)
    .option('--limit <n>', 'only the n highest scores', numberFrom('--limit', 1, 1_000_000, true))
    .addOption(formatOption())
    .action(async (options: { area?: string; weights?: NeedWeights; limit?: number; format: Format }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, authorities } = await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        // A district or Opportunity Area cannot list its authorities' schools with no district: count them.
        const area = options.area;
        const authorities =
          area === undefined ? [] : /^E0[6-9]\d{6}$/i.test(area) ? await authoritiesOfDistricts(handle.db, [area.toUpperCase()]) : await authoritiesOfOpportunityArea(handle.db, area);
        return { all: await loadNetworkSchools(handle.db), authorities };
      });
      if (all.length === 0) throw new Error('No open schools are loaded. Load the register first: oa import all');
      // Percentiles are national within phase, so the area filter comes after scoring.
      const needs = computeNeedScores(all, options.weights);
      let rows = all.map((school, i) => ({ school, need: needs[i] ?? { urn: school.urn, phase: school.phase, score: null, parts: [] } }));
      if (options.area !== undefined) {
        const area = options.area;
        rows = rows.filter((r) => schoolInArea(r.school, area));
        if (rows.length === 0) throw new Error(`No open school is in "${area}". Use a district or local authority GSS code, or an Opportunity Area id.`);
      }
      rows.sort((a, b) => (b.need.score ?? -1) - (a.need.score ?? -1) || a.school.urn - b.school.urn);
      const codes = new Set(authorities.map((a) => a.code));
      const area = options.area ?? '';
      const unplaced = all.filter((s) => s.districtCode === null && s.educationLaCode !== null && codes.has(s.educationLaCode) && !schoolInArea(s, area)).length;
      const note = describeLeftOut(unplaced, { noun: ['open school', 'open schools'], of: authorities.map((a) => a.name) });
      if (options.limit !== undefined) rows = rows.slice(0, options.limit);
      if (options.format === 'json') {
        io.stdout(JSON.stringify(rows.map((r) => ({ urn: r.school.urn, name: r.school.name, phase: r.school.phase, district_code: r.school.districtCode, score: r.need.score, parts: r.need.parts })), null, 2) + '\n');
      } else if (options.format === 'csv') {
        io.stdout(toCsv(needScoreColumns(), rows));
      } else {
        const pct = (r: (typeof rows)[number], c: string) => fixed(r.need.parts.find((p) => p.component === c)?.percentile, 0);
        io.stdout(
          formatTable(
            ['urn', 'name', 'phase', 'district', 'need', 'FSM', 'ever-6', 'attainment', 'deprivation'],
            rows.map((r) => [String(r.school.urn), r.school.name, r.school.phase, r.school.districtCode ?? '-', fixed(r.need.score), pct(r, 'fsm'), pct(r, 'fsmEver6'), pct(r, 'attainment'), pct(r, 'deprivation')]),
          ),
        );
        io.stdout('Parts are percentiles within phase (100 = most need); the need score is their weighted mean.\n');
      }
      // Beside a table the note is a footnote; beside JSON or CSV it goes to stderr, so the data stays as it is.
      if (note !== null) (options.format === 'table' ? io.stdout : io.stderr)(`${note}\n`);
    });

  const hubs = program.command('hubs').description('Research School hubs: which schools each serves');
  hubs
    .command('assign')
    .description('Assign every located open school to a hub, least total distance within each hub’s capacity')
    .option('--capacity <n>', 'schools each hub can serve (default: an even share, so every school is served)', numberFrom('--capacity', 0, 1_000_000, true))
    .option('--within <km>', 'reach is measured within this distance', numberFrom('--within', 0, 1000, false), 20)
    .option('--high-need <score>', 'a need score at or above this is high-need', numberFrom('--high-need', 0, 100, false), 80)
    .addOption(formatOption())
    .action(async (options: { capacity?: number; within: number; highNeed: number; format: Format }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, placed } = await withDatabase(config.database, async (handle) => {
        await assertMigratedOrThrow(handle);
        const hubList = await loadHubs(handle.db);
        for (const h of hubList.unplaced) io.stderr(`Not placed: ${h.name} (${h.reason}); oa hubs place ${h.id} places it.\n`);
        return { all: await loadNetworkSchools(handle.db), placed: hubList.placed };
      });
      if (placed.length === 0) throw new Error('No Research School could be placed. Load the register (oa import all) and the programme (oa demo load), or place hubs with oa hubs place.');
      const view = describeNetwork(
        all.map((s) => ({ ...s, areaCode: s.districtCode })),
        placed.map((h) => ({ id: h.id, lat: h.lat, lon: h.lon })),
        { ...(options.capacity === undefined ? {} : { capacity: options.capacity }), withinMetres: options.within * 1000, highNeedScore: options.highNeed },
      );
      const bySchool = new Map(all.map((s) => [s.urn, s]));
      const rows = view.schools.flatMap((v) => {
        const school = bySchool.get(v.urn);
        return school === undefined || v.nearestHubId === null ? [] : [{ school, view: v }];
      });
      const unassigned = rows.filter((r) => r.view.hubId === null).length;
      const leftOut = networkLeftOut(view);
      const notes = [leftOut.noLocation.note, leftOut.noDistrict.note].filter((n) => n !== null);
      const summary = {
        capacity: view.capacity,
        schools: rows.length,
        unassigned,
        total_km: view.totalMetres / 1000,
        greedy_total_km: view.greedyTotalMetres / 1000,
        within_km: options.within,
        high_need_score: options.highNeed,
        left_out: { no_location: leftOut.noLocation, no_district: leftOut.noDistrict },
      };
      if (options.format === 'json') {
        io.stdout(
          JSON.stringify(
            {
              ...summary,
              hubs: placed.map((h) => ({ id: h.id, name: h.name, host_urn: h.hostUrn, lat: h.lat, lon: h.lon, placed_by: h.placedBy, reach: view.reach.hubs.find((r) => r.key === h.id) ?? null })),
              areas: view.reach.areas,
              far_from_hubs: view.farFromHubs.map((v) => ({ urn: v.urn, name: bySchool.get(v.urn)?.name ?? '', need_score: v.need.score, nearest_hub_id: v.nearestHubId, nearest_metres: v.nearestMetres })),
              schools: rows.map((r) => ({ urn: r.school.urn, hub_id: r.view.hubId, metres: r.view.metres, nearest_hub_id: r.view.nearestHubId, nearest_metres: r.view.nearestMetres, need_score: r.view.need.score, high_need: r.view.highNeed })),
            },
            null,
            2,
          ) + '\n',
        );
      } else if (options.format === 'csv') {
        io.stdout(toCsv(hubAssignmentColumns(), rows));
        // Notes are not rows: beside CSV they go to stderr.
        for (const note of notes) io.stderr(`${note}\n`);
      } else {
        io.stdout(
          formatTable(
            ['hub', 'schools', 'high-need', `high-need within ${String(options.within)} km`, 'share'],
            placed.map((h) => {
              const r = view.reach.hubs.find((x) => x.key === h.id);
              return [h.id, String(r?.schools ?? 0), String(r?.highNeed ?? 0), String(r?.highNeedWithin ?? 0), r?.shareHighNeedWithin === null || r === undefined ? '-' : `${(100 * r.shareHighNeedWithin).toFixed(0)}%`];
            }),
          ),
        );
        io.stdout(`${String(rows.length)} schools, capacity ${String(view.capacity)} a hub, ${String(unassigned)} unassigned.\n`);
        io.stdout(`Total distance ${summary.total_km.toFixed(1)} km (nearest-hub-with-room greedy: ${summary.greedy_total_km.toFixed(1)} km).\n`);
        io.stdout(`High-need schools more than ${String(options.within)} km from every hub: ${String(view.farFromHubs.length)}.\n`);
        for (const note of notes) io.stdout(`${note}\n`);
      }
    });

  registerHubPlacementCommands(hubs, io);
  registerEngagementCommands(program, io);
}
