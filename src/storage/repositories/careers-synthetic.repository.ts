import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { ENCOUNTER_TYPES, isoDateOf, syntheticPseudonym, type SyntheticBatch } from '../../domain/careers/index.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import { rawSqliteOf } from '../raw-sqlite.ts';
import { transactionWithClient } from '../postgres-client-transaction.ts';
import type { Database } from '../schema.ts';
import { withIndexesSuspended } from '../suspend-indexes.ts';
import { recordAudit } from './audit.repository.ts';
import { execute, insertFlatRows, insertRows, nextId, type Cell } from './careers/bulk-insert.ts';
import { copyFlatRows } from './careers/copy-rows.ts';
import { addEmployerLoad, adjustEmployerLoad, lockLedger } from './careers/employer-load.ts';
import { rebuildCoverageTallies } from './careers/rebuild-coverage-tallies.ts';

const PUPIL_COLUMNS = ['id', 'pseudonym', 'urn', 'year_group', 'fsm', 'as_at', 'leaving_date', 'synthetic', 'encounters', 'encounter_years'];
/** Employer load is counted in memory under `employer id × this + URN` (URNs have six digits). */
const LOAD_KEY = 1_000_000;
const ENCOUNTER_COLUMNS = ['pupil_id', 'encounter_date', 'encounter_type', 'employer_id', 'urn', 'academic_year'];

/** Open schools that teach years 7 to 11 or beyond (secondary and all-through), in URN order. */
export async function secondarySchoolUrns(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('schools')
    .select('urn')
    .where('phase', 'in', ['secondary', 'all-through'])
    .where((eb) => eb(eb.fn('lower', ['status']), 'like', 'open%'))
    .orderBy('urn')
    .execute();
  return rows.map((r) => r.urn);
}

export interface SyntheticLoad {
  readonly employers: number;
  readonly asAt: number;
  readonly actor: AuditActor;
  readonly now: string;
  readonly onBatch?: (pupilsDone: number) => void;
}

export interface SyntheticCounts {
  readonly pupils: number;
  readonly encounters: number;
  readonly employers: number;
  readonly advisers: number;
  readonly removed: number;
}

/**
 * Replaces the synthetic careers data (rows marked `synthetic = 1`; real pupils are never touched) with the
 * batches given, in one transaction: any failure leaves the data as it was. Batches are written as they
 * are generated, so memory stays flat at any scale. When no real pupils remain, the ledger's and pupils'
 * secondary indexes are dropped for the load and built again after it (docs/benchmarks.md, careers).
 * Pupil ids are allocated here, after the highest in use, so encounters can point at them without reading
 * back. Also adds synthetic Enterprise Advisers for nine in ten of `urns`, so the adviser pages have gaps.
 */
export async function replaceSyntheticCareers(db: Kysely<Database>, urns: readonly number[], batches: SyntheticBatches, load: SyntheticLoad): Promise<SyntheticCounts> {
  const sqlite = rawSqliteOf(db);
  if (sqlite === undefined) return replaceInTransaction(db, urns, batches, load);
  // SQLite looks up each encounter's pupil as it goes in, about a third of the load's time; here every
  // encounter's pupil is checked to be in its own batch as rows are written, so the foreign keys are off
  // for this one transaction, on the connection held for it (the setting cannot change inside one).
  return db.connection().execute(async (connection) => {
    const before = Number(sqlite.pragma('foreign_keys', { simple: true }));
    sqlite.pragma('foreign_keys = OFF');
    try {
      return await replaceInTransaction(connection, urns, batches, load);
    } finally {
      sqlite.pragma(`foreign_keys = ${before === 1 ? 'ON' : 'OFF'}`);
    }
  });
}

/** Synthetic batches from pupil id `firstId`, made here or by another thread. */
export type SyntheticBatches = (firstId: number) => Iterable<SyntheticBatch> | AsyncIterable<SyntheticBatch>;

async function replaceInTransaction(db: Kysely<Database>, urns: readonly number[], batches: SyntheticBatches, load: SyntheticLoad): Promise<SyntheticCounts> {
  return transactionWithClient(db, async (trx, client) => {
    await lockLedger(trx);
    await execute(trx, 'delete from careers_adviser_schools where adviser_id in (select id from careers_advisers where synthetic = 1)');
    await execute(trx, 'delete from careers_advisers where synthetic = 1');
    const synthetic = 'select id from careers_pupils where synthetic = 1';
    await adjustEmployerLoad(trx, `select employer_id, urn from careers_encounters where pupil_id in (${synthetic})`, -1);
    await execute(trx, `delete from careers_pupil_schools where pupil_id in (${synthetic})`);
    await execute(trx, `delete from careers_encounters where pupil_id in (${synthetic})`);
    const removed = await execute(trx, 'delete from careers_pupils where synthetic = 1');
    await execute(trx, 'delete from careers_employers where synthetic = 1 and id not in (select employer_id from careers_employer_schools)');
    const employerIds = await nextId(trx, 'careers_employers');
    const sectors = ['Manufacturing', 'Health', 'Construction', 'Finance', 'Retail', 'Digital', 'Public sector', 'Energy'];
    await insertRows(
      trx,
      'careers_employers',
      ['id', 'name', 'name_key', 'cornerstone', 'sector', 'synthetic'],
      Array.from({ length: load.employers }, (_, i) => [employerIds + i, `Synthetic employer ${String(i + 1)}`, `synthetic employer ${String(i + 1)}`, i < 40 ? 1 : 0, sectors[i % sectors.length] ?? null, 1]),
    );
    const firstPupil = await nextId(trx, 'careers_pupils');
    let pupils = 0;
    let encounters = 0;
    // Employer load, counted as the rows go by rather than grouped from the ledger afterwards.
    const perEmployerSchool = new Map<number, number>();
    const dates = new Map<number, string>();
    const write = async () => {
      for await (const batch of batches(firstPupil)) {
        const { pupils: p, encounters: e } = batch;
        const firstId = p.id[0] ?? 0;
        const pupilValues: Cell[] = new Array<Cell>(p.length * PUPIL_COLUMNS.length);
        let v = 0;
        for (let i = 0; i < p.length; i += 1) {
          if (p.id[i] !== firstId + i) throw new RangeError(`Synthetic pupils must be numbered one after another: found ${String(p.id[i])} after ${String(firstId + i - 1)}`);
          pupilValues[v++] = firstId + i;
          pupilValues[v++] = syntheticPseudonym(batch.seed, batch.firstNumber + i);
          pupilValues[v++] = p.urn[i] ?? 0;
          pupilValues[v++] = p.yearGroup[i] ?? 0;
          pupilValues[v++] = p.fsm[i] ?? 0;
          pupilValues[v++] = load.asAt;
          pupilValues[v++] = null;
          pupilValues[v++] = 1;
          pupilValues[v++] = p.encounters[i] ?? 0;
          pupilValues[v++] = p.encounterYears[i] ?? 0;
        }
        const encounterValues: Cell[] = new Array<Cell>(e.length * ENCOUNTER_COLUMNS.length);
        const pupilSchoolValues: number[] = [];
        const seen = new Set<number>();
        v = 0;
        for (let i = 0; i < e.length; i += 1) {
          const pupilId = e.pupilId[i] ?? 0;
          const urn = e.urn[i] ?? 0;
          const employerId = employerIds + (e.employer[i] ?? 1) - 1;
          // Each encounter's pupil is one of this batch's, written just before it: what the foreign key
          // would check row by row (and, on SQLite, is switched off for; see below).
          if (pupilId < firstId || pupilId >= firstId + p.length) throw new RangeError(`Synthetic encounter for pupil ${String(pupilId)}, not in its batch`);
          const yyyymmdd = e.date[i] ?? 0;
          let date = dates.get(yyyymmdd);
          if (date === undefined) dates.set(yyyymmdd, (date = isoDateOf(yyyymmdd)));
          encounterValues[v++] = pupilId;
          encounterValues[v++] = date;
          encounterValues[v++] = ENCOUNTER_TYPES[e.type[i] ?? 0] ?? 'other';
          encounterValues[v++] = employerId;
          encounterValues[v++] = urn;
          encounterValues[v++] = e.academicYear[i] ?? 0;
          const pair = pupilId * LOAD_KEY + urn;
          if (!seen.has(pair)) {
            seen.add(pair);
            pupilSchoolValues.push(urn, pupilId);
          }
          const key = employerId * LOAD_KEY + urn;
          perEmployerSchool.set(key, (perEmployerSchool.get(key) ?? 0) + 1);
        }
        if (client === undefined) {
          await insertFlatRows(trx, 'careers_pupils', PUPIL_COLUMNS, pupilValues);
          await insertFlatRows(trx, 'careers_encounters', ENCOUNTER_COLUMNS, encounterValues);
          await insertFlatRows(trx, 'careers_pupil_schools', ['urn', 'pupil_id'], pupilSchoolValues);
        } else {
          // PostgreSQL's COPY, several times quicker than inserts, on the transaction's own connection.
          await copyFlatRows(client, 'careers_pupils', PUPIL_COLUMNS, pupilValues);
          await copyFlatRows(client, 'careers_encounters', ENCOUNTER_COLUMNS, encounterValues);
          await copyFlatRows(client, 'careers_pupil_schools', ['urn', 'pupil_id'], pupilSchoolValues);
        }
        pupils += p.length;
        encounters += e.length;
        load.onBatch?.(pupils);
      }
    };
    // No pupils left (and so no encounters): nothing to keep indexed while loading.
    if (firstPupil === 1) await withIndexesSuspended(trx, ['careers_pupils', 'careers_encounters'], write);
    else await write();
    await addEmployerLoad(trx, [...perEmployerSchool].map(([key, count]) => [Math.floor(key / LOAD_KEY), key % LOAD_KEY, count] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    // The planner's row counts are stale after a bulk load; the tally rebuild below is planned from them.
    if (client !== undefined) await execute(trx, 'analyze careers_pupils, careers_encounters, careers_pupil_schools, careers_employer_schools');
    const covered = urns.filter((_, i) => i % 10 !== 9);
    const firstAdviser = await nextId(trx, 'careers_advisers');
    const advisers = Math.ceil(covered.length / 2);
    await insertRows(trx, 'careers_advisers', ['id', 'name', 'employer_id', 'synthetic'], Array.from({ length: advisers }, (_, i) => [firstAdviser + i, `Synthetic adviser ${String(i + 1)}`, employerIds + (i % Math.max(load.employers, 1)), 1]));
    // Each adviser takes two neighbouring schools in URN order.
    await insertRows(trx, 'careers_adviser_schools', ['adviser_id', 'urn'], covered.map((urn, i) => [firstAdviser + Math.floor(i / 2), urn]));
    await rebuildCoverageTallies(trx, null);
    if (capabilitiesOf(trx).engine === 'postgres') {
      for (const table of ['careers_pupils', 'careers_employers', 'careers_advisers']) {
        await execute(trx, `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`);
      }
    }
    await recordAudit(trx, { actor: load.actor, at: load.now, action: 'careers.demo.generate', entityType: 'careers_ledger', entityId: 'synthetic', summary: { pupils, encounters, employers: load.employers, advisers, removed } });
    return { pupils, encounters, employers: load.employers, advisers, removed };
  });
}
