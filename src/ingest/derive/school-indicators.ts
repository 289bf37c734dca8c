import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { rollUpRates, rollUpShares, type RolledUpRate } from '../../domain/places/index.ts';
import { recordAudit } from '../../storage/repositories/audit.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { addCounts, emptyCounts, syncRows, type SyncCounts } from '../../storage/sync-rows.ts';

interface Derived {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  /** Each district's value per period. */
  readonly values: (db: Kysely<Database>) => Promise<{ period: string; rates: RolledUpRate[] }[]>;
}

const byPeriod = <T extends { period: string }>(rows: readonly T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.period, [...(groups.get(row.period) ?? []), row]);
  return groups;
};

const METHOD = 'District figure from its schools, weighted by pupils (docs/methodology.md §9).';

/** District indicators built from school-level data already loaded: what a proxy index can use. */
export const SCHOOL_DERIVED_INDICATORS: readonly Derived[] = [
  {
    code: 'pct_fsm_pupils',
    name: 'Pupils eligible for free school meals (%)',
    unit: 'per cent',
    description: `Σ pupils eligible for FSM ÷ Σ pupils on roll × 100, January census. ${METHOD}`,
    values: async (db) => {
      const rows = await db
        .selectFrom('school_census as c')
        .innerJoin('schools as s', 's.urn', 'c.urn')
        .select(['s.district_code', 'c.period', 'c.fsm', 'c.pupils'])
        .where('s.district_code', 'is not', null)
        .execute();
      return [...byPeriod(rows)].map(([period, group]) => ({
        period,
        rates: rollUpShares(group.map((r) => ({ areaCode: r.district_code ?? '', numerator: r.fsm, denominator: r.pupils }))),
      }));
    },
  },
  {
    code: 'pct_fsm_ever6_pupils',
    name: 'Pupils eligible for free school meals in the last six years (%)',
    unit: 'per cent',
    description: `Σ (pupils on roll × % FSM ever 6) ÷ Σ pupils on roll, January census. ${METHOD}`,
    values: async (db) => {
      const rows = await db
        .selectFrom('school_census as c')
        .innerJoin('schools as s', 's.urn', 'c.urn')
        .select(['s.district_code', 'c.period', 'c.pupils', 'c.pct_fsm_ever6'])
        .where('s.district_code', 'is not', null)
        .execute();
      return [...byPeriod(rows)].map(([period, group]) => ({
        period,
        rates: rollUpRates(group.map((r) => ({ areaCode: r.district_code ?? '', denominator: r.pupils, rate: r.pct_fsm_ever6 }))),
      }));
    },
  },
  {
    code: 'ks2_pct_rwm_expected',
    name: 'Key stage 2: reaching the expected standard in reading, writing and maths (%)',
    unit: 'per cent',
    description: `Σ (KS2 pupils × % meeting the expected standard) ÷ Σ KS2 pupils. ${METHOD}`,
    values: async (db) => {
      const rows = await db
        .selectFrom('ks2_results as k')
        .innerJoin('schools as s', 's.urn', 'k.urn')
        .select(['s.district_code', 'k.period', 'k.pupils', 'k.pct_rwm_expected'])
        .where('s.district_code', 'is not', null)
        .execute();
      return [...byPeriod(rows)].map(([period, group]) => ({
        period,
        rates: rollUpRates(group.map((r) => ({ areaCode: r.district_code ?? '', denominator: r.pupils, rate: r.pct_rwm_expected }))),
      }));
    },
  },
  {
    code: 'ks4_attainment8',
    name: 'Key stage 4: average Attainment 8 score',
    unit: 'score',
    description: `Σ (KS4 pupils × Attainment 8) ÷ Σ KS4 pupils. ${METHOD}`,
    values: async (db) => {
      const rows = await db
        .selectFrom('ks4_results as k')
        .innerJoin('schools as s', 's.urn', 'k.urn')
        .select(['s.district_code', 'k.period', 'k.pupils', 'k.attainment8'])
        .where('s.district_code', 'is not', null)
        .execute();
      return [...byPeriod(rows)].map(([period, group]) => ({
        period,
        rates: rollUpRates(group.map((r) => ({ areaCode: r.district_code ?? '', denominator: r.pupils, rate: r.attainment8 }))),
      }));
    },
  },
  {
    code: 'ks4_disadvantaged_pct_sustained',
    name: 'Disadvantaged pupils in a sustained destination after key stage 4 (%)',
    unit: 'per cent',
    description: `Σ (disadvantaged cohort × % in a sustained education, apprenticeship or employment destination) ÷ Σ cohort. ${METHOD}`,
    values: async (db) => {
      const rows = await db
        .selectFrom('ks4_destinations as d')
        .innerJoin('schools as s', 's.urn', 'd.urn')
        .select(['s.district_code', 'd.period', 'd.cohort', 'd.pct_sustained'])
        .where('s.district_code', 'is not', null)
        .where('d.pupil_group', '=', 'disadvantaged')
        .execute();
      return [...byPeriod(rows)].map(([period, group]) => ({
        period,
        rates: rollUpRates(group.map((r) => ({ areaCode: r.district_code ?? '', denominator: r.cohort, rate: r.pct_sustained }))),
      }));
    },
  },
];

export const DERIVED_ORIGIN = 'derived:school-indicators';

/** Thrown to roll back a derivation that changed nothing. */
class NothingChanged extends Error {}

/**
 * Works out the district indicators above from the school data loaded, and writes them to `indicators` and
 * `area_indicators` in one transaction with a data-source record and an audit entry. Running it again on
 * the same data changes nothing.
 */
export async function deriveSchoolIndicators(
  db: Kysely<Database>,
  options: { now: () => Date; actor: AuditActor },
): Promise<SyncCounts & { indicators: number; values: number }> {
  const computed = await Promise.all(SCHOOL_DERIVED_INDICATORS.map(async (d) => ({ definition: d, periods: await d.values(db) })));
  const valueRows = computed.flatMap(({ definition, periods }) =>
    periods.flatMap(({ period, rates }) => rates.map((r) => ({ area_code: r.areaCode, indicator_code: definition.code, period, value: Math.round(r.value * 1000) / 1000 }))),
  );
  const checksum = createHash('sha256').update(JSON.stringify(valueRows)).digest('hex');
  const at = options.now().toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const source = await trx
        .insertInto('data_sources')
        .values({ name: 'District indicators derived from school data', origin: DERIVED_ORIGIN, loaded_at: at, row_count: valueRows.length, checksum })
        .returning('id')
        .executeTakeFirstOrThrow();
      let counts: SyncCounts = emptyCounts();
      counts = addCounts(
        counts,
        await syncRows(
          trx,
          'indicators',
          ['code'],
          SCHOOL_DERIVED_INDICATORS.map((d) => ({ code: d.code, name: d.name, unit: d.unit, description: d.description, data_source_id: source.id })),
          { ignoreInComparison: ['data_source_id'] },
        ),
      );
      counts = addCounts(
        counts,
        await syncRows(trx, 'area_indicators', ['area_code', 'indicator_code', 'period'], valueRows.map((r) => ({ ...r, data_source_id: source.id })), {
          ignoreInComparison: ['data_source_id'],
        }),
      );
      if (counts.inserted + counts.updated === 0) throw new NothingChanged();
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'data.derive',
        entityType: 'data_source',
        entityId: DERIVED_ORIGIN,
        summary: { indicators: SCHOOL_DERIVED_INDICATORS.map((d) => d.code), values: valueRows.length, inserted: counts.inserted, updated: counts.updated },
      });
      return { ...counts, indicators: SCHOOL_DERIVED_INDICATORS.length, values: valueRows.length };
    });
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
    return { inserted: 0, updated: 0, unchanged: SCHOOL_DERIVED_INDICATORS.length + valueRows.length, indicators: SCHOOL_DERIVED_INDICATORS.length, values: valueRows.length };
  }
}
