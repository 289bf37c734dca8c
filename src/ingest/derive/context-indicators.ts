import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { geometryAreaKm2, rollUpRates, rollUpShares, type AreaGeometry, type RolledUpRate } from '../../domain/places/index.ts';
import type { IndicatorValue } from '../../domain/social-mobility-index/index.ts';
import { rollUpToUpperTier, type DistrictFigure } from '../../domain/twinning/index.ts';
import { recordAudit } from '../../storage/repositories/audit.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { addCounts, emptyCounts, syncRows, type SyncCounts } from '../../storage/sync-rows.ts';
import { boundaryShapes, censusEalByDistrict, lsoaPopulations } from '../../storage/repositories/derive-inputs.repository.ts';
import { insertDataSource } from '../../storage/repositories/data-sources.repository.ts';

/** A context figure per district and period, each with the denominator that adds districts up (§11.12). */
interface ContextIndicator {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  readonly values: (db: Kysely<Database>) => Promise<{ period: string; rates: RolledUpRate[] }[]>;
}

/** The IoD 2019 file's LSOAs carry the mid-2015 population and children aged 0–15 (methodology §6.4). */
const POPULATION_VINTAGE = 'IoD2019';
const POPULATION_PERIOD = '2015';

const populations = (db: Kysely<Database>) => lsoaPopulations(db, POPULATION_VINTAGE);

/** District indicators of context (place and people, not results) for the context recipe, docs/methodology.md §11.12. */
export const CONTEXT_DERIVED_INDICATORS: readonly ContextIndicator[] = [
  {
    code: 'population_density_2015',
    name: 'Population density, mid-2015 (people per km²)',
    unit: 'people per km²',
    description:
      'Σ mid-2015 population of the LSOAs (IoD 2019 File 6) ÷ the area of the district boundary in km², measured on the WGS84 ellipsoid from the generalised 2013–18 boundaries (docs/methodology.md §11.12).',
    values: async (db) => {
      const [lsoas, shapes] = await Promise.all([populations(db), boundaryShapes(db)]);
      const people = new Map<string, number>();
      for (const l of lsoas) if (l.population !== null) people.set(l.district_code, (people.get(l.district_code) ?? 0) + l.population);
      // One contribution per district: density weighted by area, so Σ area × density ÷ Σ area = Σ people ÷ Σ area.
      // One boundary per district: a second vintage of the same district would replace the first, not add to it.
      const shapeOf = new Map(shapes.map((s) => [s.area_code, s.geojson]));
      const rates = rollUpRates(
        [...shapeOf].map(([areaCode, geojson]) => ({ areaCode, geojson })).flatMap((s) => {
          const area = geometryAreaKm2(JSON.parse(s.geojson) as AreaGeometry);
          const population = people.get(s.areaCode);
          return population === undefined || !(area > 0) ? [] : [{ areaCode: s.areaCode, denominator: area, rate: population / area }];
        }),
      );
      return rates.length === 0 ? [] : [{ period: POPULATION_PERIOD, rates }];
    },
  },
  {
    code: 'pct_children_0_15_2015',
    name: 'Children aged 0–15 as a share of the population, mid-2015 (%)',
    unit: 'per cent',
    description: 'Σ children aged 0–15 ÷ Σ population × 100 over the LSOAs, mid-2015 (IoD 2019 File 6 denominators) (docs/methodology.md §11.12).',
    values: async (db) => {
      const rates = rollUpShares((await populations(db)).map((l) => ({ areaCode: l.district_code, numerator: l.children, denominator: l.population })));
      return rates.length === 0 ? [] : [{ period: POPULATION_PERIOD, rates }];
    },
  },
  {
    code: 'pct_eal_pupils',
    name: 'Pupils whose first language is known or believed to be other than English (%)',
    unit: 'per cent',
    description: 'Σ pupils with English as an additional language ÷ Σ pupils on roll × 100, January census, over the schools with a district (docs/methodology.md §9, §11.12).',
    values: async (db) => {
      const rows = await censusEalByDistrict(db);
      const periods = [...new Set(rows.map((r) => r.period))].sort();
      return periods
        .map((period) => ({
          period,
          rates: rollUpShares(rows.filter((r) => r.period === period).map((r) => ({ areaCode: r.district_code ?? '', numerator: r.eal, denominator: r.pupils }))),
        }))
        .filter((p) => p.rates.length > 0);
    },
  },
];

export const CONTEXT_ORIGIN = 'derived:context-indicators';

/**
 * Upper-tier values of the context indicators among `codes`, from their district figures and denominators
 * (area, population, pupils) as §11.6 adds up every other figure. Codes that are not context indicators are
 * ignored; `codes` lists those handled.
 */
export async function contextUpperTierValues(
  services: Services,
  codes: readonly string[],
  upperTierOf: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): Promise<{ values: IndicatorValue[]; codes: ReadonlySet<string> }> {
  const db = connectionOf(services);
  const figures: DistrictFigure[] = [];
  const handled = new Set<string>();
  for (const indicator of CONTEXT_DERIVED_INDICATORS.filter((d) => codes.includes(d.code))) {
    handled.add(indicator.code);
    const newest = (await indicator.values(db)).at(-1);
    for (const r of newest?.rates ?? []) {
      const upper = upperTierOf.get(r.areaCode);
      if (upper !== undefined) figures.push({ districtCode: r.areaCode, upperTierCode: upper, indicatorCode: indicator.code, value: r.value, denominator: r.denominator });
    }
  }
  return { values: rollUpToUpperTier(figures, names), codes: handled };
}

/** Thrown to roll back a derivation that changed nothing. */
class NothingChanged extends Error {}

/**
 * Works out the context indicators above for every district from the LSOA populations, boundaries and
 * school census loaded, and writes them in one transaction with a data-source record and an audit entry.
 * Values are rounded to 3 places, so running it again on the same data changes nothing.
 */
export async function deriveContextIndicators(services: Services, options: { now: () => Date; actor: AuditActor }): Promise<SyncCounts & { indicators: number; values: number }> {
  const db = connectionOf(services);
  const computed = await Promise.all(CONTEXT_DERIVED_INDICATORS.map(async (d) => ({ definition: d, periods: await d.values(db) })));
  const valueRows = computed.flatMap(({ definition, periods }) =>
    periods.flatMap(({ period, rates }) => rates.map((r) => ({ area_code: r.areaCode, indicator_code: definition.code, period, value: Math.round(r.value * 1000) / 1000 }))),
  );
  const indicators = computed.filter((c) => c.periods.length > 0).map((c) => c.definition);
  if (valueRows.length === 0) return { ...emptyCounts(), indicators: 0, values: 0 };
  const checksum = createHash('sha256').update(JSON.stringify(valueRows)).digest('hex');
  const at = options.now().toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const source = {
        id: await insertDataSource(trx, { name: 'District context indicators (population density, children, English as an additional language)', origin: CONTEXT_ORIGIN, loadedAt: at, rowCount: valueRows.length, checksum }),
      };
      let counts: SyncCounts = emptyCounts();
      counts = addCounts(
        counts,
        await syncRows(
          trx,
          'indicators',
          ['code'],
          indicators.map((d) => ({ code: d.code, name: d.name, unit: d.unit, description: d.description, data_source_id: source.id })),
          { ignoreInComparison: ['data_source_id'] },
        ),
      );
      counts = addCounts(
        counts,
        await syncRows(trx, 'area_indicators', ['area_code', 'indicator_code', 'period'], valueRows.map((r) => ({ ...r, data_source_id: source.id })), { ignoreInComparison: ['data_source_id'] }),
      );
      if (counts.inserted + counts.updated === 0) throw new NothingChanged();
      await recordAudit(trx, {
        actor: options.actor,
        at,
        action: 'data.derive',
        entityType: 'data_source',
        entityId: CONTEXT_ORIGIN,
        summary: { indicators: indicators.map((d) => d.code), values: valueRows.length, inserted: counts.inserted, updated: counts.updated },
      });
      return { ...counts, indicators: indicators.length, values: valueRows.length };
    });
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
    return { inserted: 0, updated: 0, unchanged: indicators.length + valueRows.length, indicators: indicators.length, values: valueRows.length };
  }
}
