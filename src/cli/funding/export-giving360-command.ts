import { giving360CsvColumns } from '../../domain/funding/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { createFundsRepository } from '../../storage/repositories/funds.repository.ts';
import { createPlacesRepository } from '../../storage/repositories/places.repository.ts';
import { createProgrammeRepository } from '../../storage/repositories/programme.repository.ts';
import { exportGiving360 } from '../../app/funding/export-giving360.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { assertMigratedOrThrow, withDatabase } from '../open-database.ts';

/** `oa funding export-360giving --fund ID`: the same package as GET /api/funds/:id/360giving. */
export async function runExportGiving360(io: CliIo, options: { fund: string; format: 'json' | 'csv'; awardDate?: string; prefix: string }): Promise<void> {
  const exported = await withDatabase(loadConfigOrThrow(io.env).database, async (handle) => {
    await assertMigratedOrThrow(handle);
    const deps = { funds: createFundsRepository(handle.db), programme: createProgrammeRepository(handle.db), places: createPlacesRepository(handle.db), db: handle.db };
    return exportGiving360(deps, { fundId: options.fund, awardDate: options.awardDate, prefix: options.prefix });
  });
  if (exported === 'not_found') throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}"`));
  if (!exported.ok) throw new Error(exported.error);
  io.stdout(options.format === 'json' ? JSON.stringify(exported.value, null, 2) + '\n' : toCsv(giving360CsvColumns(exported.value.grants), exported.value.grants));
}
