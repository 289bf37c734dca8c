import type { AssessedMeasure } from '../../../domain/delivery-plans/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';

/** A measure of an area's delivery plan as stored, with its targets, actuals and any override. */
export type StoredMeasure = Awaited<ReturnType<Services['deliveryPlans']['readMeasures']>>[number];

/** The most board members a plan or board report lists: a partnership board has tens. */
export const BOARD_MEMBERS_SHOWN = 200;

/** A measure as the API shows it: its details and figures, the status by the rule (or override), and its trend. */
export function measureView({ measure, assessment, trend }: AssessedMeasure<StoredMeasure>) {
  return {
    code: measure.code,
    name: measure.name,
    definition: measure.definition,
    unit: measure.unit,
    polarity: measure.polarity,
    baseline: measure.baseline,
    targets: [...measure.targets],
    actuals: [...measure.actuals],
    link: measure.link,
    status: assessment.status,
    ruleStatus: assessment.ruleStatus,
    override: assessment.override,
    latest: assessment.latest,
    target: assessment.target,
    progress: assessment.progress,
    elapsed: assessment.elapsed,
    explanation: assessment.explanation,
    trend: [...trend],
  };
}

export type MeasureView = ReturnType<typeof measureView>;

/** Measures grouped as the plan sets them out: priority → objective → measure, in the order read. */
export function groupByPriority(measures: readonly AssessedMeasure<StoredMeasure>[]) {
  const priorities: { title: string; theme: string; objectives: { title: string; measures: MeasureView[] }[] }[] = [];
  for (const assessed of measures) {
    const { priority, objective } = assessed.measure;
    let p = priorities.find((x) => x.title === priority.title);
    if (p === undefined) priorities.push((p = { title: priority.title, theme: priority.theme, objectives: [] }));
    let o = p.objectives.find((x) => x.title === objective);
    if (o === undefined) p.objectives.push((o = { title: objective, measures: [] }));
    o.measures.push(measureView(assessed));
  }
  return priorities;
}
