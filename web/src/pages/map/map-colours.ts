/**
 * The map's colours, all in one place.
 *
 * Classes are shaded with the darker part of the viridis scale (van der Walt and Smith, matplotlib), from
 * teal for the lowest values to dark purple for the highest: it is ordered in lightness, readable by people
 * with the common forms of colour blindness, and prints in greyscale. Only the part of viridis with at least
 * 3:1 contrast against the white page is used (WCAG 2.2 non-text contrast), so even the lightest class
 * stands out from the background and from "No data", which is hatched instead. Each sequence was sampled
 * evenly from viridis 0.58 down to 0; its contrast against white runs from 3.16:1 to 15.24:1.
 */
const SEQUENCES: Readonly<Record<number, readonly string[]>> = {
  1: ['#2b758e'],
  2: ['#20a386', '#440154'],
  3: ['#20a386', '#365c8d', '#440154'],
  4: ['#20a386', '#2b758e', '#424286', '#440154'],
  5: ['#20a386', '#27808e', '#365c8d', '#46327f', '#440154'],
  6: ['#20a386', '#24888d', '#2f6b8e', '#3d4d8a', '#472979', '#440154'],
  7: ['#20a386', '#228d8d', '#2b758e', '#365c8d', '#424286', '#482374', '#440154'],
};

export const MIN_CLASSES = 4;
export const MAX_CLASSES = 7;
export const DEFAULT_CLASSES = 5;

/** The colour of each of `count` classes, lowest first. `classColours(5)[0]` → "#20a386". */
export function classColours(count: number): readonly string[] {
  const sequence = SEQUENCES[Math.min(Math.max(count, 1), MAX_CLASSES)];
  if (sequence === undefined) throw new RangeError(`No colour sequence for ${String(count)} classes`);
  return sequence;
}

/** Districts with no value: a light grey ground with darker hatching (the pattern is drawn in NoDataPattern). */
export const NO_DATA = { ground: '#f3f2f1', hatch: '#8f9599' } as const;

/** The id of the hatching pattern; the map and the legend each draw one, so each is given a prefix. */
export function noDataPatternId(prefix: string): string {
  return `${prefix}-no-data`;
}
