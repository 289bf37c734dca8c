import { applyRetention } from '../../storage/repositories/careers-retention.repository.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

/** How long a leaver's careers records are kept when neither --years nor OA_RETENTION_YEARS says. */
export const DEFAULT_RETENTION_YEARS = 6;

/** The retention period: --years, else OA_RETENTION_YEARS, else 6. */
export function retentionYearsOrThrow(env: NodeJS.ProcessEnv, years: number | undefined): number {
  if (years !== undefined) return years;
  const raw = env['OA_RETENTION_YEARS'];
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_YEARS;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`OA_RETENTION_YEARS must be a whole number of years (got "${raw}")`);
  return Number(raw);
}

/** `oa retention apply [--years N]`: removes pupils who left more than N years ago with their encounters. */
export async function runRetentionApply(io: CliIo, options: { years?: number }): Promise<void> {
  const years = retentionYearsOrThrow(io.env, options.years);
  await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
    await assertMigratedOrThrow(handle);
    const result = await applyRetention(handle.db, years, cliActor(io), io.now());
    io.stdout(`Removed ${String(result.pupils)} pupils who left before ${result.cutOff} (${String(years)} years ago) and their ${String(result.encounters)} encounters.\n`);
  });
}
