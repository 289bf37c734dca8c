import type { AreaKind } from '../../api/public-data-types.ts';

const KIND_NAMES: Readonly<Record<AreaKind, { one: string; many: string }>> = {
  country: { one: 'Country', many: 'Countries' },
  region: { one: 'Region', many: 'Regions' },
  education_la: { one: 'Education authority', many: 'Education authorities' },
  district: { one: 'District', many: 'Districts' },
};

/** `describeAreaKind('education_la')` → "Education authority"; `describeAreaKind('district', true)` → "Districts". */
export function describeAreaKind(kind: AreaKind, plural = false): string {
  const names = KIND_NAMES[kind];
  return plural ? names.many : names.one;
}
