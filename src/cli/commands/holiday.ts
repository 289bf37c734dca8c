import type { Command } from 'commander';
import { runHolidayImport } from '../holiday/import-command.ts';
import type { CliIo } from '../io.ts';

export function registerHolidayCommands(program: Command, io: CliIo): void {
  const holiday = program.command('holiday').description('Holiday activities: clubs, attendance per pupil-day with FSM eligibility, places offered against taken');
  holiday
    .command('import')
    .description('Import an attendance file (upn, urn, fsm, club_id, date, attended), or with --clubs a clubs file; all or nothing; UPNs are pseudonymised, never stored')
    .argument('<file>', 'the CSV file')
    .option('--clubs', 'the file lists clubs (club_id, club_name, provider, urn or postcode and district_code, start_date, end_date, days_offered, places_per_day)', false)
    .action(async (file: string, options: { clubs: boolean }) => {
      await runHolidayImport(io, { file, clubs: options.clubs });
    });
}
