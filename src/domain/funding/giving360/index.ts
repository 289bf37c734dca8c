export { buildGiving360Package } from './build-giving360-package.ts';
export { giving360CsvColumns } from './giving360-csv.ts';
export type { Giving360Grant, Giving360Location, Giving360Options, Giving360Organization, Giving360Package, GrantRecipientArea } from './giving360-types.ts';
export { OPEN_GOVERNMENT_LICENCE, PUBLISHED_AWARD_DATES } from './published-award-dates.ts';
