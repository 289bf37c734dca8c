import type { Transaction } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import { addCounts, syncRows, type SyncCounts } from '../../../storage/sync-rows.ts';

export interface IndicatorDefinition {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** What the figure is: its formula and its source. */
  readonly description: string;
  /** Whether higher (`high`) or lower (`low`) is better; left as stored when not given, null for neither. */
  readonly polarity?: 'high' | 'low' | null;
}

export interface IndicatorValue {
  readonly areaCode: string;
  readonly indicatorCode: string;
  readonly period: string;
  readonly value: number | null;
  /** The period's sortable key (domain `periodKey`); left as stored when not given. */
  readonly periodKey?: string | null;
}

/**
 * Writes indicator definitions, then their values by area and period, inside the import's transaction.
 * Equal rows are left alone (and keep the load that first set them), so a repeated import changes nothing.
 */
export async function writeIndicators(
  trx: Transaction<Database>,
  definitions: readonly IndicatorDefinition[],
  values: readonly IndicatorValue[],
  dataSourceId: number,
): Promise<SyncCounts> {
  const options = { ignoreInComparison: ['data_source_id'] };
  const defined = await syncRows(
    trx,
    'indicators',
    ['code'],
    // Polarity and period keys are written only by importers that give them, for every row or none.
    definitions.map((d) => ({ code: d.code, name: d.name, unit: d.unit, description: d.description, ...('polarity' in d ? { polarity: d.polarity ?? null } : {}), data_source_id: dataSourceId })),
    options,
  );
  const written = await syncRows(
    trx,
    'area_indicators',
    ['area_code', 'indicator_code', 'period'],
    values.map((v) => ({
      area_code: v.areaCode,
      indicator_code: v.indicatorCode,
      period: v.period,
      value: v.value,
      ...('periodKey' in v ? { period_key: v.periodKey ?? null } : {}),
      data_source_id: dataSourceId,
    })),
    options,
  );
  return addCounts(defined, written);
}
