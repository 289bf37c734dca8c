/** A point of a line on the chart: where it sits among the periods, and its value (null is a gap). */
export interface SeriesValue {
  readonly index: number;
  readonly value: number | null;
}

/**
 * A series as the runs of consecutive values it has: a gap (null) ends a run, so the chart draws no line
 * across a period with no figure, and a run of one value is drawn as a dot.
 * @example runsOf([{index:0,value:1},{index:1,value:null},{index:2,value:3},{index:3,value:4}]) → [[{0,1}], [{2,3},{3,4}]]
 */
export function runsOf(values: readonly SeriesValue[]): { readonly index: number; readonly value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  for (const v of values) {
    if (v.value === null || !Number.isFinite(v.value)) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push({ index: v.index, value: v.value });
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A value axis from `min` to `max` with round ticks (steps of 1, 2 or 5 times a power of ten, about five
 * of them), starting and ending on a tick: `valueAxis(48.2, 61.7)` → { low: 45, high: 65, ticks: [45, 50, 55, 60, 65] }.
 */
export function valueAxis(min: number, max: number): { readonly low: number; readonly high: number; readonly ticks: readonly number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { low: 0, high: 1, ticks: [0, 1] };
  // A flat line gets an axis one unit either side of it.
  if (min === max) return valueAxis(min - 1, max + 1);
  const span = max - min;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const round = (x: number) => Number(x.toPrecision(12));
  const low = round(Math.floor(min / step) * step);
  const high = round(Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step / 2; i += 1) ticks.push(round(low + i * step));
  return { low, high, ticks };
}
