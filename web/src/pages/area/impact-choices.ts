import type { ImpactMethod } from '../../api/impact-client.ts';

/** Key stage 2 measures of the LAIT series, labelled by calendar year, so the programme starts in 2017. */
export const IMPACT_MEASURES = [
  { value: 'KS2RWM_Expected_STD', text: 'Key stage 2: reading, writing and maths at the expected standard' },
  { value: 'KS2R_Expected_STD', text: 'Key stage 2: reading at the expected standard' },
  { value: 'KS2M_Expected_STD', text: 'Key stage 2: maths at the expected standard' },
] as const;

export const IMPACT_METHODS: readonly { readonly value: ImpactMethod; readonly text: string }[] = [
  { value: 'sdid', text: 'Synthetic difference in differences' },
  { value: 'sc', text: 'Synthetic control' },
  { value: 'did', text: 'Difference in differences' },
];

/** The method a picked option names, or sdid. */
export const methodOf = (value: string): ImpactMethod => IMPACT_METHODS.find((m) => m.value === value)?.value ?? 'sdid';

/** The first period under the programme for these measures (docs/methodology.md §16.10). */
export const IMPACT_FROM = '2017';
