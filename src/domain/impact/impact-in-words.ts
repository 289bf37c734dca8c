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
