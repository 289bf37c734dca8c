import { intermediarySchoolsOf } from '../../app/research-network/intermediaries.ts';
import type { NetworkSchool } from '../../app/research-network/network-schools.ts';
import {
  ENGAGEMENT_LEVELS,
  intermediaryColumns,
  intermediaryOf,
  summariseIntermediaries,
  type EngagementRecord,
  type IntermediaryKind,
} from '../../domain/research-network/index.ts';
import { toCsv } from '../../domain/shared/csv.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';

export interface IntermediariesReportInput {
  readonly by: IntermediaryKind;
  readonly schools: readonly NetworkSchool[];
  readonly records: ReadonlyMap<number, readonly EngagementRecord[]>;
  readonly names: ReadonlyMap<string, string>;
  readonly highNeedScore: number;
  readonly asOf?: string;
  readonly format: 'table' | 'json' | 'csv';
}

/** `oa engagement report --by local-authority|trust`: each one's schools, high-need schools, funnel and those not yet reached (§14.8). */
export function printIntermediariesReport(io: CliIo, input: IntermediariesReportInput): void {
  const schools = intermediarySchoolsOf(input.schools, input.records, { highNeedScore: input.highNeedScore, asOf: input.asOf });
  const rows = summariseIntermediaries(input.by, schools).map((summary) => ({ summary, name: input.names.get(summary.code) ?? null }));
  const without = schools.filter((s) => intermediaryOf(input.by, s) === null).length;
  if (input.format === 'json') {
    const items = rows.map(({ summary, name }) => ({
      code: summary.code,
      name,
      schools: summary.schools,
      high_need: summary.highNeed,
      high_need_not_reached: summary.highNeedNotReached,
      funnel: summary.funnel.stages,
    }));
    io.stdout(JSON.stringify({ by: input.by, as_of: input.asOf ?? null, high_need_score: input.highNeedScore, membership_loaded: rows.length > 0, schools_without: without, items }, null, 2) + '\n');
    return;
  }
  if (input.format === 'csv') {
    io.stdout(toCsv(intermediaryColumns(), rows));
    return;
  }
  if (rows.length === 0) {
    io.stdout(
      input.by === 'trust'
        ? 'No trust membership is loaded. Import a GIAS edubasealldata extract with its trust columns: oa import schools-gias edubasealldata.csv\n'
        : 'No open school has an education authority yet. Import the school locations: oa import school-locations FILE\n',
    );
    return;
  }
  const what = input.by === 'trust' ? 'trusts' : 'local authorities';
  io.stdout(`${String(rows.length)} ${what}${input.asOf === undefined ? '' : `, as of ${input.asOf}`}; ${String(without)} open schools in none.\n\n`);
  io.stdout(
    formatTable(
      ['code', 'name', 'schools', 'high-need', 'not reached', ...ENGAGEMENT_LEVELS],
      rows.map(({ summary, name }) => [summary.code, name ?? '', String(summary.schools), String(summary.highNeed), String(summary.highNeedNotReached), ...summary.funnel.stages.map((s) => String(s.at))]),
    ),
  );
}
