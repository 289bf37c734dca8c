import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { DEFAULT_EVIDENCE_RULE, formatPupilShare, type EvidenceRule } from '../../domain/places/index.ts';
import { recordAudit } from '../../storage/repositories/audit.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { addCounts, emptyCounts, syncRows, type SyncCounts } from '../../storage/sync-rows.ts';
import { DERIVED_ORIGIN, SCHOOL_DERIVED_INDICATORS, type DerivedIndicator } from './derived-indicators.ts';
import { evidencedFigures, loadSchoolData } from './school-evidence.ts';
import { dataSourceIdsOf, deleteDerivedRow, derivedRowKeys } from '../../storage/repositories/derive-inputs.repository.ts';
import { insertDataSource } from '../../storage/repositories/data-sources.repository.ts';

export { DERIVED_ORIGIN, SCHOOL_DERIVED_INDICATORS } from './derived-indicators.ts';

/** Thrown to roll back a derivation that changed nothing. */
class NothingChanged extends Error {}

/** How many districts got a figure and how many fell below the rule, per indicator. */
export interface IndicatorOutcome {
  readonly code: string;
  readonly published: number;
  readonly insufficient: number;
}

export interface DeriveResult extends SyncCounts {
  readonly indicators: number;
  /** District values written, published or not. */
  readonly values: number;
  /** Values of derived indicators removed: their district no longer has any school of the phase. */
  readonly removed: number;
  readonly rule: EvidenceRule;
  readonly outcomes: readonly IndicatorOutcome[];
}

/** The rule in words, kept in each indicator's description so a reader knows what published the figures. */
export function describeRule(rule: EvidenceRule): string {
  return `Published only where at least ${String(rule.minSchools)} mainstream ${rule.minSchools === 1 ? 'school has' : 'schools have'} a figure and the schools with a figure hold at least ${formatPupilShare(rule.minPupilShare)} of the district's pupils in the phase; otherwise no value, with its basis (§9.3).`;
}

const keyOf = (r: { area_code: string; indicator_code: string; period: string }) => `${r.area_code} ${r.indicator_code} ${r.period}`;

/** Deletes derived rows whose key is no longer derived, so a district left with no school keeps no old figure. */
async function removeStale(trx: Transaction<Database>, table: 'area_indicators' | 'area_indicator_evidence', keep: ReadonlySet<string>, sourceIds: readonly number[] | null): Promise<number> {
  let removed = 0;
  for (const row of await derivedRowKeys(trx, table, SCHOOL_DERIVED_INDICATORS.map((d) => d.code), sourceIds)) {
    if (keep.has(keyOf(row))) continue;
    await deleteDerivedRow(trx, table, row);
    removed += 1;
  }
  return removed;
}

/**
 * Works out the district indicators from the school data loaded, under the evidence rule (docs/methodology.md
 * §9), and writes them to `indicators`, `area_indicators` (no value where the evidence falls short) and
 * `area_indicator_evidence` (what each rests on and the rule) in one transaction with a data-source record
 * and an audit entry. A district that falls below the rule loses its old value; a derived value whose
 * district has no school of the phase left is removed. Running it again on the same data and rule changes
 * nothing.
 */
export async function deriveSchoolIndicators(
  services: Services,
  options: { now: () => Date; actor: AuditActor; rule?: EvidenceRule },
): Promise<DeriveResult> {
  const db = connectionOf(services);
  const rule = options.rule ?? DEFAULT_EVIDENCE_RULE;
  const data = await loadSchoolData(db);
  const computed = await Promise.all(
    SCHOOL_DERIVED_INDICATORS.map(async (d: DerivedIndicator) => ({ definition: d, periods: evidencedFigures(data, d, await d.figures(db), rule, 'district') })),
  );
  const valueRows = computed.flatMap(({ definition, periods }) =>
    periods.flatMap(({ period, figures }) =>
      figures.map((f) => ({ area_code: f.areaCode, indicator_code: definition.code, period, value: f.value === null ? null : Math.round(f.value * 1000) / 1000 })),
    ),
  );
  const evidenceRows = computed.flatMap(({ definition, periods }) =>
    periods.flatMap(({ period, figures }) =>
      figures.map((f) => ({
        area_code: f.areaCode,
        indicator_code: definition.code,
        period,
        schools: f.basis.schools,
        contributors: f.basis.contributors,
        pupils_covered: f.basis.pupilsCovered,
        phase_pupils: f.basis.phasePupils,
        phase_schools: f.basis.phaseSchools,
        min_schools: rule.minSchools,
        min_pupil_share: rule.minPupilShare,
      })),
    ),
  );
  // The newest period of each indicator is what an index uses, so that is what the outcome counts.
  const outcomes = computed.map(({ definition, periods }) => {
    const newest = periods.at(-1)?.figures ?? [];
    return { code: definition.code, published: newest.filter((f) => f.sufficient).length, insufficient: newest.filter((f) => !f.sufficient).length };
  });
  const definitions = SCHOOL_DERIVED_INDICATORS.map((d) => ({ code: d.code, name: d.name, unit: d.unit, description: `${d.description} ${describeRule(rule)}` }));
  const checksum = createHash('sha256').update(JSON.stringify([valueRows, evidenceRows])).digest('hex');
  const at = options.now().toISOString();
  const summary = { indicators: SCHOOL_DERIVED_INDICATORS.length, values: valueRows.length, rule, outcomes };
  try {
    return await db.transaction().execute(async (trx) => {
      const source = { id: await insertDataSource(trx, { name: 'District indicators derived from school data', origin: DERIVED_ORIGIN, loadedAt: at, rowCount: valueRows.length, checksum }) };
      const compare = { ignoreInComparison: ['data_source_id'] };
      let counts: SyncCounts = emptyCounts();
      counts = addCounts(counts, await syncRows(trx, 'indicators', ['code'], definitions.map((d) => ({ ...d, data_source_id: source.id })), compare));
      const keys = ['area_code', 'indicator_code', 'period'];
      counts = addCounts(counts, await syncRows(trx, 'area_indicators', keys, valueRows.map((r) => ({ ...r, data_source_id: source.id })), compare));
      counts = addCounts(counts, await syncRows(trx, 'area_indicator_evidence', keys, evidenceRows.map((r) => ({ ...r, data_source_id: source.id })), compare));
      const keep = new Set(valueRows.map(keyOf));
      // Only values an earlier derivation wrote: a file imported under the same code is not this command's to remove.
      const derivedSources = await dataSourceIdsOf(trx, DERIVED_ORIGIN);
      const removed = (await removeStale(trx, 'area_indicators', keep, derivedSources)) + (await removeStale(trx, 'area_indicator_evidence', keep, null));
      if (counts.inserted + counts.updated + removed === 0) throw new NothingChanged();
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'data.derive',
        entityType: 'data_source',
        entityId: DERIVED_ORIGIN,
        summary: { ...summary, inserted: counts.inserted, updated: counts.updated, removed },
      });
      return { ...counts, ...summary, removed };
    });
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
    return { inserted: 0, updated: 0, unchanged: SCHOOL_DERIVED_INDICATORS.length + valueRows.length + evidenceRows.length, removed: 0, ...summary };
  }
}
