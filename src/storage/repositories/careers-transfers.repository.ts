import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { execute } from '../bulk-insert.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { lockLedger } from './careers/employer-load.ts';
import { mergeHeldRecords } from './careers/pupils-elsewhere.ts';
import { rebuildCoverageTallies } from './careers/rebuild-coverage-tallies.ts';
import { recomputePupilTallies } from './careers/recompute-pupil-tallies.ts';

/** A school's own record of a pupil on another school's roll, waiting for a transfer (never a pseudonym). */
export interface HeldPupil {
  readonly id: number;
  readonly yearGroup: number;
  readonly encounters: number;
  /** The school whose roll the pupil is on; null when that record is gone (removed by retention). */
  readonly heldAt: number | null;
}

/** The records school `urn` holds for pupils on other schools' rolls, oldest first. */
export async function listHeldPupils(db: Kysely<Database>, urn: number): Promise<HeldPupil[]> {
  const rows = await db
    .selectFrom('careers_pupils as h')
    .leftJoin('careers_pupils as m', 'm.id', 'h.held_for')
    .select(['h.id', 'h.year_group', 'h.encounters', 'm.urn as held_at'])
    .where('h.urn', '=', urn)
    .where('h.held_for', 'is not', null)
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({ id: r.id, yearGroup: r.year_group, encounters: r.encounters, heldAt: r.held_at }));
}

/** The school whose roll a held record's pupil is on: undefined when `heldId` is no held record at `urn`, null when that pupil's record is gone. */
export async function heldPupilSchool(db: Kysely<Database>, urn: number, heldId: number): Promise<number | null | undefined> {
  const row = await db
    .selectFrom('careers_pupils as h')
    .leftJoin('careers_pupils as m', 'm.id', 'h.held_for')
    .select(['m.urn as held_at'])
    .where('h.id', '=', heldId)
    .where('h.urn', '=', urn)
    .where('h.held_for', 'is not', null)
    .executeTakeFirst();
  return row === undefined ? undefined : row.held_at;
}

export type TransferOutcome =
  | { readonly ok: true; readonly from: number | null; readonly mergedEncounters: number }
  /** `not_found`: no such held record at the school; `changed`: the pupil moved since `expectedFrom` was read. */
  | { readonly ok: false; readonly reason: 'not_found' | 'changed' };

/**
 * Transfers a pupil to the school that holds a record for them: their record moves to that school, takes
 * the held record's year group, FSM status, academic year and leaving date (the receiving school's, and
 * the newer), and the held record is folded in (`mergeHeldRecords`); encounters the old school recorded
 * stay the pupil's and stay findable from the old school. Tallies of the pupil and both schools are
 * recomputed and the transfer is audited with its reason, in one transaction. When the record it stood in
 * for is gone, the held record simply becomes the pupil's only record (`from` null). See
 * docs/methodology.md §15.7.
 */
export async function transferHeldPupil(
  db: Kysely<Database>,
  transfer: { readonly urn: number; readonly heldId: number; readonly expectedFrom: number | null; readonly reason: string },
  actor: AuditActor,
  now: () => Date,
): Promise<TransferOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockLedger(trx);
    const held = await trx
      .selectFrom('careers_pupils')
      .select(['id', 'held_for', 'year_group', 'fsm', 'as_at', 'leaving_date'])
      .where('id', '=', transfer.heldId)
      .where('urn', '=', transfer.urn)
      .where('held_for', 'is not', null)
      .executeTakeFirst();
    if (held?.held_for == null) return { ok: false, reason: 'not_found' };
    const main = await trx.selectFrom('careers_pupils').select(['id', 'urn']).where('id', '=', held.held_for).executeTakeFirst();
    if ((main?.urn ?? null) !== transfer.expectedFrom) return { ok: false, reason: 'changed' };
    let merged = 0;
    if (main === undefined) {
      await trx.updateTable('careers_pupils').set({ held_for: null }).where('id', '=', held.id).execute();
    } else {
      await trx
        .updateTable('careers_pupils')
        .set({ urn: transfer.urn, year_group: held.year_group, fsm: held.fsm, as_at: held.as_at, leaving_date: held.leaving_date })
        .where('id', '=', main.id)
        .execute();
      merged = await mergeHeldRecords(trx, [{ heldId: held.id, mainId: main.id }]);
      const id = String(main.id);
      // The old school keeps finding the encounters it recorded for the pupil (for its --replace files).
      await execute(
        trx,
        `insert into careers_pupil_schools (urn, pupil_id) select distinct e.urn, e.pupil_id from careers_encounters e
         where e.pupil_id = ${id} and e.urn <> ${String(transfer.urn)} and not exists (select 1 from careers_pupil_schools k where k.urn = e.urn and k.pupil_id = e.pupil_id)`,
      );
      await recomputePupilTallies(trx, id);
      await rebuildCoverageTallies(trx, `select ${String(main.urn)} union select ${String(transfer.urn)}`);
    }
    const from = main?.urn ?? null;
    await recordAudit(trx, {
      actor,
      at: now().toISOString(),
      action: 'careers.pupil.transfer',
      entityType: 'school',
      entityId: String(transfer.urn),
      summary: { from, to: transfer.urn, reason: transfer.reason, mergedEncounters: merged },
    });
    return { ok: true, from, mergedEncounters: merged };
  });
}
