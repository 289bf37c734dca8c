import type { MaybeNumber } from '../../values.ts';

/**
 * Table columns from figures that may be withheld: each column gets its number or null, and `markers` keeps
 * the code published instead of a number, as JSON in the order given, so the same file gives the same
 * text: `withMarkers({ pupils: 29, fsm: null (code NA) })` → `{ pupils: 29, fsm: null, markers: '{"fsm":"NA"}' }`.
 */
export function withMarkers<K extends string>(figures: Readonly<Record<K, MaybeNumber>>): Record<K, number | null> & { markers: string } {
  const values = {} as Record<K, number | null>;
  const markers: Record<string, string> = {};
  for (const column of Object.keys(figures) as K[]) {
    const figure = figures[column];
    values[column] = figure.value;
    if (figure.code !== null) markers[column] = figure.code;
  }
  return { ...values, markers: JSON.stringify(markers) };
}
