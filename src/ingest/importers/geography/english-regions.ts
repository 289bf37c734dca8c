/**
 * The nine English regions (ONS GSS entity E12) and England (E92), with the names ONS publishes, and the
 * other names files use for them. Pure: no I/O.
 */
export const ENGLAND = { code: 'E92000001', name: 'England' } as const;

export const ENGLISH_REGIONS = [
  { code: 'E12000001', name: 'North East' },
  { code: 'E12000002', name: 'North West' },
  { code: 'E12000003', name: 'Yorkshire and The Humber' },
  { code: 'E12000004', name: 'East Midlands' },
  { code: 'E12000005', name: 'West Midlands' },
  { code: 'E12000006', name: 'East of England' },
  { code: 'E12000007', name: 'London' },
  { code: 'E12000008', name: 'South East' },
  { code: 'E12000009', name: 'South West' },
] as const;

export type EnglishRegion = (typeof ENGLISH_REGIONS)[number];

const normalise = (name: string) => name.trim().toLowerCase().replaceAll('&', 'and').replace(/\s+/g, ' ');

// DfE lists split London into Inner and Outer London (an education statistics grouping, not a region);
// older files say "Eastern" or "East" for the East of England.
const OTHER_NAMES: Readonly<Record<string, EnglishRegion['code']>> = {
  'inner london': 'E12000007',
  'outer london': 'E12000007',
  'yorkshire and humber': 'E12000003',
  'yorkshire and the humber': 'E12000003',
  eastern: 'E12000006',
  east: 'E12000006',
};

const BY_NAME = new Map<string, EnglishRegion['code']>([
  ...ENGLISH_REGIONS.map((r) => [normalise(r.name), r.code] as const),
  ...Object.entries(OTHER_NAMES),
]);

/**
 * The GSS code of the English region a file names, ignoring case, spacing and "&"; null when the name is
 * not an English region. `regionCodeOf('Inner London')` → "E12000007" (London);
 * `regionCodeOf('Yorkshire & the Humber')` → "E12000003".
 */
export function regionCodeOf(name: string): EnglishRegion['code'] | null {
  return BY_NAME.get(normalise(name)) ?? null;
}
