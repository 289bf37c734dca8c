import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { Allocation, AllocationFormula, RecipientAllocation } from '../../domain/funding/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

/** The settings a formula run was made with, kept beside its result so it can be checked and rerun. */
export interface AllocationSettings {
  readonly formula: AllocationFormula;
  readonly measureName: string | null;
  readonly basePence: number | null;
  readonly floorPence: number | null;
  readonly ceilingPence: number | null;
}

export interface SavedAllocationRun extends AllocationSettings {
  readonly id: number;
  readonly fundId: string;
  readonly totalPence: number;
  readonly rounds: number;
  readonly leftoverPennies: number;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
  readonly rows: readonly RecipientAllocation[];
}

/**
 * Saves a confirmed formula run for a fund, every recipient's amount and working, and an audit entry, in
 * one transaction. Returns the run's id.
 */
export async function saveAllocationRun(
  db: Kysely<Database>,
  fundId: string,
  settings: AllocationSettings,
  allocation: Allocation,
  actor: AuditActor,
  now: () => Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const at = now().toISOString();
    const run = await trx
      .insertInto('allocation_runs')
      .values({
        fund_id: fundId,
        formula: settings.formula,
        total_pence: allocation.totalPence,
        measure_name: settings.measureName,
        base_pence: settings.basePence,
        floor_pence: settings.floorPence,
        ceiling_pence: settings.ceilingPence,
        rounds: allocation.rounds,
        leftover_pennies: allocation.leftoverPennies,
        confirmed_by: actor.label,
        confirmed_by_user_id: actor.userId,
        confirmed_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Batches keep each statement well under both engines' limits on bound values.
    const rows = allocation.rows.map((r, position) => ({
      run_id: run.id,
      position,
      recipient: r.recipient,
      amount_pence: r.amountPence,
      exact_pence: r.exactPence,
      bound: r.bound === null ? null : `${r.bound.by}:${String(r.bound.round)}`,
      extra_penny: r.extraPenny,
      working: JSON.stringify(r.working),
    }));
    for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('allocation_rows').values(rows.slice(i, i + 2000)).execute();
    await recordAudit(trx, {
      actor,
      at,
      action: 'funding.allocation.confirm',
      entityType: 'fund',
      entityId: fundId,
      summary: { runId: run.id, ...settings, totalPence: allocation.totalPence, recipients: allocation.rows.length },
    });
    return run.id;
  });
}

/** The fund's most recently confirmed run with its rows in their original order, or null when none. */
export async function latestAllocationRun(db: Kysely<Database>, fundId: string): Promise<SavedAllocationRun | null> {
  const run = await db.selectFrom('allocation_runs').selectAll().where('fund_id', '=', fundId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (run === undefined) return null;
  const rows = await db.selectFrom('allocation_rows').selectAll().where('run_id', '=', run.id).orderBy('position').execute();
  const nullablePence = (value: string | number | bigint | null) => (value === null ? null : penceFromColumn(value));
  return {
    id: run.id,
    fundId: run.fund_id,
    formula: run.formula as AllocationFormula,
    measureName: run.measure_name,
    basePence: nullablePence(run.base_pence),
    floorPence: nullablePence(run.floor_pence),
    ceilingPence: nullablePence(run.ceiling_pence),
    totalPence: penceFromColumn(run.total_pence),
    rounds: run.rounds,
    leftoverPennies: run.leftover_pennies,
    confirmedBy: run.confirmed_by,
    confirmedAt: run.confirmed_at,
    rows: rows.map((r): RecipientAllocation => {
      const [by, round] = (r.bound ?? '').split(':');
      const amountPence = penceFromColumn(r.amount_pence);
      return {
        recipient: r.recipient,
        amountPence,
        exactPence: r.exact_pence,
        bound: by === 'floor' || by === 'ceiling' ? { by, round: Number(round) } : null,
        extraPenny: r.extra_penny === 1 ? 1 : 0,
        working: JSON.parse(r.working) as string[],
      };
    }),
  };
}
