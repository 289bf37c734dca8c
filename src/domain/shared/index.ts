export { ok, err, unwrapOrThrow, type Result } from './result.ts';
export { assertPence, formatPence, poundsToPence, sumPence, type Pence } from './money.ts';
export { parseGssCode, isSingleTierAuthority, type GssCode } from './gss-code.ts';
export { parseUrn, type Urn } from './urn.ts';
export { parseIsoDate, formatIsoDate, type IsoDate } from './iso-date.ts';
export { parseSlug, type Slug } from './slug.ts';
export { toCsv, type CsvColumn } from './csv.ts';
