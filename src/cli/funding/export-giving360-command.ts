import { giving360CsvColumns } from '../../domain/funding/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { exportGiving360 } from '../../app/funding/export-giving360.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

/** `oa funding export-360giving --fund ID`: the same package as GET /api/funds/:id/360giving. */
export async function runExportGiving360(io: CliIo, options: { fund: string; format: 'json' | 'csv'; awardDate?: string; prefix: string }): Promise<void> {
  const exported = await withServices(loadConfigOrThrow(io.env).database, (services) =>
    exportGiving360(services, { fundId: options.fund, awardDate: options.awardDate, prefix: options.prefix }),
  );
  if (exported === 'not_found') throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}"`));
  if (!exported.ok) throw new Error(exported.error);
  io.stdout(options.format === 'json' ? JSON.stringify(exported.value, null, 2) + '\n' : toCsv(giving360CsvColumns(exported.value.grants), exported.value.grants));
}
