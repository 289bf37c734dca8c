import { Option, type Command } from 'commander';
import { toCsv } from '../../domain/shared/csv.ts';
import { OUTSIDE_REACH_COLUMNS, outsideReachRows } from '../../app/research-network/outside-reach.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { numberFrom } from './network-options.ts';

/**
 * `oa hubs outside-reach`: every located open school no hub may serve (not in a hub's own Opportunity Area,
 * farther than the reach distance from every hub), highest need first (docs/methodology.md §14.2).
 */
export function registerOutsideReachCommand(hubs: Command, io: CliIo): void {
  hubs
    .command('outside-reach')
    .description('Schools outside any hub’s reach: not in a hub’s own Opportunity Area and farther than the distance from every hub, highest need first')
    .option('--within <km>', 'a hub serves its own area’s schools and those within this distance', numberFrom('--within', 0, 1000, false), 20)
    .option('--high-need <score>', 'a need score at or above this is high-need', numberFrom('--high-need', 0, 100, false), 80)
    .option('--high-need-only', 'only the high-need schools')
    .option('--limit <n>', 'only the first n', numberFrom('--limit', 1, 1_000_000, true))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { within: number; highNeed: number; highNeedOnly?: boolean; limit?: number; format: 'table' | 'json' | 'csv' }) => {
      const config = loadConfigOrThrow(io.env);
      // The network as GET /api/network/outside-reach reads it: every open school and placed hub, described once.
      const { schools, hubs, view } = await withServices(config.database, (services) => services.networkView.loadNetworkView({ withinMetres: options.within * 1000, highNeedScore: options.highNeed }));
      if (hubs.placed.length === 0) throw new Error('No Research School could be placed. Load the register (oa import all) and the programme (oa demo load), or place hubs with oa hubs place.');
      const outside = outsideReachRows(view, schools, { highNeedOnly: options.highNeedOnly === true });
      const rows = outside.slice(0, options.limit ?? outside.length);
      const total = `${String(view.counts['outside-reach'])} of ${String(view.schools.filter((v) => v.located).length)} located open schools are outside any hub’s reach (${String(view.farFromHubs.length)} of them high-need).`;
      if (options.format === 'json') {
        const schools = rows.map((r) => ({ urn: r.urn, name: r.name, district_code: r.districtCode, need_score: r.needScore, high_need: r.highNeed, nearest_hub_id: r.nearestHubId, nearest_km: r.nearestKm }));
        io.stdout(JSON.stringify({ within_km: options.within, outside_reach: outside.length, high_need: view.farFromHubs.length, schools }, null, 2) + '\n');
      } else if (options.format === 'csv') {
        io.stdout(toCsv(OUTSIDE_REACH_COLUMNS, rows));
        io.stderr(`${total}\n`);
      } else {
        const fixed = (x: number | null) => (x === null ? '-' : x.toFixed(1));
        io.stdout(formatTable(['urn', 'name', 'district', 'need', 'nearest hub', 'km'], rows.map((r) => [String(r.urn), r.name, r.districtCode ?? '-', fixed(r.needScore), r.nearestHubId ?? '-', fixed(r.nearestKm)])));
        io.stdout(`${total}\n`);
      }
    });
}
