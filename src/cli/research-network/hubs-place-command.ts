import type { Command } from 'commander';
import { AppFailure, appError } from '../../app/errors.ts';
import { placementReasonProblem, readPlacementInput, type HubPlacementRequest } from '../../domain/research-network/index.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { DEFAULT_LIST_LIMIT, noteShown, parseListLimit } from '../list-limit.ts';
import { withServices } from '../open-database.ts';

interface PlaceOptions {
  urn?: string;
  postcode?: string;
  lat?: string;
  lon?: string;
  clear?: boolean;
  reason: string;
}

/** The one place the options name; a usage error (exit 2) when they do not name exactly one, or name it badly. */
function placementRequest(options: PlaceOptions): HubPlacementRequest {
  const read = readPlacementInput(options);
  if (!('field' in read)) return read;
  throw new UsageError(
    read.field === 'where' ? 'Say where the hub works from with exactly one of --urn, --postcode, or --lat with --lon (or --clear to remove a placement)' : `--${read.field}: ${read.message}`,
  );
}

/** `oa hubs place` and `oa hubs list`: where each Research School is placed, and placing those their host cannot. */
export function registerHubPlacementCommands(hubs: Command, io: CliIo): void {
  hubs
    .command('list')
    .description('Each Research School by id, where it is placed and how, or why it is not placed')
    .option('--limit <n>', 'at most this many, by id', parseListLimit, DEFAULT_LIST_LIMIT)
    .action(async (options: { limit: number }) => {
      const config = loadConfigOrThrow(io.env);
      const { placed, unplaced, total } = await withServices(config.database, async (services) => {
        const { ids, total } = await services.lookups.hubIdsFirst(options.limit);
        // Placed for the hubs shown only: an approximate placement costs queries of its own.
        return { ...(await services.schoolNeed.loadHubs({ ids })), total };
      });
      const rows = [
        ...placed.map((h) => [h.id, h.name, `${h.lat.toFixed(5)}, ${h.lon.toFixed(5)}`, h.placedBy]),
        ...unplaced.map((h) => [h.id, h.name, '-', `not placed: ${h.reason}`]),
      ].sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
      io.stdout(formatTable(['hub', 'name', 'location', 'placed'], rows));
      noteShown(io, placed.length + unplaced.length, total, 'Research Schools, by id');
      if (unplaced.length > 0) io.stdout(`${String(unplaced.length)} not placed: place each with oa hubs place <hub> --urn N | --postcode PC | --lat X --lon Y --reason "…".\n`);
    });

  hubs
    .command('place <hub>')
    .description('Place a Research School whose host cannot place it (an alliance or trust, or a host without a location), audited')
    .option('--urn <urn>', 'at this school’s location in the register')
    .option('--postcode <postcode>', 'at this postcode’s centroid (from the imported postcode file)')
    .option('--lat <degrees>', 'latitude (WGS84), with --lon')
    .option('--lon <degrees>', 'longitude (WGS84), with --lat')
    .option('--clear', 'remove the placement, so the hub is placed at its host again (or not at all)')
    .requiredOption('--reason <text>', 'why the hub is placed here, such as where its training is held')
    .action(async (hubId: string, options: PlaceOptions) => {
      const config = loadConfigOrThrow(io.env);
      const request = options.clear === true ? null : placementRequest(options);
      await withServices(config.database, async (services) => {
        if (request === null) {
          const problem = placementReasonProblem(options.reason);
          if (problem !== null) throw new UsageError(`--reason: ${problem}`);
          const outcome = await services.hubPlacements.clearHubPlacement(hubId, options.reason, cliActor(io), io.now);
          if (outcome === 'unknown_hub') throw new AppFailure(appError('not_found', `There is no Research School with the id ${hubId}`));
          io.stdout(outcome === 'cleared' ? `Removed the placement of ${hubId}.\n` : `${hubId} had no placement to remove.\n`);
          return;
        }
        const outcome = await services.hubPlacements.placeHub(hubId, request, options.reason, cliActor(io), io.now);
        if (outcome.refused !== null) throw new Error(outcome.message);
        io.stdout(`Placed ${hubId} ${outcome.placement.basis} (${outcome.placement.lat.toFixed(5)}, ${outcome.placement.lon.toFixed(5)}).\n`);
      });
    });
}
