import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import {
  academicYearOf,
  academicYearsOf,
  checkApproval,
  currentAllocations,
  sameDayKey,
  statusesForNewLines,
  type CurrentAllocations,
  type Fund,
  type NewLineStatus,
  type SpendInput,
  type SpendKind,
  type SpendLine,
  type SpendStatus,
} from '../../domain/funding/index.ts';
import type { Result } from '../../domain/shared/result.ts';
import type { Database, SpendLinesTable } from '../schema.ts';
import { latestAllocationRun } from './allocations.repository.ts';
import { recordAudit } from './audit.repository.ts';
import { listFunds } from './funds.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

/** What spend against a fund is checked and compared with: the fund, its current allocations and years. */
export interface SpendContextData {
  readonly fund: Fund;
  readonly allocations: CurrentAllocations;
  readonly years: string[] | null;
  readonly recipients: ReadonlySet<string>;
}

/** The fund's spend context, or null when there is no such fund. */
export async function loadSpendContext(db: Kysely<Database>, fundId: string): Promise<SpendContextData | null> {
  const funds = await listFunds(db);
  const fund = funds.find((f) => f.id === fundId);
  if (fund === undefined) return null;
  const run = await latestAllocationRun(db, fundId);
  const allocations = currentAllocations(funds, fundId, run === null ? null : { id: run.id, rows: run.rows });
  return { fund, allocations, years: academicYearsOf(fund.period), recipients: new Set(allocations.rows.map((r) => r.recipient)) };
}

/**
 * Records spend lines against a fund, all or none, in one transaction with one audit entry per line (or
 * one for an import). Lines above the approval threshold are held as pending. Each line's Opportunity
 * Area is the recipient when the recipient is an area, which is what scopes area leads to their own.
 */
export async function recordSpend(
  db: Kysely<Database>,
  fundId: string,
  inputs: readonly SpendInput[],
  options: { readonly actor: AuditActor; readonly now: () => Date; readonly thresholdPence: number; readonly importedFrom?: { file: string; checksum: string } },
): Promise<SpendLine[]> {
  return db.transaction().execute(async (trx) => {
    const at = options.now().toISOString();
    const areaIds = new Set((await trx.selectFrom('opportunity_areas').select('id').execute()).map((a) => a.id));
    const statuses = await newLineStatuses(trx, fundId, inputs, { thresholdPence: options.thresholdPence, oneFile: options.importedFrom !== undefined });
    const saved: SpendLine[] = [];
    for (const [index, input] of inputs.entries()) {
      const { status, heldBecause } = statuses[index] ?? { status: 'pending_approval', heldBecause: 'over_threshold' };
      const row = await trx
        .insertInto('spend_lines')
        .values({
          fund_id: fundId,
          recipient: input.recipient,
          opportunity_area_id: areaIds.has(input.recipient) ? input.recipient : null,
          kind: input.kind,
          spent_on: input.spentOn,
          period: academicYearOf(input.spentOn),
          purpose: input.purpose,
          evidence_strand: input.evidenceStrand,
          amount_pence: input.amountPence,
          status,
          recorded_by: options.actor.label,
          recorded_by_user_id: options.actor.userId,
          recorded_at: at,
          approved_by: null,
          approved_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const line = spendLineFromRow(row);
      saved.push(line);
      if (options.importedFrom === undefined) await auditLine(trx, options.actor, at, 'funding.spend.create', line, { ...input, status: line.status, heldBecause });
    }
    if (options.importedFrom !== undefined) {
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'funding.spend.import',
        entityType: 'fund',
        entityId: fundId,
        summary: { ...options.importedFrom, lines: saved.length, ids: saved.map((l) => l.id), pending: saved.filter((l) => l.status === 'pending_approval').length },
      });
    }
    return saved;
  });
}

/**
 * What status each of `inputs` would get if recorded now against the fund (the approval rule of
 * `statusesForNewLines`, with the lines already counted without approval), without writing anything: for a
 * dry run, and inside `recordSpend`.
 */
export async function newLineStatuses(
  db: Kysely<Database>,
  fundId: string,
  inputs: readonly SpendInput[],
  options: { readonly thresholdPence: number; readonly oneFile: boolean },
): Promise<NewLineStatus[]> {
  const recipients = [...new Set(inputs.map((i) => i.recipient))];
  const counted = new Map<string, number>();
  if (recipients.length > 0) {
    // Approved with no approver: counted by the rule alone, without a second person.
    const rows = await db
      .selectFrom('spend_lines')
      .select(['recipient', 'spent_on'])
      .select((eb) => eb.fn.sum<string | number>('amount_pence').as('total'))
      .where('fund_id', '=', fundId)
      .where('status', '=', 'approved')
      .where('approved_by', 'is', null)
      .where('recipient', 'in', recipients)
      .groupBy(['recipient', 'spent_on'])
      .execute();
    for (const row of rows) counted.set(sameDayKey(row.recipient, row.spent_on), Number(row.total));
  }
  return statusesForNewLines(inputs, counted, options.thresholdPence, { oneFile: options.oneFile });
}

/** Approves a pending line by someone other than whoever recorded it; `not_found` when there is no such line. */
export async function approveSpend(db: Kysely<Database>, fundId: string, lineId: number, approver: AuditActor, now: () => Date): Promise<'not_found' | Result<SpendLine, string>> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('spend_lines').selectAll().where('id', '=', lineId).where('fund_id', '=', fundId).executeTakeFirst();
    if (row === undefined) return 'not_found';
    const allowed = checkApproval(spendLineFromRow(row), approver);
    if (!allowed.ok) return allowed;
    const at = now().toISOString();
    const updated = await trx
      .updateTable('spend_lines')
      .set({ status: 'approved', approved_by: approver.label, approved_at: at })
      .where('id', '=', lineId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const line = spendLineFromRow(updated);
    await auditLine(trx, approver, at, 'funding.spend.approve', line, { status: { before: 'pending_approval', after: 'approved' } });
    return { ok: true, value: line };
  });
}

/** The area a line belongs to, for scoping; undefined when there is no such line. */
export async function spendLineArea(db: Kysely<Database>, lineId: number): Promise<string | null | undefined> {
  const row = await db.selectFrom('spend_lines').select('opportunity_area_id').where('id', '=', lineId).executeTakeFirst();
  return row === undefined ? undefined : row.opportunity_area_id;
}

/** A fund's spend lines, oldest first, optionally for one Opportunity Area. */
/** A fund's spend lines in date order, all of them or (`page`) one page. */
export async function listSpend(
  db: Kysely<Database>,
  fundId: string,
  filter: { opportunityAreaId?: string } = {},
  page?: { readonly offset: number; readonly limit: number },
): Promise<SpendLine[]> {
  let query = db.selectFrom('spend_lines').selectAll().where('fund_id', '=', fundId);
  if (filter.opportunityAreaId !== undefined) query = query.where('opportunity_area_id', '=', filter.opportunityAreaId);
  query = query.orderBy('spent_on').orderBy('id');
  if (page !== undefined) query = query.limit(page.limit).offset(page.offset);
  return (await query.execute()).map(spendLineFromRow);
}

/** How many spend lines `listSpend` would give for the same fund and filter. */
export async function countSpend(db: Kysely<Database>, fundId: string, filter: { opportunityAreaId?: string } = {}): Promise<number> {
  let query = db.selectFrom('spend_lines').select((eb) => eb.fn.countAll<string | number>().as('n')).where('fund_id', '=', fundId);
  if (filter.opportunityAreaId !== undefined) query = query.where('opportunity_area_id', '=', filter.opportunityAreaId);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

async function auditLine(trx: Transaction<Database>, actor: AuditActor, at: string, action: string, line: SpendLine, summary: unknown): Promise<void> {
  await recordAudit(trx, { actor, at, action, entityType: 'spend_line', entityId: String(line.id), summary: { fundId: line.fundId, ...(summary as object) } });
}

function spendLineFromRow(row: Selectable<SpendLinesTable>): SpendLine {
  return {
    id: row.id,
    fundId: row.fund_id,
    recipient: row.recipient,
    opportunityAreaId: row.opportunity_area_id,
    kind: row.kind as SpendKind,
    spentOn: row.spent_on,
    period: row.period,
    purpose: row.purpose,
    evidenceStrand: row.evidence_strand,
    amountPence: penceFromColumn(row.amount_pence),
    status: row.status as SpendStatus,
    recordedBy: row.recorded_by,
    recordedByUserId: row.recorded_by_user_id,
    recordedAt: row.recorded_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}
