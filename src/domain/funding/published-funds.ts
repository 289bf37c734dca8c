import { poundsToPence } from '../shared/money.ts';
import { unwrapOrThrow } from '../shared/result.ts';
import { parseSlug } from '../shared/slug.ts';
import { PUBLISHED_OPPORTUNITY_AREAS } from '../programme/published-programme.ts';
import type { Fund, FundKind, FundScope } from './fund.ts';

const THREE_YEARS = '2017/18 to 2019/20';
const EXTENSION_YEAR = '2020/21';

const PROGRAMME_NOTE =
  'DfE press release, 18 January 2017: £72 million for twelve Opportunity Areas over three years (£6 million each)';
const EXTENSION_NOTE =
  'DfE announcement, 4 November 2019 (reported by LocalGov): £18 million to extend the programme to August 2021, ' +
  'shares from £1,970,000 (Blackpool) to £980,000 (West Somerset), £1 million ring-fenced for twinning';
const RESEARCH_SCHOOLS_NOTE =
  'EEF and IEE press release, July 2017: £3.5 million for Research Schools in Opportunity Areas (£2m EEF, £1.5m DfE)';
const CAREERS_NOTE =
  'DfE and The Careers & Enterprise Company, 2017: £2 million careers fund for Opportunity Areas with 40 cornerstone employers';
const TLIF_NOTE =
  'DfE, Teaching and Leadership Innovation Fund (2016–17): £75 million, £10 million of it for National Professional ' +
  'Qualifications; Opportunity Areas had priority access';

interface FundFact {
  id: string;
  name: string;
  pounds: number;
  period: string;
  scope: FundScope;
  kind: FundKind;
  parentId?: string;
  opportunityAreaId?: string;
  sourceNote: string;
  /** Defaults to the Department for Education, which gave all but the EEF's contribution. */
  funder?: string;
  conditions?: string;
}

function fund(fact: FundFact): Fund {
  return {
    id: unwrapOrThrow(parseSlug(fact.id)),
    name: fact.name,
    amountPence: poundsToPence(fact.pounds),
    period: fact.period,
    scope: fact.scope,
    kind: fact.kind,
    parentId: fact.parentId === undefined ? null : unwrapOrThrow(parseSlug(fact.parentId)),
    opportunityAreaId: fact.opportunityAreaId === undefined ? null : unwrapOrThrow(parseSlug(fact.opportunityAreaId)),
    sourceNote: fact.sourceNote,
    funder: fact.funder ?? DFE,
    conditions: fact.conditions ?? '',
    // No yearly split of any of these funds was published: spend is planned evenly over their years.
    profile: [],
  };
}

const DFE = 'Department for Education';
const EEF = 'Education Endowment Foundation';

const PROGRAMME_FUND_ID = 'opportunity-areas-2017-2020';
const EXTENSION_FUND_ID = 'opportunity-areas-2020-21';

/** Per-area shares of the 2020/21 extension that were published; the other ten are not in this record yet. */
const EXTENSION_SHARES: readonly { areaId: string; pounds: number }[] = [
  { areaId: 'blackpool', pounds: 1_970_000 },
  { areaId: 'west-somerset', pounds: 980_000 },
];

/**
 * The programme's published funding. Child pots (allocations, ring-fenced pots, contributions) name their
 * parent, so `checkAllocations` can show what each fund's children account for to the penny.
 */
export const PUBLISHED_FUNDS: readonly Fund[] = [
  fund({
    id: PROGRAMME_FUND_ID,
    name: 'Opportunity Areas programme 2017 to 2020',
    pounds: 72_000_000,
    period: THREE_YEARS,
    scope: 'programme',
    kind: 'fund',
    sourceNote: PROGRAMME_NOTE,
  }),
  ...PUBLISHED_OPPORTUNITY_AREAS.map((area) =>
    fund({
      id: `${area.id}-2017-2020`,
      name: `${area.name} allocation 2017 to 2020`,
      pounds: 6_000_000,
      period: THREE_YEARS,
      scope: 'opportunity_area',
      kind: 'allocation',
      parentId: PROGRAMME_FUND_ID,
      opportunityAreaId: area.id,
      sourceNote: PROGRAMME_NOTE,
    }),
  ),
  fund({
    id: EXTENSION_FUND_ID,
    name: 'Opportunity Areas programme extension 2020/21',
    pounds: 18_000_000,
    period: EXTENSION_YEAR,
    scope: 'programme',
    kind: 'fund',
    sourceNote: EXTENSION_NOTE,
    conditions: 'To extend the programme to August 2021',
  }),
  ...EXTENSION_SHARES.map(({ areaId, pounds }) => {
    const area = PUBLISHED_OPPORTUNITY_AREAS.find((a) => a.id === areaId);
    if (area === undefined) throw new Error(`Unknown Opportunity Area ${areaId} in published funds`);
    return fund({
      id: `${area.id}-2020-21`,
      name: `${area.name} allocation 2020/21`,
      pounds,
      period: EXTENSION_YEAR,
      scope: 'opportunity_area',
      kind: 'allocation',
      parentId: EXTENSION_FUND_ID,
      opportunityAreaId: area.id,
      sourceNote: EXTENSION_NOTE,
    });
  }),
  fund({
    id: 'twinning-2020-21',
    name: 'Twinning with places facing similar challenges 2020/21',
    pounds: 1_000_000,
    period: EXTENSION_YEAR,
    scope: 'programme',
    kind: 'ring_fenced',
    parentId: EXTENSION_FUND_ID,
    sourceNote: EXTENSION_NOTE,
    conditions: 'Ring-fenced to twin each Opportunity Area with places facing similar challenges',
  }),
  fund({
    id: 'research-schools-2017',
    name: 'Research Schools in Opportunity Areas',
    pounds: 3_500_000,
    period: THREE_YEARS,
    scope: 'research_schools',
    kind: 'fund',
    sourceNote: RESEARCH_SCHOOLS_NOTE,
    conditions: 'For Research Schools in the Opportunity Areas',
  }),
  fund({
    id: 'research-schools-2017-eef',
    name: 'Research Schools: Education Endowment Foundation contribution',
    pounds: 2_000_000,
    period: THREE_YEARS,
    scope: 'research_schools',
    kind: 'contribution',
    parentId: 'research-schools-2017',
    sourceNote: RESEARCH_SCHOOLS_NOTE,
    funder: EEF,
  }),
  fund({
    id: 'research-schools-2017-dfe',
    name: 'Research Schools: Department for Education contribution',
    pounds: 1_500_000,
    period: THREE_YEARS,
    scope: 'research_schools',
    kind: 'contribution',
    parentId: 'research-schools-2017',
    sourceNote: RESEARCH_SCHOOLS_NOTE,
  }),
  fund({
    id: 'careers-fund-2017',
    name: 'Opportunity Areas careers fund (40 cornerstone employers)',
    pounds: 2_000_000,
    period: THREE_YEARS,
    scope: 'careers',
    kind: 'fund',
    sourceNote: CAREERS_NOTE,
  }),
  fund({
    id: 'teaching-leadership-innovation-fund',
    name: 'Teaching and Leadership Innovation Fund',
    pounds: 75_000_000,
    period: THREE_YEARS,
    scope: 'national',
    kind: 'fund',
    sourceNote: TLIF_NOTE,
  }),
  fund({
    id: 'teaching-leadership-innovation-fund-npqs',
    name: 'Teaching and Leadership Innovation Fund: National Professional Qualifications',
    pounds: 10_000_000,
    period: THREE_YEARS,
    scope: 'national',
    kind: 'ring_fenced',
    parentId: 'teaching-leadership-innovation-fund',
    sourceNote: TLIF_NOTE,
    conditions: 'For National Professional Qualifications',
  }),
];
