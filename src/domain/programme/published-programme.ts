import { parseGssCode } from '../shared/gss-code.ts';
import { parseIsoDate } from '../shared/iso-date.ts';
import { unwrapOrThrow } from '../shared/result.ts';
import { parseSlug } from '../shared/slug.ts';
import { parseUrn } from '../shared/urn.ts';
import type { OpportunityArea, PartnershipBoard, ResearchSchool, Wave } from './types.ts';

const WAVE_1_NOTE =
  'DfE, "Social mobility and opportunity areas" (gov.uk, October 2016): first six Opportunity Areas';
const WAVE_2_NOTE =
  'DfE press release, 18 January 2017: "Six more areas to benefit from £72 million social mobility package"';
const BOARDS_NOTE =
  'DfE, Opportunity Area delivery plans and partnership board chairs announced July 2017';
const RESEARCH_SCHOOLS_NOTE =
  'EEF and IEE press release, July 2017: eleven new Research Schools in Opportunity Areas (Schools Week, July 2017)';

function opportunityArea(
  id: string,
  name: string,
  wave: Wave,
  districts: readonly string[],
  announcedAs: string | null = null,
): OpportunityArea {
  return {
    id: unwrapOrThrow(parseSlug(id)),
    name,
    announcedAs,
    wave,
    announcedOn: unwrapOrThrow(parseIsoDate(wave === 1 ? '2016-10' : '2017-01-18')),
    districtCodes: districts.map((code) => unwrapOrThrow(parseGssCode(code))),
    sourceNote: wave === 1 ? WAVE_1_NOTE : WAVE_2_NOTE,
  };
}

/** The twelve Opportunity Areas as announced: six in October 2016, six on 18 January 2017. */
export const PUBLISHED_OPPORTUNITY_AREAS: readonly OpportunityArea[] = [
  opportunityArea('blackpool', 'Blackpool', 1, ['E06000009']),
  opportunityArea('derby', 'Derby', 1, ['E06000015']),
  opportunityArea('norwich', 'Norwich', 1, ['E07000148']),
  opportunityArea('oldham', 'Oldham', 1, ['E08000004']),
  opportunityArea('north-yorkshire-coast', 'North Yorkshire Coast', 1, ['E07000168'], 'Scarborough'),
  opportunityArea('west-somerset', 'West Somerset', 1, ['E07000191']),
  opportunityArea('bradford', 'Bradford', 2, ['E08000032']),
  opportunityArea('doncaster', 'Doncaster', 2, ['E08000017']),
  opportunityArea('fenland-and-east-cambridgeshire', 'Fenland and East Cambridgeshire', 2, ['E07000010', 'E07000009']),
  opportunityArea('hastings', 'Hastings', 2, ['E07000062']),
  opportunityArea('ipswich', 'Ipswich', 2, ['E07000202']),
  opportunityArea('stoke-on-trent', 'Stoke-on-Trent', 2, ['E06000021']),
];

function board(areaId: string, chair: string): PartnershipBoard {
  return {
    opportunityAreaId: unwrapOrThrow(parseSlug(areaId)),
    chair,
    chairNamedOn: unwrapOrThrow(parseIsoDate('2017-07')),
    sourceNote: BOARDS_NOTE,
  };
}

/** The three partnership board chairs named in July 2017; other chairs are not in this record yet. */
export const PUBLISHED_PARTNERSHIP_BOARDS: readonly PartnershipBoard[] = [
  board('derby', 'Professor Kathryn Mitchell'),
  board('west-somerset', 'Dr Fiona McMillan OBE'),
  board('north-yorkshire-coast', 'Sir Martin Narey'),
];

function researchSchool(id: string, name: string, hostName: string, hostUrn: number | null, areaId: string): ResearchSchool {
  return {
    id: unwrapOrThrow(parseSlug(id)),
    name,
    hostName,
    hostUrn: hostUrn === null ? null : unwrapOrThrow(parseUrn(hostUrn)),
    opportunityAreaId: unwrapOrThrow(parseSlug(areaId)),
    announcedOn: unwrapOrThrow(parseIsoDate('2017-07')),
    sourceNote: RESEARCH_SCHOOLS_NOTE,
  };
}

/**
 * The eleven Opportunity Area Research Schools named in July 2017 (Ipswich's came later). Host URNs are
 * those of the host school in the DfE register; alliances, partnerships and trusts have none.
 */
export const PUBLISHED_RESEARCH_SCHOOLS: readonly ResearchSchool[] = [
  researchSchool('blackpool-research-school', 'Blackpool Research School', "St Mary's Catholic Academy", 141257, 'blackpool'),
  researchSchool('derby-research-school', 'Derby Research School', 'Wyndham Primary Academy', 138443, 'derby'),
  researchSchool('norwich-research-school', 'Norwich Research School', 'Notre Dame High School', 137913, 'norwich'),
  researchSchool('oldham-research-school', 'Oldham Research School', 'The Greetland Academy', 136375, 'oldham'),
  researchSchool('scarborough-research-school', 'Scarborough Research School', 'Esk Valley Alliance', null, 'north-yorkshire-coast'),
  researchSchool('west-somerset-research-school', 'West Somerset Research School', 'The Blue School, Wells', 137285, 'west-somerset'),
  researchSchool('bradford-research-school', 'Bradford Research School', 'Dixons Academies', null, 'bradford'),
  researchSchool('doncaster-research-school', 'Doncaster Research School', 'Partners in Learning', null, 'doncaster'),
  researchSchool(
    'east-cambridgeshire-and-fenland-research-school',
    'East Cambridgeshire and Fenland Research School',
    'Littleport Community Primary School',
    110637,
    'fenland-and-east-cambridgeshire',
  ),
  researchSchool('hastings-research-school', 'Hastings Research School', 'Ark Blacklands Primary Academy', 141021, 'hastings'),
  researchSchool(
    'stoke-on-trent-research-school',
    'Stoke-on-Trent Research School',
    'The Keele and North Staffordshire Alliance',
    null,
    'stoke-on-trent',
  ),
];
