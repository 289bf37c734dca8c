import { err, ok, type Result } from '../shared/result.ts';
import type { ImpactProblem } from './panel.ts';

/**
 * Who the treated areas are compared with (docs/methodology.md §16.6): every other upper-tier
 * authority, the treated areas' saved statistical neighbours (the first `k` of each list when given),
 * or the other upper-tier authorities in the treated areas' region.
 */
export type Comparison = { readonly kind: 'all' } | { readonly kind: 'neighbours'; readonly k: number | null } | { readonly kind: 'region' };

/** The most neighbours `neighbours:K` may ask for: more than any saved list holds. */
export const MAX_NEIGHBOURS = 1000;

/**
 * Reads a comparison as the CLI and the API take it: `all`, `neighbours`, `neighbours:K` or `region`.
 * @example parseComparison('neighbours:5') → ok({ kind: 'neighbours', k: 5 })
 */
export function parseComparison(text: string): Result<Comparison, ImpactProblem> {
  const value = text.trim().toLowerCase();
  if (value === 'all' || value === 'region') return ok({ kind: value });
  const neighbours = /^neighbours(?::(\d{1,4}))?$/.exec(value);
  if (neighbours !== null) {
    if (neighbours[1] === undefined) return ok({ kind: 'neighbours', k: null });
    const k = Number(neighbours[1]);
    if (k >= 1 && k <= MAX_NEIGHBOURS) return ok({ kind: 'neighbours', k });
  }
  return err({ code: 'bad-option', message: `The comparison must be all, neighbours, neighbours:K (K from 1 to ${String(MAX_NEIGHBOURS)}) or region, not "${text.trim()}"` });
}
