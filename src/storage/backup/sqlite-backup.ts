import SQLite from 'better-sqlite3';
import { rawSqliteOf } from '../raw-sqlite.ts';

/**
 * Copies the open SQLite database behind `db` to a new file at `destination` with SQLite's online backup
 * API, never a file copy: a copy of a live database file misses the committed rows still in its
 * write-ahead log (`-wal` file) and may catch a page mid-write. The copy is a consistent snapshot while
 * other connections keep working, and is left in rollback-journal mode so it is one self-contained file.
 */
export async function backupSqlite(db: { getExecutor(): { readonly adapter: object } }, destination: string): Promise<void> {
  const sqlite = rawSqliteOf(db);
  if (sqlite === undefined) throw new Error('backupSqlite needs a SQLite database');
  await sqlite.backup(destination);
  const copy = new SQLite(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Checks a backup file is a whole, undamaged SQLite database (`pragma integrity_check`); returns the problem
 * SQLite reports, or null when there is none.
 */
export function checkSqliteFile(path: string): string | null {
  let file: SQLite.Database;
  try {
    file = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  try {
    const rows = file.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    file.close();
  }
}

/**
 * Writes the database in the backup file `source` into the database file `target` with the online backup
 * API, replacing whatever it held, page by page inside SQLite's own locking: the target's write-ahead log is
 * dealt with by SQLite, not left beside a replaced file.
 */
export async function restoreSqlite(source: string, target: string): Promise<void> {
  const backup = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
