import { getIndicatorValues } from '../../api/public-data-client.ts';
import type { IndicatorValues } from '../../api/public-data-types.ts';

/** An early request is used only while it is this fresh: figures change on import, and a page may be left open. */
const FRESH_MS = 10_000;

let early: { readonly code: string; readonly period: string | null; readonly at: number; readonly values: Promise<IndicatorValues> } | null = null;

/**
 * Asks for the values the map will most likely show (the link's indicator and period, else the default indicator's
 * newest period) as the page opens, beside the indicator list the choice depends on: waiting for the list first
 * made the values a second round trip before the map could be drawn.
 */
export function askEarly(code: string, period: string | null): void {
  if (early?.code === code && early.period === period && Date.now() - early.at < FRESH_MS) return;
  const values = getIndicatorValues(code, period ?? undefined, new AbortController().signal);
  values.catch(() => undefined);
  early = { code, period, at: Date.now(), values };
}

/** The values of `code` in `period`: the early request's when it asked for these, else a request of their own. */
export async function indicatorValuesFor(code: string, period: string, signal: AbortSignal): Promise<IndicatorValues> {
  const asked = early;
  if (asked !== null && asked.code === code && (asked.period === null || asked.period === period) && Date.now() - asked.at < FRESH_MS) {
    early = null;
    const values = await asked.values.catch(() => null);
    signal.throwIfAborted();
    if (values?.period === period) return values;
  }
  return getIndicatorValues(code, period, signal);
}
