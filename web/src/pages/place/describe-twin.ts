import type { TwinNeighbour } from '../../api/public-data-types.ts';

/**
 * The reason two areas are alike, in words: the indicators on which they differ least (each under a tenth
 * of the distance) and the one that sets them furthest apart, with its share of the distance (methodology §11.3).
 * `describeTwin(n)` → "Alike on Attainment 8 and IDACI; differs most on KS2 expected standard (56% of the distance)."
 */
export function describeTwin(neighbour: TwinNeighbour): string {
  const byShare = [...neighbour.contributions].sort((a, b) => a.share - b.share);
  const alike = byShare.filter((c) => c.share < 0.1).slice(0, 2).map((c) => c.indicatorName);
  const most = byShare.at(-1);
  const differs = most === undefined || most.share === 0 ? '' : `differs most on ${most.indicatorName} (${String(Math.round(most.share * 100))}% of the distance)`;
  if (alike.length === 0) return differs === '' ? 'Identical on every indicator.' : `${capitalise(differs)}.`;
  return `Alike on ${alike.join(' and ')}${differs === '' ? '' : `; ${differs}`}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value for the side-by-side table: shares (below 1) to 3 places, the rest to 1. `formatTwinValue(0.2804)` → "0.280". */
export function formatTwinValue(value: number | null): string {
  if (value === null) return 'not available';
  return Math.abs(value) < 1 ? value.toFixed(3) : value.toFixed(1);
}
