import type { PlaceRef, SchoolProfile } from '../../api/public-data-types.ts';
import { SummaryList, SummaryRow, ValueLine } from '../../components/SummaryList.tsx';
import { formatDate } from '../../format/format-date.ts';
import { sentenceCase } from '../schools/school-search.ts';

export function SchoolSummaryList({ school }: { school: SchoolProfile }) {
  const address = [school.address.street, school.address.locality, school.address.town, school.address.postcode].filter((line) => line !== null && line !== '');
  return (
    <SummaryList>
      <SummaryRow label="URN">{school.urn}</SummaryRow>
      <SummaryRow label="Status">
        <ValueLine>{sentenceCase(school.status)}</ValueLine>
        {school.openDate !== null && <ValueLine><span className="oa-inline-hint">Opened {formatDate(school.openDate)}</span></ValueLine>}
        {school.closeDate !== null && <ValueLine><span className="oa-inline-hint">Closed {formatDate(school.closeDate)}</span></ValueLine>}
      </SummaryRow>
      <SummaryRow label="Phase">{sentenceCase(school.phase)}</SummaryRow>
      <SummaryRow label="Type">
        {school.type === null && school.group === null ? 'Not recorded' : (
          <>
            {school.type !== null && <ValueLine>{school.type}</ValueLine>}
            {school.group !== null && school.group !== school.type && <ValueLine><span className="oa-inline-hint">{school.group}</span></ValueLine>}
          </>
        )}
      </SummaryRow>
      <SummaryRow label="Ages">{describeAges(school.ages)}</SummaryRow>
      {school.gender !== null && <SummaryRow label="Gender">{school.gender}</SummaryRow>}
      {school.religiousCharacter !== null && <SummaryRow label="Religious character">{school.religiousCharacter}</SummaryRow>}
      <SummaryRow label="Address">
        {address.length === 0 ? 'Not recorded' : address.map((line) => <ValueLine key={line}>{line}</ValueLine>)}
      </SummaryRow>
      <SummaryRow label="Local authority">
        {school.educationAuthority === null ? `LA ${school.laCode}` : (
          <>
            <ValueLine><PlaceLink place={school.educationAuthority} /></ValueLine>
            <ValueLine><span className="oa-inline-hint">LA number {school.laCode}</span></ValueLine>
          </>
        )}
      </SummaryRow>
      <SummaryRow label="District">
        {school.district === null ? <ValueLine>Not placed in a district</ValueLine> : (
          <ValueLine>
            <PlaceLink place={school.district} />
            {school.placement.rule === 'postcode-sector' && <> <strong className="govuk-tag govuk-tag--yellow">Estimated</strong></>}
          </ValueLine>
        )}
        <ValueLine><span className="oa-inline-hint" data-testid="school-placement">{school.placement.description}</span></ValueLine>
      </SummaryRow>
      <SummaryRow label="Opportunity Area">
        {school.opportunityArea === null ? 'Not in an Opportunity Area' : (
          <a className="govuk-link" href={`/areas/${encodeURIComponent(school.opportunityArea.id)}`}>
            {school.opportunityArea.name}
          </a>
        )}
      </SummaryRow>
      <SummaryRow label="Region">{school.region === null ? 'Not recorded' : <PlaceLink place={school.region} />}</SummaryRow>
    </SummaryList>
  );
}

function PlaceLink({ place }: { place: PlaceRef }) {
  return (
    <a className="govuk-link" href={`/areas/${encodeURIComponent(place.code)}`}>
      {place.name}
    </a>
  );
}

/** `describeAges({ low: 4, high: 11 })` → "4 to 11"; either end missing (or 0 to 0, "not recorded" in GIAS) → "Not recorded". */
function describeAges({ low, high }: { low: number | null; high: number | null }): string {
  if (low === null || high === null || (low === 0 && high === 0)) return 'Not recorded';
  return `${String(low)} to ${String(high)}`;
}
