import { allocatePot, confirmPotAllocation } from '../../app/funding/allocate-pot.ts';
import { allocate, type AllocationFormula, type AllocationRecipient } from '../../domain/funding/index.ts';
import { readRecipientsFile } from '../../ingest/funding/read-recipients.ts';
import { formatProblem } from '../../ingest/report.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { renderAllocation, type OutputFormat } from './allocation-output.ts';

export interface AllocateOptions {
  readonly pot?: string;
  readonly total?: number;
  readonly recipients?: string;
  readonly formula: AllocationFormula;
  readonly measure?: string;
  readonly base?: number;
  readonly floor?: number;
  readonly ceiling?: number;
  readonly format: OutputFormat;
  /** Save the run against the pot, as the allocation spend is tracked against. */
  readonly confirm?: boolean;
}

/**
 * `oa funding allocate`: with `--total` and `--recipients`, shares the total among the file's recipients;
 * with `--pot`, shares a stored pot (less its ring-fenced pots) among the twelve Opportunity Areas, or
 * among the file's recipients when `--recipients` is given too (it carries their measures).
 */
export async function runAllocate(io: CliIo, options: AllocateOptions): Promise<void> {
  checkUsage(options);
  let recipients: readonly AllocationRecipient[] | null = null;
  if (options.recipients !== undefined) {
    const read = await readRecipientsFile(options.recipients, options.formula === 'equal' ? null : (options.measure ?? null));
    if (!read.ok) {
      for (const problem of read.problems) io.stderr(`${formatProblem(problem)}\n`);
      throw new Error(`${options.recipients}: ${String(read.problems.length)} problem${read.problems.length === 1 ? '' : 's'}; nothing was allocated.`);
    }
    recipients = read.recipients;
  }

  const request = {
    formula: options.formula,
    ...(recipients === null ? {} : { recipients }),
    ...(options.measure === undefined ? {} : { measureName: options.measure }),
    ...(options.base === undefined ? {} : { basePence: options.base }),
    floorPence: options.floor ?? null,
    ceilingPence: options.ceiling ?? null,
  };
  if (options.pot === undefined) {
    // A total shared among a file's recipients: nothing stored is read or written.
    if (options.total === undefined || recipients === null) throw new Error('checkUsage guarantees a total and recipients');
    const result = allocate({ ...request, totalPence: options.total, recipients });
    if (!result.ok) throw new Error(result.error.message);
    io.stdout(renderAllocation(result.value, options.format, null));
    return;
  }
  const potId = options.pot;
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    // The same use cases as POST /api/funds/:id/allocations/preview and POST /api/funds/:id/allocations.
    const outcome = options.confirm === true ? await confirmPotAllocation(services, potId, request, cliActor(io), io.now) : await allocatePot(services, potId, request);
    if (!outcome.ok) throw new Error(outcome.kind === 'no-recipients' ? `${outcome.message}. Run: oa demo load` : outcome.message);
    io.stdout(renderAllocation(outcome.allocation, options.format, outcome.pot));
    if ('runId' in outcome) io.stderr(`Saved as allocation run ${String(outcome.runId)} of ${outcome.pot.pot.id}; spend is now tracked against it.\n`);
  });
}

function checkUsage(options: AllocateOptions): void {
  if (options.confirm === true && options.pot === undefined) throw new UsageError('--confirm needs --pot ID: a run is saved against a fund or pot');
  if (options.pot !== undefined && options.total !== undefined) throw new UsageError('Give --pot or --total, not both');
  if (options.pot === undefined && options.total === undefined) throw new UsageError('Give --pot ID, or --total PENCE with --recipients FILE.csv');
  if (options.total !== undefined && options.recipients === undefined) throw new UsageError('--total needs --recipients FILE.csv naming who shares it');
  if (options.formula !== 'equal' && options.measure === undefined) {
    throw new UsageError(`The ${options.formula} formula needs --measure COLUMN, naming a column of the recipients file`);
  }
  if (options.formula !== 'equal' && options.recipients === undefined) {
    throw new UsageError(`The ${options.formula} formula needs --recipients FILE.csv with a "${options.measure ?? 'measure'}" column for each recipient`);
  }
  if (options.formula === 'base-plus' && options.base === undefined) throw new UsageError('The base-plus formula needs --base PENCE');
  if (options.formula !== 'base-plus' && options.base !== undefined) throw new UsageError('--base applies only to --formula base-plus');
}
