/**
 * How many years after a pupil leaves their careers records are kept when the operator has not said
 * (OA_RETENTION_YEARS): a local policy choice, not a statutory period (docs/methodology.md §15.5).
 */
export const DEFAULT_RETENTION_YEARS = 6;
