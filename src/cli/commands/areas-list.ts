import { Option, type Command } from 'commander';
import { formatPence } from '../../domain/shared/money.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { summariseOpportunityAreas, type OpportunityAreaSummary } from '../../domain/programme/index.ts';
import { OPPORTUNITY_AREA_CSV_COLUMNS } from '../../app/programme/opportunity-area-columns.ts';
import { loadConfigOrThrow } from '../config.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export function registerAreasCommands(program: Command, io: CliIo): void {
  const areas = program.command('areas').description('The Opportunity Areas register');
  areas
    .command('list')
    .description('List the Opportunity Areas with their districts, research school and 2020/21 share')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (options: { format: 'table' | 'json' | 'csv' }) => {
      const config = loadConfigOrThrow(io.env);
      const summaries = await withServices(config.database, async (services) => {
        const register = await services.programme.loadRegister();
        const [places, funds] = await Promise.all([
          services.places.findAreas(register.opportunityAreas.flatMap((a) => a.districtCodes)),
          services.funds.listFunds(),
        ]);
        return summariseOpportunityAreas({ ...register, areas: places, funds });
      });
      io.stdout(render(summaries, options.format));
    });
}

function render(summaries: OpportunityAreaSummary[], format: 'table' | 'json' | 'csv'): string {
  switch (format) {
    case 'json':
      return JSON.stringify(summaries, null, 2) + '\n';
    case 'csv':
      return toCsv(OPPORTUNITY_AREA_CSV_COLUMNS, summaries);
    case 'table':
      if (summaries.length === 0) return 'No Opportunity Areas yet. Run: oa demo load\n';
      return formatTable(
        ['id', 'name', 'wave', 'districts', 'research school', '2020/21 share'],
        summaries.map((a) => [
          a.id,
          a.name,
          String(a.wave),
          a.districts.map((d) => `${d.name} (${d.code})`).join(', '),
          a.researchSchool?.name ?? '-',
          a.share2020to21Pence === null ? '-' : formatPence(a.share2020to21Pence),
        ]),
      );
  }
}
