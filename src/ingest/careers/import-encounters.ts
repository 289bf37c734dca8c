import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { saveLedger, type SaveLedgerCounts } from '../../storage/repositories/careers-ledger.repository.ts';
import { retentionCutOff } from '../../storage/repositories/careers-retention.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { readTextFile } from '../csv/read-text-file.ts';
import { ProblemList, type Problem } from '../report.ts';
import { readEncounterFile } from './read-encounter-file.ts';

export interface ImportEncountersOptions {
  readonly pseudonymise: (upn: string) => string;
  readonly asAt: number;
  readonly replace: boolean;
  readonly actor: AuditActor;
  readonly now: () => Date;
  /** How many years a leaver's records are kept (OA_RETENTION_YEARS): older leavers are not imported. */
  readonly retentionYears: number;
}

/** Rows left out because their pupil left before the retention cut-off (docs/methodology.md §15.5). */
export interface PastRetention {
  readonly cutOff: string;
  readonly pupils: number;
  readonly encounters: number;
}

export type ImportEncountersOutcome =
  | { readonly ok: true; readonly file: string; readonly counts: SaveLedgerCounts; readonly pastRetention: PastRetention }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[]; readonly more: number };

/**
 * Imports a school encounter export all or nothing: every problem is reported (row, column, reason), and
 * nothing is written unless there are none. Each URN must be in the school register. Rows of pupils who left
 * more than `retentionYears` ago are skipped and counted, so an import never brings back what retention
 * removed.
 */
export async function importEncounters(db: Kysely<Database>, path: string, options: ImportEncountersOptions): Promise<ImportEncountersOutcome> {
  const file = basename(path);
  const problems = new ProblemList(file);
  const fail = (): ImportEncountersOutcome => ({ ok: false, file, problems: problems.items, more: problems.truncatedBy });
  const read = await readTextFile(path);
  if (!read.ok) {
    problems.add({ row: null, column: null, value: null, reason: read.reason });
    return fail();
  }
  const fileRows = readEncounterFile(read.file.text, problems, options);
  // Records retention would remove are not brought back: a pupil who left before the cut-off is skipped.
  const cutOff = retentionCutOff(options.now().toISOString().slice(0, 10), options.retentionYears);
  const rows = fileRows.filter((r) => r.leavingDate === null || r.leavingDate >= cutOff);
  const skipped = fileRows.filter((r) => r.leavingDate !== null && r.leavingDate < cutOff);
  const pastRetention = { cutOff, pupils: new Set(skipped.map((r) => r.pseudonym)).size, encounters: skipped.length };
  const urns = [...new Set(rows.map((r) => r.urn))];
  const known = new Set<number>();
  for (let start = 0; start < urns.length; start += 5000) {
    const found = await db.selectFrom('schools').select('urn').where('urn', 'in', urns.slice(start, start + 5000)).execute();
    for (const s of found) known.add(s.urn);
  }
  const reported = new Set<number>();
  for (const [index, row] of rows.entries()) {
    if (known.has(row.urn) || reported.has(row.urn)) continue;
    reported.add(row.urn);
    problems.add({ row: null, column: 'urn', value: String(row.urn), reason: `URN ${String(row.urn)} (first at encounter ${String(index + 1)}) is not in the school register: import the register first (oa import gias)` });
  }
  if (problems.count > 0) return fail();
  const counts = await saveLedger(db, rows, { replace: options.replace, actor: options.actor, now: options.now().toISOString(), source: file });
  return { ok: true, file, counts, pastRetention };
}
