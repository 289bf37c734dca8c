import { assessTutoringTarget, summariseTutoring, targetFigure, type TargetStatus, type TutoringTargetMeasure } from '../../domain/catch-up/index.ts';
import type { Services } from '../../storage/services/create-services.ts';

export interface TargetAgainstFigure {
  readonly scope_kind: 'area' | 'school';
  readonly scope_key: string;
  readonly name: string;
  readonly measure: TutoringTargetMeasure;
  readonly target: number;
  /** The figure in the target's unit (a percentage to one decimal place, or hours); null with no tutoring. */
  readonly actual: number | null;
  readonly status: TargetStatus;
}

/**
 * Every target of a year beside its figure, worked out from the pupil-level ledger as the report is
 * (docs/methodology.md §17.6): an area's over the schools in its districts, a school's over its own.
 * For pupil-level readers; figures for others come through the disclosure control.
 */
export async function targetsAgainstFigures(
  services: Pick<Services, 'catchUpTutoringRecords' | 'catchUpTutoringScopes' | 'catchUpTutoringTargets' | 'lookups'>,
  academicYear: number,
  only?: (target: { kind: 'area' | 'school'; key: string }) => boolean,
): Promise<TargetAgainstFigure[]> {
  const targets = (await services.catchUpTutoringTargets.listTutoringTargets(academicYear)).filter((t) => only?.(t.scope) ?? true);
  const result: TargetAgainstFigure[] = [];
  for (const t of targets) {
    const urns = t.scope.kind === 'school' ? [Number(t.scope.key)] : await services.catchUpTutoringScopes.schoolsOfArea(t.scope.key);
    const { records, roll } = await services.catchUpTutoringRecords.readTutoringRecords({ academicYear, urns });
    // One group of all the scope's schools, each pupil's courses still counted school by school (§17.3).
    const places = new Map(urns.map((urn) => [urn, { district: null, la: null, area: 'scope' }]));
    const [whole] = summariseTutoring(records, roll, { by: 'area', places });
    const actual = whole === undefined ? null : targetFigure(t.measure, whole);
    const name =
      t.scope.kind === 'school'
        ? ((await services.lookups.schoolName(Number(t.scope.key)))?.name ?? t.scope.key)
        : ((await services.lookups.opportunityAreaName(t.scope.key))?.name ?? t.scope.key);
    result.push({ scope_kind: t.scope.kind, scope_key: t.scope.key, name, measure: t.measure, target: t.target, actual, status: assessTutoringTarget(actual, t.target) });
  }
  return result;
}
