export { AREA_KINDS, type Area, type AreaKind } from './area.ts';
export { educationAuthorityCodeOf } from './education-authority.ts';
export { PUBLISHED_AREAS } from './published-areas.ts';
export { rollUpRates, rollUpShares, type RateContribution, type RolledUpRate } from './roll-up-rates.ts';
export { geometryAreaKm2, type AreaGeometry } from './geometry-area.ts';
