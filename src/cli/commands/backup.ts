import type { Command } from 'commander';
import { runBackup } from '../backup/backup-command.ts';
import { runRestore } from '../backup/restore-command.ts';
import type { CliIo } from '../io.ts';

export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('Back up the database (SQLite online backup, or pg_dump) and the pseudonymisation key (encrypted with a passphrase) into a new folder')
    .argument('<folder>', 'a new or empty folder for this backup')
    .option('--passphrase-stdin', 'read the passphrase that protects the key from standard input (else OA_BACKUP_PASSPHRASE)', false)
    .option('--without-key', 'leave the pseudonymisation key out (back it up another way)', false)
    .action(async (folder: string, options: { passphraseStdin: boolean; withoutKey: boolean }) => {
      await runBackup(io, { folder, passphraseStdin: options.passphraseStdin, withoutKey: options.withoutKey });
    });
  program
    .command('restore')
    .description('Restore a backup into the database DATABASE_URL names (it must be empty) and put its pseudonymisation key back')
    .argument('<folder>', 'a folder oa backup wrote')
    .option('--passphrase-stdin', 'read the passphrase the backup was made with from standard input (else OA_BACKUP_PASSPHRASE)', false)
    .option('--force', 'replace a database that is not empty, and a different key already in place (kept beside it)', false)
    .action(async (folder: string, options: { passphraseStdin: boolean; force: boolean }) => {
      await runRestore(io, { folder, passphraseStdin: options.passphraseStdin, force: options.force });
    });
}
