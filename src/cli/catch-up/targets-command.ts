import { targetsAgainstFigures } from '../../app/catch-up/tutoring-targets.ts';
import { academicYearOf, formatAcademicYear } from '../../domain/careers/index.ts';
import { checkTargetValue, parseTargetMeasure, TUTORING_TARGET_MEASURES } from '../../domain/catch-up/index.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

export interface SetTargetOptions {
  readonly area?: string;
  readonly school?: number;
  readonly measure: string;
  readonly value: number;
  readonly academicYear?: number;
}

/** `oa catch-up targets set (--area ID | --school URN) --measure M --value V`: audited. */
export async function runSetTarget(io: CliIo, options: SetTargetOptions): Promise<void> {
  if ((options.area === undefined) === (options.school === undefined)) throw new UsageError('Give one of --area ID (an Opportunity Area) or --school URN');
  const measure = parseTargetMeasure(options.measure);
  if (!measure.ok) throw new UsageError(`--measure: ${measure.error}`);
  const value = checkTargetValue(measure.value, options.value);
  if (!value.ok) throw new UsageError(`--value: ${value.error}`);
  const academicYear = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    let scope: { kind: 'area' | 'school'; key: string };
    if (options.area !== undefined) {
      if (!(await services.lookups.opportunityAreaExists(options.area))) throw new UsageError(`There is no Opportunity Area "${options.area}": oa areas list names them`);
      scope = { kind: 'area', key: options.area };
    } else {
      const urn = options.school ?? 0;
      if (!(await services.lookups.schoolExists(urn))) throw new UsageError(`URN ${String(urn)} is not in the school register`);
      scope = { kind: 'school', key: String(urn) };
    }
    await services.catchUpTutoringTargets.setTutoringTarget({ scope, measure: measure.value, academicYear, target: value.value }, cliActor(io), io.now().toISOString());
    const { unit } = TUTORING_TARGET_MEASURES[measure.value];
    io.stdout(`Target set: ${scope.kind} ${scope.key}, ${measure.value} ${String(value.value)}${unit === '%' ? '%' : ` ${unit}`} in ${formatAcademicYear(academicYear)}.\n`);
  });
}

/** `oa catch-up targets list [--academic-year Y] [--format table|json]`: each target beside its figure. */
export async function runListTargets(io: CliIo, options: { academicYear?: number; format: 'table' | 'json' }): Promise<void> {
  const academicYear = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  const rows = await withServices(loadConfigOrThrow(io.env).database, (services) => targetsAgainstFigures(services, academicYear));
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  io.stdout(
    formatTable(
      ['scope', 'key', 'name', 'measure', 'target', 'figure', 'status'],
      rows.map((r) => [r.scope_kind, r.scope_key, r.name, r.measure, String(r.target), r.actual === null ? '' : String(r.actual), r.status]),
    ) + `${formatAcademicYear(academicYear)}. Figures from the pupil-level ledger (methodology §17.6).\n`,
  );
}
