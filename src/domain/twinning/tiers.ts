/** The tiers statistical neighbours are found at: districts, or upper-tier authorities. */
export const TWIN_TIERS = ['district', 'upper'] as const;
export type TwinTier = (typeof TWIN_TIERS)[number];
