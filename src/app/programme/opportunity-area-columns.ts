import type { OpportunityAreaSummary } from '../../domain/programme/index.ts';
import type { CsvColumn } from '../../domain/shared/csv.ts';
import { poundsText } from '../funding/fund-columns.ts';

export const OPPORTUNITY_AREA_CSV_COLUMNS: readonly CsvColumn<OpportunityAreaSummary>[] = [
  { header: 'opportunity_area_id', value: (a) => a.id },
  { header: 'name', value: (a) => a.name },
  { header: 'announced_as', value: (a) => a.announcedAs },
  { header: 'wave', value: (a) => a.wave },
  { header: 'announced_on', value: (a) => a.announcedOn },
  { header: 'district_codes', value: (a) => a.districts.map((d) => d.code).join(';') },
  { header: 'district_names', value: (a) => a.districts.map((d) => d.name).join(';') },
  { header: 'research_school', value: (a) => a.researchSchool?.name ?? null },
  { header: 'research_school_host_urn', value: (a) => a.researchSchool?.hostUrn ?? null },
  { header: 'board_chair', value: (a) => a.boardChair },
  { header: 'share_2020_21_gbp', value: (a) => (a.share2020to21Pence === null ? null : poundsText(a.share2020to21Pence)) },
];
