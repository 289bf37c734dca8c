import { Option, type Command } from 'commander';
import { describeNetwork, ENGAGEMENT_LEVELS, hubDistrictsLeftOut, hubReport, INTERMEDIARY_KINDS, schoolEngagements, type IntermediaryKind } from '../../domain/research-network/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { printIntermediariesReport } from '../research-network/intermediaries-report.ts';
import { numberFrom } from '../research-network/network-options.ts';

/**
 * `oa engagement report --hub ID`: the hub's funnel, by district too, and its high-need schools not yet
 * reached; `--by local-authority|trust`: the same figures for every local authority or trust.
 */
export function registerEngagementCommands(program: Command, io: CliIo): void {
  const engagement = program.command('engagement').description('How schools have taken up evidence: none → aware → trained → implementing → embedded');
  engagement
    .command('report')
    .description('A hub’s engagement funnel, overall and by district, and its high-need schools not yet reached; or, with --by, each local authority’s or trust’s')
    .option('--hub <id>', 'the Research School, e.g. blackpool-research-school')
    .addOption(new Option('--by <kind>', 'every local authority or trust instead of one hub').choices(INTERMEDIARY_KINDS))
    .option('--capacity <n>', 'schools each hub can serve when assigning (default 200, never fewer than the hub’s own area’s schools)', numberFrom('--capacity', 0, 1_000_000, true))
    .option('--high-need <score>', 'a need score at or above this is high-need', numberFrom('--high-need', 0, 100, false), 80)
    .option('--as-of <date>', 'levels as they stood on this date (YYYY-MM-DD)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { hub?: string; by?: IntermediaryKind; capacity?: number; highNeed: number; asOf?: string; format: 'table' | 'json' | 'csv' }) => {
      if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new UsageError('--as-of must be a date like 2018-07-31');
      if ((options.hub === undefined) === (options.by === undefined)) throw new UsageError('Give either --hub ID (one hub) or --by local-authority|trust (every one)');
      const config = loadConfigOrThrow(io.env);
      if (options.by !== undefined) {
        if (options.capacity !== undefined) throw new UsageError('--capacity applies to --hub only');
        const by = options.by;
        const data = await withServices(config.database, async (services) => {
          return { schools: await services.schoolNeed.loadNetworkSchools(), records: await services.researchNetwork.engagementRecords(), names: await services.intermediaries.intermediaryNames(by) };
        });
        printIntermediariesReport(io, { by, ...data, highNeedScore: options.highNeed, ...(options.asOf === undefined ? {} : { asOf: options.asOf }), format: options.format });
        return;
      }
      const hubId = options.hub ?? '';
      const { all, hubs, records } = await withServices(config.database, async (services) => {
        return { all: await services.schoolNeed.loadNetworkSchools(), hubs: (await services.schoolNeed.loadHubs()).placed, records: await services.researchNetwork.engagementRecords() };
      });
      if (!hubs.some((h) => h.id === hubId)) {
        throw new UsageError(`There is no placed Research School "${hubId}". Placed: ${hubs.map((h) => h.id).join(', ') || 'none'}`);
      }
      const view = describeNetwork(
        all.map((s) => ({ ...s, areaCode: s.districtCode })),
        hubs.map((h) => ({ id: h.id, lat: h.lat, lon: h.lon, opportunityAreaId: h.opportunityAreaId, radiusMetres: h.radiusMetres, capacity: h.capacity })),
        { ...(options.capacity === undefined ? {} : { capacity: options.capacity }), highNeedScore: options.highNeed },
      );
      const engagement = new Map(schoolEngagements(view.schools.filter((v) => v.hubId === hubId).map((v) => v.urn), records, options.asOf).map((e) => [e.urn, e]));
      const report = hubReport(view, hubId, engagement);
      const served = report.schools;
      const overall = report.funnel;
      const byDistrict = report.districts;
      const noDistrict = hubDistrictsLeftOut(report);
      const byUrn = new Map(all.map((s) => [s.urn, s]));
      const notReached = report.notReached.map((s) => {
        const school = byUrn.get(s.urn);
        return { urn: s.urn, name: school?.name ?? '', needScore: s.need.score, km: s.metres === null ? null : s.metres / 1000, street: school?.street ?? null, town: school?.town ?? null, postcode: school?.postcode ?? null };
      });
      if (options.format === 'json') {
        io.stdout(JSON.stringify({ hub: hubId, as_of: options.asOf ?? null, schools: served.length, funnel: overall.stages, districts: byDistrict, districts_left_out: noDistrict, not_reached: notReached }, null, 2) + '\n');
        return;
      }
      if (options.format === 'csv') {
        io.stdout(
          toCsv(
            [
              { header: 'urn', value: (r: (typeof notReached)[number]) => r.urn },
              { header: 'name', value: (r) => r.name },
              { header: 'need_score', value: (r) => (r.needScore === null ? null : Number(r.needScore.toFixed(2))) },
              { header: 'distance_km', value: (r) => (r.km === null ? null : Number(r.km.toFixed(2))) },
              { header: 'street', value: (r) => r.street },
              { header: 'town', value: (r) => r.town },
              { header: 'postcode', value: (r) => r.postcode },
            ],
            notReached,
          ),
        );
        return;
      }
      io.stdout(`${hubId}: ${String(served.length)} schools served${options.asOf === undefined ? '' : `, as of ${options.asOf}`}.\n\n`);
      io.stdout(formatTable(['level', 'schools at', 'at or beyond'], overall.stages.map((s) => [s.level, String(s.at), String(s.atLeast)])));
      io.stdout('\n');
      io.stdout(formatTable(['district', 'schools', ...ENGAGEMENT_LEVELS], byDistrict.map((f) => [f.key, String(f.schools), ...f.stages.map((s) => String(s.at))])));
      if (noDistrict.note !== null) io.stdout(`${noDistrict.note}\n`);
      io.stdout(`\nHigh-need schools not yet reached: ${String(notReached.length)}\n`);
      if (notReached.length > 0) {
        io.stdout(formatTable(['urn', 'name', 'need', 'km', 'address'], notReached.map((r) => [String(r.urn), r.name, r.needScore?.toFixed(1) ?? '-', r.km?.toFixed(1) ?? '-', [r.street, r.town, r.postcode].filter((x) => x !== null).join(', ')])));
      }
    });
}
