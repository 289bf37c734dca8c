import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../domain/access/index.ts';
import type { TutoringTargetMeasure } from '../../../domain/catch-up/index.ts';
import type { Database } from '../../schema.ts';
import { recordAudit } from '../audit.repository.ts';

export interface TutoringTarget {
  readonly scope: { readonly kind: 'area' | 'school'; readonly key: string };
  readonly measure: TutoringTargetMeasure;
  readonly academicYear: number;
  readonly target: number;
  readonly setBy: string;
  readonly setAt: string;
}

/** Sets (or replaces) a target, audited with the old and new values. */
export async function setTutoringTarget(db: Kysely<Database>, target: Omit<TutoringTarget, 'setBy' | 'setAt'>, actor: AuditActor, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const key = { scope_kind: target.scope.kind, scope_key: target.scope.key, measure: target.measure, academic_year: target.academicYear };
    const before = await trx.selectFrom('catch_up_targets').select('target').where('scope_kind', '=', key.scope_kind).where('scope_key', '=', key.scope_key).where('measure', '=', key.measure).where('academic_year', '=', key.academic_year).executeTakeFirst();
    const values = { target: target.target, set_by: actor.label, set_at: now };
    await trx.insertInto('catch_up_targets').values({ ...key, ...values }).onConflict((oc) => oc.columns(['scope_kind', 'scope_key', 'measure', 'academic_year']).doUpdateSet(values)).execute();
    await recordAudit(trx, {
      actor, at: now, action: 'catch-up.target.set', entityType: 'catch_up_target', entityId: `${target.scope.kind}:${target.scope.key}:${target.measure}:${String(target.academicYear)}`,
      summary: { before: before === undefined ? null : before.target, after: target.target },
    });
  });
}

/** The targets of a year, areas first then schools, each by key and measure. */
export async function listTutoringTargets(db: Kysely<Database>, academicYear: number): Promise<TutoringTarget[]> {
  const rows = await db.selectFrom('catch_up_targets').selectAll().where('academic_year', '=', academicYear).orderBy('scope_kind').orderBy('scope_key').orderBy('measure').execute();
  return rows.map((r) => ({
    scope: { kind: r.scope_kind === 'school' ? 'school' : 'area', key: r.scope_key },
    measure: r.measure as TutoringTargetMeasure,
    academicYear: r.academic_year,
    target: r.target,
    setBy: r.set_by,
    setAt: r.set_at,
  }));
}
