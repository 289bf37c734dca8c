/**
 * When the published funds were announced, as YYYY-MM-DD, for a 360Giving export's `awardDate`; funds
 * announced only to the month (research schools, July 2017) are not here and need a date given.
 * Sources as in published-funds.ts: DfE press release, 18 January 2017; DfE announcement, 4 November 2019.
 */
export const PUBLISHED_AWARD_DATES: Readonly<Record<string, string>> = {
  'opportunity-areas-2017-2020': '2017-01-18',
  'opportunity-areas-2020-21': '2019-11-04',
};

/** The Open Government Licence v3.0, under which DfE publishes its data. */
export const OPEN_GOVERNMENT_LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
