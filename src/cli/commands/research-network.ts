import { Option, type Command } from 'commander';
import { AppFailure, appError } from '../../app/errors.ts';
import { describeNetwork, hubAssignmentColumns, needScoreColumns, computeNeedScores, networkLeftOut, type NeedWeights } from '../../domain/research-network/index.ts';
import { describeLeftOut } from '../../domain/places/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { schoolInArea } from '../../app/research-network/network-schools.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { numberFrom, parseHubDistances, parseWeights, radiusOf } from '../research-network/network-options.ts';
import { registerHubReachCommand } from '../research-network/hub-reach-command.ts';
import { registerOutsideReachCommand } from '../research-network/outside-reach-command.ts';
import { UsageError } from '../failure.ts';
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
      const { all, authorities } = await withServices(config.database, async (services) => {
        // A district or Opportunity Area cannot list its authorities' schools with no district: count them.
        const area = options.area;
        const authorities =
          area === undefined ? [] : /^E0[6-9]\d{6}$/i.test(area) ? await services.unplacedSchools.authoritiesOfDistricts([area.toUpperCase()]) : await services.unplacedSchools.authoritiesOfOpportunityArea(area);
        return { all: await services.schoolNeed.loadNetworkSchools(), authorities };
      });
      if (all.length === 0) throw new Error('No open schools are loaded. Load the register first: oa import all');
      // Percentiles are national within phase, so the area filter comes after scoring.
      const needs = computeNeedScores(all, options.weights);
      let rows = all.map((school, i) => ({ school, need: needs[i] ?? { urn: school.urn, phase: school.phase, score: null, parts: [] } }));
      if (options.area !== undefined) {
        const area = options.area;
        rows = rows.filter((r) => schoolInArea(r.school, area));
        if (rows.length === 0) throw new AppFailure(appError('not_found', `No open school is in "${area}". Use a district or local authority GSS code, or an Opportunity Area id.`));
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
    .description('Assign open schools to hubs within each hub’s reach (its own Opportunity Area and a radius), least total distance within each hub’s capacity')
    .option('--capacity <n>', 'schools each hub can serve (default 200, never fewer than the hub’s own area’s schools)', numberFrom('--capacity', 0, 1_000_000, true))
    .option('--within <km>', 'a hub serves its own area’s schools and those within this distance', numberFrom('--within', 0, 1000, false), 20)
    .option('--hub-within <pairs>', 'one hub’s own distance, e.g. blackpool-research-school=25,derby-research-school=15', parseHubDistances)
    .option('--high-need <score>', 'a need score at or above this is high-need', numberFrom('--high-need', 0, 100, false), 80)
    .addOption(formatOption())
    .action(async (options: { capacity?: number; within: number; hubWithin?: ReadonlyMap<string, number>; highNeed: number; format: Format }) => {
      const config = loadConfigOrThrow(io.env);
      const { all, placed } = await withServices(config.database, async (services) => {
        const hubList = await services.schoolNeed.loadHubs();
        for (const h of hubList.unplaced) io.stderr(`Not placed: ${h.name} (${h.reason}); oa hubs place ${h.id} places it.\n`);
        return { all: await services.schoolNeed.loadNetworkSchools(), placed: hubList.placed };
      });
      if (placed.length === 0) throw new Error('No Research School could be placed. Load the register (oa import all) and the programme (oa demo load), or place hubs with oa hubs place.');
      const unknown = [...(options.hubWithin?.keys() ?? [])].filter((id) => !placed.some((h) => h.id === id));
      if (unknown.length > 0) throw new UsageError(`--hub-within names no placed hub: ${unknown.join(', ')}. Placed: ${placed.map((h) => h.id).join(', ')}`);
      const view = describeNetwork(
        all.map((s) => ({ ...s, areaCode: s.districtCode })),
        placed.map((h) => ({ id: h.id, lat: h.lat, lon: h.lon, opportunityAreaId: h.opportunityAreaId, radiusMetres: radiusOf(options.hubWithin, h.id) ?? h.radiusMetres, capacity: h.capacity })),
        { ...(options.capacity === undefined ? {} : { capacity: options.capacity }), withinMetres: options.within * 1000, highNeedScore: options.highNeed, withGreedy: true },
      );
      const bySchool = new Map(all.map((s) => [s.urn, s]));
      const rows = view.schools.flatMap((v) => {
        const school = bySchool.get(v.urn);
        return school === undefined || v.status === 'no-location' ? [] : [{ school, view: v }];
      });
      const unassigned = view.counts['hub-full'];
      const outside = view.counts['outside-reach'];
      const leftOut = networkLeftOut(view);
      const notes = [leftOut.noLocation.note, leftOut.noDistrict.note].filter((n) => n !== null);
      const summary = {
        capacity: view.capacity,
        schools: rows.length,
        assigned: view.counts.assigned,
        unassigned,
        outside_reach: outside,
        total_km: view.totalMetres / 1000,
        greedy_total_km: (view.greedyTotalMetres ?? 0) / 1000,
        within_km: options.within,
        high_need_score: options.highNeed,
        left_out: { no_location: leftOut.noLocation, no_district: leftOut.noDistrict },
      };
      if (options.format === 'json') {
        io.stdout(
          JSON.stringify(
            {
              ...summary,
              hubs: placed.map((h) => {
                const limits = view.limits.get(h.id);
                return {
                  id: h.id, name: h.name, host_urn: h.hostUrn, opportunity_area_id: h.opportunityAreaId, lat: h.lat, lon: h.lon, placed_by: h.placedBy, approximate: h.approximate,
                  within_km: (limits?.radiusMetres ?? 0) / 1000, capacity: limits?.capacity ?? 0, own_area_schools: limits?.ownAreaSchools ?? 0, reach: view.reach.hubs.find((r) => r.key === h.id) ?? null,
                };
              }),
              areas: view.reach.areas,
              far_from_hubs: view.farFromHubs.map((v) => ({ urn: v.urn, name: bySchool.get(v.urn)?.name ?? '', need_score: v.need.score, nearest_hub_id: v.nearestHubId, nearest_metres: v.nearestMetres })),
              schools: rows.map((r) => ({ urn: r.school.urn, status: r.view.status, opportunity_area_id: r.school.opportunityAreaId, hub_id: r.view.hubId, metres: r.view.metres, nearest_hub_id: r.view.nearestHubId, nearest_metres: r.view.nearestMetres, need_score: r.view.need.score, high_need: r.view.highNeed })),
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
        const capacity = view.capacity === null ? '200 a hub (more where its own area has more schools)' : `${String(view.capacity)} a hub`;
        io.stdout(`${String(rows.length)} located schools: ${String(view.counts.assigned)} assigned, capacity ${capacity}, ${String(unassigned)} in reach of a full hub.\n`);
        io.stdout(`Outside any hub’s reach (not in a hub’s own area, more than ${String(options.within)} km from it): ${String(outside)} schools; oa hubs outside-reach lists them.\n`);
        io.stdout(`Total distance ${summary.total_km.toFixed(1)} km (nearest-hub-with-room greedy: ${summary.greedy_total_km.toFixed(1)} km).\n`);
        io.stdout(`High-need schools outside any hub’s reach: ${String(view.farFromHubs.length)}.\n`);
        for (const note of notes) io.stdout(`${note}\n`);
      }
    });

  registerOutsideReachCommand(hubs, io);
  registerHubReachCommand(hubs, io);
  registerHubPlacementCommands(hubs, io);
  registerEngagementCommands(program, io);
}
