import { createHash } from 'node:crypto';
import { CompiledQuery, type Transaction } from 'kysely';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { execute, insertRows } from '../../bulk-insert.ts';
import { rawSqliteOf } from '../../raw-sqlite.ts';
import { adjustEmployerLoad } from './employer-load.ts';
import { insertEncountersNotHeld } from './insert-encounters-not-held.ts';
import { FILE_RUNS } from './file-rows.ts';

/**
 * What a ledger write does with a row whose pupil is on another school's roll (docs/methodology.md §15.7):
 * - `hold`: a school's own records (the form, `oa careers import --as`). The pupil gets a record of their
 *   own at the row's school, and the other school's record is left as it is. The writer is told nothing
 *   it would not be told for a new pupil, so no reply says whether a UPN is known elsewhere.
 * - `refuse`: the national team's import. Nothing is written; the rows are named (`PupilsHeldElsewhereError`).
 * - `move`: the national team's deliberate transfer (`--transfer-pupils`). The pupil moves to the row's
 *   school, taking over any record that school held for them; counted and audited.
 */
export type PupilsElsewherePolicy = 'hold' | 'refuse' | 'move';

/** Pupils in a write who are on another school's roll, refused by the `refuse` policy; nothing was written. */
export class PupilsHeldElsewhereError extends Error {
  override readonly name = 'PupilsHeldElsewhereError';
  /**
   * `pupils` are the first of them in the write's order (at most PLACED_REFUSALS_LISTED), `firstRows` the
   * place of each one's first row among the write's rows (1-based), and `total` how many there are in all.
   */
  constructor(
    readonly pupils: readonly { readonly pseudonym: string; readonly urn: number; readonly heldAt: number }[],
    readonly firstRows: readonly number[] = [],
    readonly total = pupils.length,
  ) {
    super(`${String(total)} pupils in this file are on the roll of another school`);
  }
}

/** The most refused pupils a `PupilsHeldElsewhereError` names; the rest are counted. */
export const PLACED_REFUSALS_LISTED = 1000;

/**
 * The pseudonym of school `urn`'s own record of a pupil on another school's roll: the SHA-256 of the
 * pupil's pseudonym and the URN, so the school's later records of the same UPN find it again. It is no
 * easier to reverse than the pseudonym it is made from (an HMAC with the installation's key).
 */
export function heldPseudonym(pseudonym: string, urn: number): string {
  return createHash('sha256').update(`${pseudonym}@${String(urn)}`).digest('hex');
}

/** A held record to fold into the record it stands in for, now at the held record's school. */
export interface HeldMerge {
  readonly heldId: number;
  readonly mainId: number;
}

export interface PlacedPupils {
  /** Held records taken over by pupils moving to their school (`move`). */
  readonly merges: readonly HeldMerge[];
  /** Pupils moved from another school's roll (`move`). */
  readonly moved: number;
  /** Pupils whose rows went to a record of this school's own (`hold`). */
  readonly held: number;
  /** No pupil of the write is in the ledger yet, under their pseudonym or as a school's own record. */
  readonly allNew: boolean;
}

/** The table of new held records to write: `pseudonym` (the held one) and `held_for`, the other record's id. */
export const HELD_FOR = 'careers_held_for';

/** SQL for `heldPseudonym` of the columns `pseudonym` and `urn`, registering it on SQLite the first time. */
function heldPseudonymSql(trx: Transaction<Database>): string {
  const sqlite = rawSqliteOf(trx);
  if (sqlite === undefined) return "encode(sha256(convert_to(pseudonym || '@' || urn::text, 'UTF8')), 'hex')";
  if (!REGISTERED.has(sqlite)) {
    sqlite.function('careers_held_pseudonym', { deterministic: true }, (pseudonym, urn) => heldPseudonym(String(pseudonym), Number(urn)));
    REGISTERED.add(sqlite);
  }
  return 'careers_held_pseudonym(pseudonym, urn)';
}
const REGISTERED = new WeakSet<object>();

/**
 * Decides, under the ledger's lock, where each pupil of the write's rows (`careers_file_runs`) is recorded
 * (see `PupilsElsewherePolicy`): rows going to a school's own record of a pupil get that record's
 * pseudonym, and the held records to make are put in HELD_FOR. A record the row's school already holds
 * for the pupil is used whatever the policy, also when the record it stood in for is gone (retention
 * removed it). A pupil's school is that of their last row, as a write moves a pupil. Works in the
 * database, so memory stays flat; only pupils on another school's roll are looked at one by one.
 */
export async function placePupilsHeldElsewhere(trx: Transaction<Database>, policy: PupilsElsewherePolicy): Promise<PlacedPupils> {
  const q = capabilitiesOf(trx).quote;
  const count = async (query: string) => Number((await trx.executeQuery<{ n: number | string }>(CompiledQuery.raw(`select count(*) as n from (${query}) c`))).rows[0]?.n ?? 0);
  await execute(
    trx,
    `create temporary table careers_wanted (pseudonym varchar(64), urn integer, first_seq integer, last_seq integer, main_id integer, main_urn integer,
      held varchar(64), held_id integer, is_last integer)`,
  );
  await execute(
    trx,
    `insert into careers_wanted (pseudonym, urn, first_seq, last_seq, main_id, main_urn)
     select g.pseudonym, g.urn, g.first_seq, g.last_seq, m.id, m.urn
     from (select pseudonym, urn, min(first_seq) as first_seq, max(last_seq) as last_seq from ${FILE_RUNS} group by pseudonym, urn) g
     left join careers_pupils m on m.pseudonym = g.pseudonym`,
  );
  await execute(trx, `create temporary table ${HELD_FOR} (pseudonym varchar(64) primary key, held_for integer)`);
  const elsewhere = 'main_urn <> urn';
  // A school's own record of a new pupil can only be at a school holding pupils already: only there is it looked for.
  await execute(trx, `update careers_wanted set held = ${heldPseudonymSql(trx)} where ${elsewhere} or (main_id is null and urn in (select urn from careers_pupils))`);
  await execute(trx, 'update careers_wanted set held_id = (select h.id from careers_pupils h where h.pseudonym = careers_wanted.held) where held is not null');
  const others = await count(`select 1 from careers_wanted where ${elsewhere}`);
  const allNew = (await count('select 1 from careers_wanted where main_id is not null or held_id is not null')) === 0;
  if (others > 0) {
    await execute(trx, 'create index careers_wanted_pseudonym on careers_wanted (pseudonym, urn)');
    await execute(trx, `update careers_wanted set is_last = 1 where ${elsewhere} and last_seq = (select max(w.last_seq) from careers_wanted w where w.pseudonym = careers_wanted.pseudonym)`);
  }
  if (policy === 'refuse' && others > 0) {
    const { rows } = await trx.executeQuery<{ pseudonym: string; urn: number; main_urn: number; first_seq: number }>(
      CompiledQuery.raw(`select pseudonym, urn, main_urn, first_seq from careers_wanted where ${elsewhere} order by first_seq limit ${String(PLACED_REFUSALS_LISTED)}`),
    );
    throw new PupilsHeldElsewhereError(
      rows.map((r) => ({ pseudonym: r.pseudonym, urn: r.urn, heldAt: r.main_urn })),
      rows.map((r) => r.first_seq),
      others,
    );
  }
  const renamed = `(main_id is null and held_id is not null)${policy === 'hold' ? ` or ${elsewhere}` : ''}`;
  const held = await count(`select distinct held from careers_wanted where ${renamed}`);
  if (held > 0) {
    if (others === 0) await execute(trx, 'create index careers_wanted_pseudonym on careers_wanted (pseudonym, urn)');
    await execute(
      trx,
      `update ${FILE_RUNS} set pseudonym = (select w.held from careers_wanted w where w.pseudonym = ${FILE_RUNS}.pseudonym and w.urn = ${FILE_RUNS}.urn)
       where (pseudonym, urn) in (select pseudonym, urn from careers_wanted where ${renamed})`,
    );
    if (policy === 'hold') await execute(trx, `insert into ${HELD_FOR} (pseudonym, held_for) select held, min(main_id) from careers_wanted where ${elsewhere} and held_id is null group by held`);
  }
  let moved = 0;
  let merges: HeldMerge[] = [];
  if (policy === 'move' && others > 0) {
    moved = await count(`select 1 from careers_wanted where ${elsewhere} and is_last = 1`);
    const { rows } = await trx.executeQuery<{ held_id: number; main_id: number }>(
      CompiledQuery.raw(`select held_id, main_id from careers_wanted where ${elsewhere} and is_last = 1 and held_id is not null order by first_seq`),
    );
    merges = rows.map((r) => ({ heldId: r.held_id, mainId: r.main_id }));
  }
  await execute(trx, `drop table ${q('careers_wanted')}`);
  return { merges, moved, held, allNew };
}

/**
 * Folds each held record into the record it stood in for: its encounters become that pupil's (one
 * already held there is kept once), employer load follows, and the held record is removed. The caller
 * has the ledger's lock, has put the pupil at the held record's school, and recomputes tallies after.
 * Returns how many of the held records' encounters were new to the pupil.
 */
export async function mergeHeldRecords(trx: Transaction<Database>, merges: readonly HeldMerge[]): Promise<number> {
  if (merges.length === 0) return 0;
  const q = capabilitiesOf(trx).quote;
  await execute(trx, 'create temporary table careers_merge (held_id integer primary key, main_id integer)');
  await insertRows(trx, 'careers_merge', ['held_id', 'main_id'], merges.map((m) => [m.heldId, m.mainId]));
  const heldEncounters = 'select e.employer_id, e.urn from careers_encounters e where e.pupil_id in (select held_id from careers_merge)';
  await execute(
    trx,
    `create temporary table careers_merging as select m.main_id as pupil_id, e.encounter_day, e.type_code, e.employer_id, e.urn, e.academic_year
     from careers_encounters e join careers_merge m on m.held_id = e.pupil_id`,
  );
  await adjustEmployerLoad(trx, heldEncounters, -1);
  await execute(trx, 'delete from careers_encounters where pupil_id in (select held_id from careers_merge)');
  await execute(trx, 'delete from careers_pupil_schools where pupil_id in (select held_id from careers_merge)');
  await execute(trx, 'delete from careers_pupils where id in (select held_id from careers_merge)');
  const merged = await insertEncountersNotHeld(trx, 'careers_merging', 'careers_merged');
  for (const table of ['careers_merge', 'careers_merging', 'careers_merged']) await execute(trx, `drop table ${q(table)}`);
  return merged;
}
