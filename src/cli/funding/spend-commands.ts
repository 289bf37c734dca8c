import { computeVariance, DEFAULT_APPROVAL_THRESHOLD_PENCE, type SpendLine, type VarianceRow } from '../../domain/funding/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatPence } from '../../domain/shared/money.ts';
import { readTextFile } from '../../ingest/csv/read-text-file.ts';
import { parseSpendCsv } from '../../ingest/funding/read-spend-lines.ts';
import { formatProblem } from '../../ingest/report.ts';
import { SPEND_CSV_COLUMNS, VARIANCE_CSV_COLUMNS } from '../../app/funding/spend-columns.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import type { OutputFormat } from './allocation-output.ts';

/** The approval threshold: FUNDING_APPROVAL_THRESHOLD_PENCE, or £10,000. */
export function approvalThresholdOrThrow(env: NodeJS.ProcessEnv): number {
  const raw = env['FUNDING_APPROVAL_THRESHOLD_PENCE'];
  if (raw === undefined || raw === '') return DEFAULT_APPROVAL_THRESHOLD_PENCE;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new Error(`FUNDING_APPROVAL_THRESHOLD_PENCE must be a whole number of pence (got "${raw}")`);
  return Number(raw);
}

/** `oa funding import-spend --fund ID FILE.csv`: every line or none, each checked as the entry form checks it. */
export async function runImportSpend(io: CliIo, options: { fund: string; file: string; dryRun: boolean }): Promise<void> {
  const thresholdPence = approvalThresholdOrThrow(io.env);
  const file = await readTextFile(options.file);
  if (!file.ok) throw new Error(`${options.file}: ${file.reason}`);
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const context = await services.spend.loadSpendContext(options.fund);
    if (context === null) throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}"`));
    if (context.recipients.size === 0) throw new Error(`${options.fund} has no allocations yet to record spend against: confirm an allocation first`);
    const parsed = parseSpendCsv(file.file.text, options.file, context);
    if (!parsed.ok) {
      for (const problem of parsed.problems) io.stderr(`${formatProblem(problem)}\n`);
      throw new Error(`${options.file}: ${String(parsed.problems.length)} problem${parsed.problems.length === 1 ? '' : 's'}; nothing was imported.`);
    }
    if (options.dryRun) {
      const statuses = await services.spend.newLineStatuses(options.fund, parsed.lines, { thresholdPence, oneFile: true });
      io.stdout(`${options.file}: ${String(parsed.lines.length)} lines would be imported, ${String(statuses.filter((s) => s.status === 'pending_approval').length)} of them held for approval (dry run: nothing written)\n`);
      return;
    }
    const saved = await services.spend.recordSpend(options.fund, parsed.lines, { actor: cliActor(io), now: io.now, thresholdPence, importedFrom: { file: options.file, checksum: file.file.checksum } });
    const pending = saved.filter((l) => l.status === 'pending_approval').length;
    io.stdout(
      `${options.file}: ${String(parsed.lines.length)} lines imported, ${String(pending)} of them held for approval by a second person ` +
        `(above ${formatPence(thresholdPence)} on their own, or with the recipient's other lines that day or in this file)\n`,
    );
  });
}

/** `oa funding variance --fund ID`: allocation against spend by recipient and academic year, with flags. */
export async function runVariance(io: CliIo, options: { fund: string; format: OutputFormat; byPeriod: boolean }): Promise<void> {
  const rows = await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const context = await services.spend.loadSpendContext(options.fund);
    if (context === null) throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}"`));
    const variance = computeVariance({ allocations: context.allocations.rows, spend: await services.spend.listSpend(options.fund), years: context.years, profile: context.fund.profile, today: io.now().toISOString().slice(0, 10) });
    return options.byPeriod ? variance.byPeriod : variance.byRecipient;
  });
  io.stdout(renderVariance(rows, options.format));
}

function renderVariance(rows: readonly VarianceRow[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'csv':
      return toCsv(VARIANCE_CSV_COLUMNS, rows);
    case 'table':
      return formatTable(
        ['recipient', 'period', 'planned', 'committed', 'paid', 'variance', 'flag', 'awaiting approval'],
        rows.map((r) => [r.recipient, r.period, formatPence(r.plannedPence), formatPence(r.committedPence), formatPence(r.paidPence), formatPence(r.variancePence), r.flag ?? '', r.pendingPence === 0 ? '' : formatPence(r.pendingPence)]),
      );
  }
}

/** `oa funding spend --fund ID [--area ID]`: the spend lines, with their status. */
export async function runListSpend(io: CliIo, options: { fund: string; area?: string; format: OutputFormat }): Promise<void> {
  const lines = await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    if ((await services.spend.loadSpendContext(options.fund)) === null) throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}"`));
    return services.spend.listSpend(options.fund, options.area === undefined ? {} : { opportunityAreaId: options.area });
  });
  io.stdout(renderSpend(lines, options.format));
}

/** `oa funding approve-spend --fund ID --line N`: the second person's approval, as cli:<user>. */
export async function runApproveSpend(io: CliIo, options: { fund: string; line: number }): Promise<void> {
  const outcome = await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    return services.spend.approveSpend(options.fund, options.line, cliActor(io), io.now);
  });
  if (outcome === 'not_found') throw new AppFailure(appError('not_found', `There is no spend line ${String(options.line)} against ${options.fund}`));
  if (!outcome.ok) throw new AppFailure(appError('approval_refused', outcome.error));
  io.stdout(`Line ${String(outcome.value.id)} approved: ${formatPence(outcome.value.amountPence)} for ${outcome.value.recipient}\n`);
}

function renderSpend(lines: readonly SpendLine[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(lines, null, 2) + '\n';
    case 'csv':
      return toCsv(SPEND_CSV_COLUMNS, lines);
    case 'table':
      return formatTable(
        ['line', 'date', 'recipient', 'kind', 'amount', 'status', 'recorded by', 'purpose'],
        lines.map((l) => [String(l.id), l.spentOn, l.recipient, l.kind, formatPence(l.amountPence), l.status === 'approved' ? 'approved' : 'awaiting approval', l.recordedBy, l.purpose]),
      );
  }
}
