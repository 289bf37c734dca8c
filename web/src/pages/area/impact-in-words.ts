import { ApiError } from '../../api/api-error.ts';

/** "about 4.2 points higher than its comparison, 95% interval −1.0 to 9.4", the plain words. */
export function impactInWords(estimate: number, ci95: readonly [number, number] | null, unit: string): string {
  const size = Math.abs(estimate).toFixed(1);
  // LAIT's units read "% achieving expected level": a gap between percentages is in percentage points.
  const points = unit.trim().startsWith('%') ? 'percentage points' : 'points';
  const direction = estimate >= 0 ? 'higher' : 'lower';
  const interval = ci95 === null ? 'no interval could be worked out' : `95% interval ${signed(ci95[0])} to ${signed(ci95[1])}`;
  return `about ${size} ${points} ${direction} than its comparison, ${interval}`;
}

/** One decimal with a true minus sign; a value that rounds to zero is 0.0, never −0.0. */
const signed = (value: number): string => {
  const rounded = Number(value.toFixed(1));
  return rounded < 0 ? `−${Math.abs(rounded).toFixed(1)}` : Math.abs(rounded).toFixed(1);
};

/** Why there is no estimate, in words for the programme team: a store without the LA time series says how to fill it. */
export function impactUnavailable(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The estimate could not be loaded.';
  if (error.code === 'unknown-measure') {
    return 'No estimate yet: the LA time series these figures come from has not been loaded. Whoever runs the service can load it with oa import lait-bds (the DfE LAIT benchmarking file).';
  }
  return `No estimate: ${error.message}.`;
}
