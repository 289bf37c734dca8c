import type { Command } from 'commander';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { numberFrom } from './network-options.ts';

/** `oa hubs reach`: one hub's own distance beyond its area and capacity, kept and audited (docs/methodology.md §14.2). */
export function registerHubReachCommand(hubs: Command, io: CliIo): void {
  hubs
    .command('reach')
    .description('Set one hub’s own reach: how far beyond its own Opportunity Area it serves schools, and how many; --clear returns it to the network’s')
    .argument('<hub>', 'the Research School’s id, e.g. blackpool-research-school')
    .option('--within <km>', 'how far beyond its own area the hub serves schools', numberFrom('--within', 0, 1000, false))
    .option('--capacity <n>', 'how many schools the hub can serve', numberFrom('--capacity', 0, 100_000, true))
    .option('--clear', 'return the hub to the network’s distance and capacity')
    .requiredOption('--reason <text>', 'why, kept in the audit log')
    .action(async (hubId: string, options: { within?: number; capacity?: number; clear?: boolean; reason: string }) => {
      const given = options.within !== undefined || options.capacity !== undefined;
      if (given === (options.clear === true)) throw new UsageError('Give --within, --capacity or both, or --clear');
      const config = loadConfigOrThrow(io.env);
      const reach = options.clear === true ? { radiusMetres: null, capacity: null } : { radiusMetres: options.within === undefined ? null : Math.round(options.within * 1000), capacity: options.capacity ?? null };
      const outcome = await withServices(config.database, (services) => services.hubReach.setHubReach(hubId, reach, options.reason, cliActor(io), io.now));
      if (typeof outcome === 'object') throw new UsageError(outcome.invalid);
      if (outcome === 'unknown_hub') throw new UsageError(`There is no Research School "${hubId}". oa hubs list shows them.`);
      if (outcome === 'not_set') throw new UsageError(`${hubId} has no reach of its own to clear.`);
      if (outcome === 'cleared') io.stdout(`${hubId} now takes the network’s distance and capacity.\n`);
      else {
        const parts = [options.within === undefined ? null : `${String(options.within)} km beyond its own area`, options.capacity === undefined ? null : `up to ${String(options.capacity)} schools`].filter((p) => p !== null);
        io.stdout(`${hubId} now serves ${parts.join(', ')}; the rest as the network.\n`);
      }
    });
}
