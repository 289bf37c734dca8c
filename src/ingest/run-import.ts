import { basename } from 'node:path';
import type { AuditActor } from '../domain/access/index.ts';
import { connectionOf, type Services } from '../storage/services/create-services.ts';
import { parseCsv } from './csv/parse-csv.ts';
import { readTextFile } from './csv/read-text-file.ts';
import type { Importer } from './importer.ts';
import { loadAudited } from './load-audited.ts';
import { locateColumns, rowParser } from './map-columns.ts';
import { ProblemList, type ImportOutcome } from './report.ts';

export interface ImportOptions {
  readonly dryRun?: boolean;
  readonly now: () => Date;
  readonly actor: AuditActor;
  /** Called as rows are checked, for a progress bar: rows done of rows total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** The data dictionary that comes with the file, for importers whose files have one (lait-bds); else found beside the file. */
  readonly dictionary?: string;
}

/**
 * Imports one file with `importer`, all or nothing: every problem in the file is reported (file, row,
 * column, value, reason) and nothing is written unless there are none. A file whose rows are all already
 * present as they are changes nothing, not even the data-source log. `dryRun` validates and counts what
 * would change, then rolls back.
 */
export async function runImport<Row>(services: Services, importer: Importer<Row>, path: string, options: ImportOptions): Promise<ImportOutcome> {
  const db = connectionOf(services);
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

  return loadAudited(db, { kind: importer.kind, description: importer.description, file, checksum: read.file.checksum, rows: valid.length }, options, {
    load: (context) => importer.load(valid.map((v) => v.value), context),
    ...(importer.afterLoad === undefined ? {} : { afterLoad: importer.afterLoad }),
  });
}
