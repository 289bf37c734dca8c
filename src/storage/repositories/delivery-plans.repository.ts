import type { Kysely } from 'kysely';
import { changedFields, type AuditActor } from '../../domain/access/index.ts';
import { parsePeriod, type PeriodValue, type Polarity, type StatusOverride } from '../../domain/delivery-plans/index.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { isPlatformFigure, platformFigure, type PlatformFigureCache, type PlatformValue } from './platform-figures.repository.ts';

/** An actual as held: entered by someone (with source and date), or read from an indicator. */
export interface StoredActual extends PeriodValue {
  readonly source: string;
  readonly recordedOn: string;
  readonly linked: boolean;
}

export interface StoredMeasure {
  readonly id: number;
  readonly areaId: string;
  readonly areaName: string;
  readonly priority: { readonly title: string; readonly theme: string };
  readonly objective: string;
  readonly code: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly baseline: PeriodValue;
  readonly targets: readonly PeriodValue[];
  readonly actuals: readonly StoredActual[];
  readonly link: { readonly indicatorCode: string; readonly areaCode: string } | null;
  readonly override: StatusOverride | null;
}

/**
 * Every measure of one area's delivery plan (or of every area's), with its targets and actuals. A linked
 * measure's actuals are read from the indicator store as it is now, so they follow each new import.
 */
export async function readMeasures(db: Kysely<Database>, options: { areaId?: string; now?: () => Date } = {}): Promise<StoredMeasure[]> {
  let query = db
    .selectFrom('plan_measures as m')
    .innerJoin('plan_objectives as o', 'o.id', 'm.objective_id')
    .innerJoin('plan_priorities as p', 'p.id', 'o.priority_id')
    .innerJoin('opportunity_areas as a', 'a.id', 'm.opportunity_area_id')
    .select([
      'm.id', 'm.opportunity_area_id', 'a.name as area_name', 'p.title as priority', 'p.theme', 'o.title as objective', 'm.code', 'm.name',
      'm.definition', 'm.unit', 'm.polarity', 'm.baseline_value', 'm.baseline_period', 'm.indicator_code', 'm.indicator_area_code',
      'm.override_status', 'm.override_reason',
    ])
    .orderBy('a.name')
    .orderBy('p.title')
    .orderBy('o.title')
    .orderBy('m.code');
  if (options.areaId !== undefined) query = query.where('m.opportunity_area_id', '=', options.areaId);
  const measures = await query.execute();
  if (measures.length === 0) return [];
  const ids = measures.map((m) => m.id);
  const [targets, entered] = await Promise.all([
    db.selectFrom('plan_targets').selectAll().where('measure_id', 'in', ids).orderBy('period').execute(),
    db.selectFrom('plan_actuals').selectAll().where('measure_id', 'in', ids).orderBy('period').execute(),
  ]);
  const links = measures.filter((m) => m.indicator_code !== null && m.indicator_area_code !== null && !isPlatformFigure(m.indicator_code));
  const now = (options.now ?? (() => new Date()))();
  // Each figure once per district, and the national need scores once, however many measures link to them.
  const platform = new Map<number, PlatformValue | null>();
  const cache: PlatformFigureCache = {};
  const read = new Map<string, PlatformValue | null>();
  for (const m of measures) {
    if (m.indicator_code === null || m.indicator_area_code === null || !isPlatformFigure(m.indicator_code)) continue;
    const key = `${m.indicator_code} ${m.indicator_area_code}`;
    if (!read.has(key)) read.set(key, await platformFigure(db, m.indicator_code, m.indicator_area_code, now, cache));
    platform.set(m.id, read.get(key) ?? null);
  }
  const linked = links.length === 0 ? [] : await db
    .selectFrom('area_indicators as v')
    .innerJoin('data_sources as d', 'd.id', 'v.data_source_id')
    .select(['v.indicator_code', 'v.area_code', 'v.period', 'v.value', 'd.origin', 'd.loaded_at'])
    .where('v.indicator_code', 'in', [...new Set(links.map((m) => m.indicator_code ?? ''))])
    .where('v.area_code', 'in', [...new Set(links.map((m) => m.indicator_area_code ?? ''))])
    .where('v.value', 'is not', null)
    .orderBy('v.period')
    .execute();
  return measures.map((m) => ({
    id: m.id,
    areaId: m.opportunity_area_id,
    areaName: m.area_name,
    priority: { title: m.priority, theme: m.theme },
    objective: m.objective,
    code: m.code,
    name: m.name,
    definition: m.definition,
    unit: m.unit,
    polarity: m.polarity as Polarity,
    baseline: { period: m.baseline_period, value: m.baseline_value },
    targets: targets.filter((t) => t.measure_id === m.id).map((t) => ({ period: t.period, value: t.value })),
    actuals:
      m.indicator_code === null
        ? entered.filter((a) => a.measure_id === m.id).map((a) => ({ period: a.period, value: a.value, source: a.source, recordedOn: a.recorded_on, linked: false }))
        : platform.has(m.id)
          ? platformActuals(platform.get(m.id) ?? null, now)
          : linked
            .filter((v) => v.indicator_code === m.indicator_code && v.area_code === m.indicator_area_code)
            .map((v) => ({ period: v.period, value: v.value ?? 0, source: v.origin, recordedOn: v.loaded_at.slice(0, 10), linked: true })),
    link: m.indicator_code === null || m.indicator_area_code === null ? null : { indicatorCode: m.indicator_code, areaCode: m.indicator_area_code },
    override: m.override_status === null || m.override_reason === null ? null : { status: m.override_status as StatusOverride['status'], reason: m.override_reason },
  }));
}

/** A platform figure as the measure's one actual, for the current academic year (it moves with the records). */
function platformActuals(value: PlatformValue | null, now: Date): StoredActual[] {
  return value === null ? [] : [{ period: value.period, value: value.value, source: value.source, recordedOn: now.toISOString().slice(0, 10), linked: true }];
}

export interface ActualEntry {
  readonly period: string;
  readonly value: number;
  readonly source: string;
  readonly recordedOn: string;
}

/**
 * Records (or corrects) one measure's actual for a period, with an audit entry of what changed, in one
 * transaction. A measure linked to an indicator takes no entered actuals: its figures come from the import.
 * The period must be of the same kind as the baseline's (academic or calendar year), as the rule compares them.
 */
export async function recordActual(
  db: Kysely<Database>,
  areaId: string,
  measureCode: string,
  entry: ActualEntry,
  actor: AuditActor,
  now: () => Date,
): Promise<'not_found' | 'linked' | { periodKindOf: string } | 'changed' | 'unchanged'> {
  return db.transaction().execute(async (trx) => {
    const measure = await trx
      .selectFrom('plan_measures')
      .select(['id', 'indicator_code', 'baseline_period'])
      .where('opportunity_area_id', '=', areaId)
      .where('code', '=', measureCode)
      .executeTakeFirst();
    if (measure === undefined) return 'not_found';
    if (measure.indicator_code !== null) return 'linked';
    const [baseline, period] = [parsePeriod(measure.baseline_period), parsePeriod(entry.period)];
    if (!baseline.ok || !period.ok || baseline.value.kind !== period.value.kind) return { periodKindOf: measure.baseline_period };
    const current = await trx.selectFrom('plan_actuals').selectAll().where('measure_id', '=', measure.id).where('period', '=', entry.period).executeTakeFirst();
    const before = current === undefined ? null : { value: current.value, source: current.source, recordedOn: current.recorded_on };
    const after = { value: entry.value, source: entry.source, recordedOn: entry.recordedOn };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return 'unchanged';
    const row = { value: entry.value, source: entry.source, recorded_on: entry.recordedOn, recorded_by: actor.label };
    if (current === undefined) await trx.insertInto('plan_actuals').values({ measure_id: measure.id, period: entry.period, ...row }).execute();
    else await trx.updateTable('plan_actuals').set(row).where('measure_id', '=', measure.id).where('period', '=', entry.period).execute();
    await recordAudit(trx, {
      actor,
      at: now().toISOString(),
      action: current === undefined ? 'plan_actual.create' : 'plan_actual.update',
      entityType: 'plan_measure',
      entityId: `${areaId}/${measureCode}`,
      summary: { period: entry.period, ...changes },
    });
    return 'changed';
  });
}

/** Sets or clears (null) a measure's hand-chosen status, audited. The override has been checked for a reason. */
export async function setStatusOverride(
  db: Kysely<Database>,
  areaId: string,
  measureCode: string,
  override: StatusOverride | null,
  actor: AuditActor,
  now: () => Date,
): Promise<'not_found' | 'changed' | 'unchanged'> {
  return db.transaction().execute(async (trx) => {
    const measure = await trx
      .selectFrom('plan_measures')
      .select(['id', 'override_status', 'override_reason'])
      .where('opportunity_area_id', '=', areaId)
      .where('code', '=', measureCode)
      .executeTakeFirst();
    if (measure === undefined) return 'not_found';
    const changes = changedFields(
      { status: measure.override_status, reason: measure.override_reason },
      { status: override?.status ?? null, reason: override?.reason ?? null },
    );
    if (Object.keys(changes).length === 0) return 'unchanged';
    await trx.updateTable('plan_measures').set({ override_status: override?.status ?? null, override_reason: override?.reason ?? null }).where('id', '=', measure.id).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'plan_measure.override', entityType: 'plan_measure', entityId: `${areaId}/${measureCode}`, summary: changes });
    return 'changed';
  });
}
