/**
 * Classifying values into bands for a choropleth map (docs/methodology.md §8). Each method returns the
 * upper bound of every class but the last, so a value v is in class i when breaks[i-1] < v ≤ breaks[i].
 */
export const CLASSIFICATIONS = ['quantiles', 'equal-intervals', 'natural-breaks'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * Quantiles: about the same number of areas in each class. Breaks are the values at ranks n·i/k (nearest
 * rank), so ties stay in one class. `quantileBreaks([1,2,3,4,5,6], 3)` → [2, 4].
 */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < classes; i += 1) {
    const value = sorted[Math.ceil((sorted.length * i) / classes) - 1];
    if (value !== undefined && (breaks.length === 0 || value > (breaks.at(-1) ?? -Infinity))) breaks.push(value);
  }
  return breaks;
}

/** Equal intervals: the range split into classes of the same width. `equalIntervalBreaks([0, 10], 5)` → [2, 4, 6, 8]. */
export function equalIntervalBreaks(values: readonly number[], classes: number): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [];
  const width = (max - min) / classes;
  return Array.from({ length: classes - 1 }, (_, i) => min + width * (i + 1));
}

/**
 * Natural breaks (Jenks): the grouping that minimises the sum of squared deviations within classes, found
 * exactly by dynamic programming over the sorted values (Fisher 1958; Jenks 1977). O(k·n²): fine for a few
 * hundred districts. `naturalBreaks([1,1,2,10,11,12], 2)` → [2].
 */
export function naturalBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const k = Math.min(classes, new Set(sorted).size);
  if (k < 2) return [];
  const prefix = [0];
  const prefixSquares = [0];
  for (const v of sorted) {
    prefix.push((prefix.at(-1) ?? 0) + v);
    prefixSquares.push((prefixSquares.at(-1) ?? 0) + v * v);
  }
  // Sum of squared deviations of sorted[from..to] inclusive.
  const cost = (from: number, to: number): number => {
    const count = to - from + 1;
    const sum = (prefix[to + 1] ?? 0) - (prefix[from] ?? 0);
    const squares = (prefixSquares[to + 1] ?? 0) - (prefixSquares[from] ?? 0);
    return squares - (sum * sum) / count;
  };
  // best[c][i]: least cost of putting sorted[0..i] into c + 1 classes; split[c][i]: where the last class starts.
  const best: number[][] = [Array.from({ length: n }, (_, i) => cost(0, i))];
  const split: number[][] = [Array.from({ length: n }, () => 0)];
  for (let c = 1; c < k; c += 1) {
    const row: number[] = [];
    const splitRow: number[] = [];
    for (let i = 0; i < n; i += 1) {
      let least = Infinity;
      let at = c;
      for (let j = c; j <= i; j += 1) {
        const candidate = (best[c - 1]?.[j - 1] ?? Infinity) + cost(j, i);
        if (candidate < least) {
          least = candidate;
          at = j;
        }
      }
      row.push(least);
      splitRow.push(at);
    }
    best.push(row);
    split.push(splitRow);
  }
  const breaks: number[] = [];
  let end = n - 1;
  for (let c = k - 1; c > 0; c -= 1) {
    const start = split[c]?.[end] ?? 0;
    breaks.unshift(sorted[start - 1] ?? 0);
    end = start - 1;
  }
  return breaks;
}

export function classBreaks(method: Classification, values: readonly number[], classes: number): number[] {
  switch (method) {
    case 'quantiles':
      return quantileBreaks(values, classes);
    case 'equal-intervals':
      return equalIntervalBreaks(values, classes);
    case 'natural-breaks':
      return naturalBreaks(values, classes);
  }
}

/** The class (0-based) a value falls in, given breaks from one of the methods above. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((b) => value <= b);
  return index === -1 ? breaks.length : index;
}
