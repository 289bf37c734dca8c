/**
 * How a school's district was found, in the order the rules are tried (docs/methodology.md §6.8):
 * - `gias`: the district a GIAS extract gives (`DistrictAdministrative (code)`);
 * - `coordinates`: the district its own coordinates, or its postcode's centroid, fall in;
 * - `single-tier-la`: its education authority is a unitary, metropolitan or London borough, which is one
 *   district;
 * - `postcode-sector`: imputed, the district holding most of the placed schools in its postcode sector.
 */
export const PLACEMENT_RULES = ['gias', 'coordinates', 'single-tier-la', 'postcode-sector'] as const;
export type PlacementRule = (typeof PLACEMENT_RULES)[number];

/** Rules that say where a school is rather than infer it. */
export const EXACT_RULES: readonly PlacementRule[] = ['gias', 'coordinates', 'single-tier-la'];

export const isPlacementRule = (value: string | null): value is PlacementRule => (PLACEMENT_RULES as readonly (string | null)[]).includes(value);

export type Placement =
  | {
      readonly urn: number;
      readonly districtCode: string;
      readonly rule: PlacementRule;
      /** 1 for an exact rule; for `postcode-sector`, the share of the schools it rests on in that district. */
      readonly confidence: number;
      /** For `postcode-sector`, how many placed schools in the sector it rests on; null for an exact rule. */
      readonly basis: number | null;
      /** For `postcode-sector`, the sector used (`TA24 6`); null otherwise. */
      readonly note: string | null;
    }
  | {
      readonly urn: number;
      readonly districtCode: null;
      readonly rule: null;
      readonly confidence: null;
      readonly basis: null;
      /** Why no rule placed the school. */
      readonly note: string;
    };

/** What is known about where one school is. */
export interface PlacementEvidence {
  readonly urn: number;
  readonly postcode: string | null;
  /** The education authority its LA number names; null when the number is not a known authority. */
  readonly educationLaCode: string | null;
  /** The register's own LA number, to name it when it is not known. */
  readonly laNumber: string;
  readonly giasDistrictCode: string | null;
  /** The district its coordinates fall in: given by a locations file, else found in the boundaries. */
  readonly coordinatesDistrictCode: string | null;
  readonly hasCoordinates: boolean;
}

/** The districts and the education authority each is in (a single-tier authority is in itself). */
export interface PlacementGeography {
  readonly authorityOf: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}
