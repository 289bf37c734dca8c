import type { CsvColumn } from '../../shared/csv.ts';
import type { Giving360Grant } from './giving360-types.ts';

/**
 * The 360Giving spreadsheet layout: one row per grant, headings as the standard's titles, repeated
 * things numbered (`Beneficiary Location:0:Name`), as its flattening tool writes them.
 */
export function giving360CsvColumns(grants: readonly Giving360Grant[]): CsvColumn<Giving360Grant>[] {
  const locations = Math.max(0, ...grants.map((g) => g.beneficiaryLocation.length));
  return [
    { header: 'Identifier', value: (g) => g.id },
    { header: 'Title', value: (g) => g.title },
    { header: 'Description', value: (g) => g.description },
    { header: 'Currency', value: (g) => g.currency },
    { header: 'Amount Awarded', value: (g) => g.amountAwarded },
    { header: 'Award Date', value: (g) => g.awardDate },
    { header: 'Recipient Org:Identifier', value: (g) => g.recipientOrganization[0]?.id ?? null },
    { header: 'Recipient Org:Name', value: (g) => g.recipientOrganization[0]?.name ?? null },
    { header: 'Funding Org:Identifier', value: (g) => g.fundingOrganization[0]?.id ?? null },
    { header: 'Funding Org:Name', value: (g) => g.fundingOrganization[0]?.name ?? null },
    { header: 'Grant Programme:Code', value: (g) => g.grantProgramme[0]?.code ?? null },
    { header: 'Grant Programme:Title', value: (g) => g.grantProgramme[0]?.title ?? null },
    ...Array.from({ length: locations }, (_, i): CsvColumn<Giving360Grant>[] => [
      { header: `Beneficiary Location:${String(i)}:Name`, value: (g) => g.beneficiaryLocation[i]?.name ?? null },
      { header: `Beneficiary Location:${String(i)}:Geographic Code`, value: (g) => g.beneficiaryLocation[i]?.geoCode ?? null },
    ]).flat(),
  ];
}
