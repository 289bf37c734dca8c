/**
 * How much of a boundary each kind of map needs (docs/methodology.md, "Simplified boundaries"):
 * - `england`: every district on one map of England, 600 to 1,000 px wide, about 1 km to a pixel: a point
 *   whose triangle is under 50,000 m² (a 1 km stretch bent by 100 m, a tenth of a pixel) is not seen, nor is
 *   a coordinate's third decimal place (about 110 m);
 * - `district`: one district filling a small map with its neighbours around it, about 35 m to a pixel for
 *   Blackpool: 2,000 m² (a 100 m stretch bent by 40 m) and 4 decimal places (about 11 m);
 * - `full`: as imported.
 */
export const BOUNDARY_DETAILS = ['england', 'district', 'full'] as const;
export type BoundaryDetail = (typeof BOUNDARY_DETAILS)[number];

export const BOUNDARY_SIMPLIFICATION: Readonly<Record<BoundaryDetail, { readonly minimumArea: number; readonly decimals: number }>> = {
  england: { minimumArea: 50_000, decimals: 3 },
  district: { minimumArea: 2_000, decimals: 4 },
  // Stored boundaries are rounded to 5 places (about 1 m) on import.
  full: { minimumArea: 0, decimals: 5 },
};
