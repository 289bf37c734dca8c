import { createHash } from 'node:crypto';
import { CompiledQuery, type Transaction } from 'kysely';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { execute, insertRows } from '../../bulk-insert.ts';
import type { LedgerRow } from '../careers-ledger.repository.ts';
import { adjustEmployerLoad } from './employer-load.ts';

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
  constructor(readonly pupils: readonly { readonly pseudonym: string; readonly urn: number; readonly heldAt: number }[]) {
    super(`${String(pupils.length)} pupils in this file are on the roll of another school`);
  }
}

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

export interface PlacedRows {
  /** The rows, those held at their school given the held record's pseudonym. */
  readonly rows: readonly LedgerRow[];
  /** The held records to write, by pseudonym: the id of the record on the other school's roll. */
  readonly heldFor: ReadonlyMap<string, number>;
  /** Held records taken over by pupils moving to their school (`move`). */
  readonly merges: readonly HeldMerge[];
  /** Pupils moved from another school's roll (`move`). */
  readonly moved: number;
  /** Pupils whose rows went to a record of this school's own (`hold`). */
  readonly held: number;
}

interface Found {
  pseudonym: string;
  urn: number;
  held: string;
  main_id: number | null;
  main_urn: number | null;
  held_id: number | null;
}

/**
 * Decides, under the ledger's lock, where each row's pupil is recorded (see `PupilsElsewherePolicy`). A
 * record the row's school already holds for the pupil is used whatever the policy, also when the record
 * it stood in for is gone (retention removed it).
 */
export async function placePupilsHeldElsewhere(trx: Transaction<Database>, rows: readonly LedgerRow[], policy: PupilsElsewherePolicy): Promise<PlacedRows> {
  // Where each pupil's record should be: the school of their last row (as a write moves a pupil), and for
  // holding, each school they have rows at.
  const last = new Map<string, number>();
  for (const r of rows) last.set(r.pseudonym, r.urn);
  const pairs = new Map<string, [string, number]>();
  for (const r of rows) pairs.set(`${r.pseudonym}@${String(r.urn)}`, [r.pseudonym, r.urn]);
  await execute(trx, 'create temporary table careers_wanted (pseudonym varchar(64), urn integer, held varchar(64))');
  await insertRows(trx, 'careers_wanted', ['pseudonym', 'urn', 'held'], [...pairs.values()].map(([p, urn]) => [p, urn, heldPseudonym(p, urn)]));
  const { rows: found } = await trx.executeQuery<Found>(
    CompiledQuery.raw(`select w.pseudonym, w.urn, w.held, m.id as main_id, m.urn as main_urn, h.id as held_id from careers_wanted w
      left join careers_pupils m on m.pseudonym = w.pseudonym left join careers_pupils h on h.pseudonym = w.held`),
  );
  await execute(trx, `drop table ${capabilitiesOf(trx).quote('careers_wanted')}`);

  const renamed = new Map<string, string>();
  const heldFor = new Map<string, number>();
  const merges: HeldMerge[] = [];
  const refused: { pseudonym: string; urn: number; heldAt: number }[] = [];
  let moved = 0;
  for (const f of found) {
    const key = `${f.pseudonym}@${String(f.urn)}`;
    if (f.main_id === null || f.main_urn === null) {
      if (f.held_id !== null) renamed.set(key, f.held);
      continue;
    }
    if (f.main_urn === f.urn) continue;
    if (policy === 'hold') {
      renamed.set(key, f.held);
      if (f.held_id === null) heldFor.set(f.held, f.main_id);
    } else if (policy === 'refuse') {
      refused.push({ pseudonym: f.pseudonym, urn: f.urn, heldAt: f.main_urn });
    } else if (last.get(f.pseudonym) === f.urn) {
      moved += 1;
      if (f.held_id !== null) merges.push({ heldId: f.held_id, mainId: f.main_id });
    }
  }
  if (refused.length > 0) throw new PupilsHeldElsewhereError(refused);
  const placed = renamed.size === 0 ? rows : rows.map((r) => {
    const pseudonym = renamed.get(`${r.pseudonym}@${String(r.urn)}`);
    return pseudonym === undefined ? r : { ...r, pseudonym };
  });
  return { rows: placed, heldFor, merges, moved, held: new Set(renamed.values()).size };
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
  const columns = 'pupil_id, encounter_day, type_code, employer_id, urn, academic_year';
  await execute(
    trx,
    `create temporary table careers_merged as select pupil_id, encounter_day, type_code, employer_id, min(urn) as urn, min(academic_year) as academic_year
     from careers_merging s where not exists (select 1 from careers_encounters e where e.pupil_id = s.pupil_id and e.encounter_day = s.encounter_day
       and e.type_code = s.type_code and e.employer_id = s.employer_id)
     group by pupil_id, encounter_day, type_code, employer_id`,
  );
  const merged = await execute(trx, `insert into careers_encounters (${columns}) select ${columns} from careers_merged order by pupil_id, encounter_day, type_code, employer_id`);
  await adjustEmployerLoad(trx, 'select employer_id, urn from careers_merged', 1);
  for (const table of ['careers_merge', 'careers_merging', 'careers_merged']) await execute(trx, `drop table ${q(table)}`);
  return merged;
}
