import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../domain/access/index.ts';
import { transactionWithClient } from '../storage/postgres-client-transaction.ts';
import { recordAudit } from '../storage/repositories/audit.repository.ts';
import type { Database } from '../storage/schema.ts';
import { parseCsv } from './csv/parse-csv.ts';
import { readTextFile } from './csv/read-text-file.ts';
import type { Importer } from './importer.ts';
import { locateColumns, rowParser } from './map-columns.ts';
import { ProblemList, type ImportOutcome } from './report.ts';

export interface ImportOptions {
  readonly dryRun?: boolean;
  readonly now: () => Date;
  readonly actor: AuditActor;
  /** Called as rows are checked, for a progress bar: rows done of rows total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Thrown inside the transaction to roll back a dry run after counting what it would change. */
class DryRunRollback extends Error {}

/**
 * Imports one file with `importer`, all or nothing: every problem in the file is reported (file, row,
 * column, value, reason) and nothing is written unless there are none. A file whose rows are all already
 * present as they are changes nothing, not even the data-source log. `dryRun` validates and counts what
 * would change, then rolls back.
 */
export async function runImport<Row>(db: Kysely<Database>, importer: Importer<Row>, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const file = basename(path);
  const problems = new ProblemList(file);
  const fail = (rows: number): ImportOutcome => ({ ok: false, file, kind: importer.kind, rows, problems: problems.items });

  const read = await readTextFile(path);
  if (!read.ok) {
    problems.add({ row: null, column: null, value: null, reason: read.reason });
    return fail(0);
  }
  const parsed = (importer.read ?? parseCsv)(read.file.text);
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.add({ row: p.row, column: null, value: null, reason: p.reason });
    return fail(0);
  }
  const { headers, rows } = parsed.table;
  const located = locateColumns(headers, importer.columns, problems);
  if (located === null) return fail(rows.length);

  const parseRow = rowParser(importer.columns, located);
  const valid: { row: number; value: Row }[] = [];
  const firstSeen = new Map<string, number>();
  rows.forEach(({ row, cells }, index) => {
    const value = parseRow(cells, row, problems);
    if (value !== null) {
      const key = importer.key(value);
      const earlier = firstSeen.get(key);
      if (earlier === undefined) {
        firstSeen.set(key, row);
        valid.push({ row, value });
      } else {
        problems.add({ row, column: null, value: key, reason: `This repeats the row at line ${String(earlier)}: each ${importer.kind} row must be unique` });
      }
    }
    if (index % 5000 === 0) options.onProgress?.(index, rows.length);
  });
  options.onProgress?.(rows.length, rows.length);
  if (importer.check !== undefined) await importer.check(valid, problems, { db, file });
  if (problems.count > 0) return fail(rows.length);

  const at = options.now().toISOString();
  try {
    const counts = await transactionWithClient(db, async (trx) => {
      const source = await trx
        .insertInto('data_sources')
        .values({ name: importer.description, origin: file, loaded_at: at, row_count: valid.length, checksum: read.file.checksum })
        .returning('id')
        .executeTakeFirstOrThrow();
      const result = await importer.load(valid.map((v) => v.value), { trx, dataSourceId: source.id, now: at, file });
      if (options.dryRun === true) throw new DryRunRollback(JSON.stringify(result));
      if (result.inserted + result.updated === 0) throw new DryRunRollback(JSON.stringify(result));
      await importer.afterLoad?.(trx, { now: at, actor: options.actor });
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'data.import',
        entityType: 'data_source',
        entityId: file,
        summary: { kind: importer.kind, checksum: read.file.checksum, inserted: result.inserted, updated: result.updated, unchanged: result.unchanged },
      });
      return result;
    });
    return { ok: true, file, kind: importer.kind, dryRun: false, checksum: read.file.checksum, counts: { rows: valid.length, ...counts } };
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    const counts = JSON.parse(error.message) as { inserted: number; updated: number; unchanged: number };
    return { ok: true, file, kind: importer.kind, dryRun: options.dryRun === true, checksum: read.file.checksum, counts: { rows: valid.length, ...counts } };
  }
}
