export { effectSizeRangeForMonths, monthsForEffectSize, type EffectSizeBand } from './effect-size.ts';
