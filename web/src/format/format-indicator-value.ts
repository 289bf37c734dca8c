import { formatCount, formatDecimal } from './format-number.ts';

/**
 * An indicator's value in its unit, as the map legend, the map's table and area pages all show it:
 * - proportion (0 to 1) as a percentage to 1 decimal place: `formatIndicatorValue(0.383, 'proportion')` → "38.3%";
 * - percent as given, to 1 place: `formatIndicatorValue(23.45, 'percent')` → "23.5%";
 * - ranks, people and other counts as whole numbers: `formatIndicatorValue(6992.7, 'rank')` → "6,993";
 * - scores and anything else to 1 decimal place: `formatIndicatorValue(42.653, 'score')` → "42.7".
 */
export function formatIndicatorValue(value: number, unit: string): string {
  switch (unit.toLowerCase()) {
    case 'proportion':
      return `${formatDecimal(value * 100, 1)}%`;
    case 'percent':
    case 'percentage':
    case '%':
      return `${formatDecimal(value, 1)}%`;
    case 'rank':
    case 'people':
    case 'count':
    case 'pupils':
      return formatCount(value);
    default:
      return formatDecimal(value, 1);
  }
}

/** The unit in words for a column heading or hint, or null when the value's format already says it ("%"). */
export function describeUnit(unit: string): string | null {
  switch (unit.toLowerCase()) {
    case 'proportion':
    case 'percent':
    case 'percentage':
    case '%':
      return null;
    case 'number':
      return null;
    default:
      return unit.toLowerCase();
  }
}
