import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import type { SyntheticBatch } from '../../domain/careers/index.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import { rawSqliteOf } from '../raw-sqlite.ts';
import { transactionWithClient } from '../postgres-client-transaction.ts';
import type { Database } from '../schema.ts';
import { withIndexesSuspended } from '../suspend-indexes.ts';
import { recordAudit } from './audit.repository.ts';
import { execute, flatRows, insertRowSource, insertRows, nextId, type RowSource } from '../bulk-insert.ts';
import { copyRowSource } from '../copy-rows.ts';
import { adjustEmployerLoad, lockLedger } from './careers/employer-load.ts';
import { rebuildCoverageTallies } from './careers/rebuild-coverage-tallies.ts';
import { SyntheticTallies, TALLY_COLUMNS } from './careers/synthetic-tallies.ts';
import { checkSyntheticBatch, ENCOUNTER_COLUMNS, PUPIL_COLUMNS, SyntheticEmployerLoad, syntheticEncounterRows, syntheticPupilRows } from './careers/synthetic-rows.ts';

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
    const employerLoad = new SyntheticEmployerLoad();
    // With no other pupils, the tallies are these pupils' alone and are counted as they are written.
    const empty = firstPupil === 1;
    const tallies = new SyntheticTallies();
    const append = async (table: string, columns: readonly string[], rows: RowSource) => {
      // PostgreSQL's COPY, several times quicker than inserts, on the transaction's own connection.
      if (client === undefined) await insertRowSource(trx, table, columns, rows);
      else await copyRowSource(client, table, columns, rows);
    };
    const write = async () => {
      for await (const batch of batches(firstPupil)) {
        checkSyntheticBatch(batch, load.employers);
        employerLoad.count(batch);
        if (empty) tallies.count(batch);
        await append('careers_pupils', PUPIL_COLUMNS, syntheticPupilRows(batch, load.asAt));
        await append('careers_encounters', ENCOUNTER_COLUMNS, syntheticEncounterRows(batch, employerIds));
        pupils += batch.pupils.length;
        encounters += batch.encounters.length;
        load.onBatch?.(pupils);
      }
      // The synthetic employers are new, so none of their pairs is in the load yet: appended like the ledger.
      await append('careers_employer_schools', ['employer_id', 'urn', 'encounters'], flatRows(employerLoad.rows(employerIds), 3));
    };
    // No pupils left (and so no encounters): nothing to keep indexed while loading. PostgreSQL builds the
    // ledger's key quicker afterwards than it keeps it up row by row, and quicker still sorting in memory.
    if (client !== undefined) await execute(trx, "set local maintenance_work_mem = '512MB'");
    if (empty) await withIndexesSuspended(trx, ['careers_pupils', 'careers_encounters', 'careers_employer_schools'], write, { primaryKeys: ['careers_encounters'] });
    else await write();
    // The planner's row counts are stale after a bulk load; the tally rebuild below is planned from them.
    if (client !== undefined) await execute(trx, 'analyze careers_pupils, careers_encounters, careers_employer_schools');
    const covered = urns.filter((_, i) => i % 10 !== 9);
    const firstAdviser = await nextId(trx, 'careers_advisers');
    const advisers = Math.ceil(covered.length / 2);
    await insertRows(trx, 'careers_advisers', ['id', 'name', 'employer_id', 'synthetic'], Array.from({ length: advisers }, (_, i) => [firstAdviser + i, `Synthetic adviser ${String(i + 1)}`, employerIds + (i % Math.max(load.employers, 1)), 1]));
    // Each adviser takes two neighbouring schools in URN order.
    await insertRows(trx, 'careers_adviser_schools', ['adviser_id', 'urn'], covered.map((urn, i) => [firstAdviser + Math.floor(i / 2), urn]));
    if (empty) {
      await execute(trx, capabilitiesOf(trx).engine === 'postgres' ? 'truncate careers_coverage_tallies' : 'delete from careers_coverage_tallies');
      await append('careers_coverage_tallies', TALLY_COLUMNS, flatRows(tallies.rows(), TALLY_COLUMNS.length));
    } else {
      await rebuildCoverageTallies(trx, null);
    }
    if (capabilitiesOf(trx).engine === 'postgres') {
      for (const table of ['careers_pupils', 'careers_employers', 'careers_advisers']) {
        await execute(trx, `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`);
      }
    }
    await recordAudit(trx, { actor: load.actor, at: load.now, action: 'careers.demo.generate', entityType: 'careers_ledger', entityId: 'synthetic', summary: { pupils, encounters, employers: load.employers, advisers, removed } });
    return { pupils, encounters, employers: load.employers, advisers, removed };
  });
}
