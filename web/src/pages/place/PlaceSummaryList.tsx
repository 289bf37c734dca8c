import type { AreaDetail } from '../../api/public-data-types.ts';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { withQuery } from '../../api/public-data-client.ts';
import { formatCountOf } from '../../format/format-number.ts';
import { describeAreaKind } from './describe-area-kind.ts';

export function PlaceSummaryList({ area }: { area: AreaDetail }) {
  const parent = area.ancestors[0];
  return (
    <SummaryList>
      <SummaryRow label="Kind of area">{describeAreaKind(area.kind)}</SummaryRow>
      <SummaryRow label="GSS code">{area.code}</SummaryRow>
      {parent !== undefined && (
        <SummaryRow label="Part of">
          <a className="govuk-link" href={`/areas/${encodeURIComponent(parent.code)}`}>
            {parent.name}
          </a>{' '}
          <span className="oa-inline-hint">({describeAreaKind(parent.kind).toLowerCase()})</span>
        </SummaryRow>
      )}
      {/* Only districts belong to an Opportunity Area; larger areas may contain one or several. */}
      {(area.kind === 'district' || area.opportunityArea !== null) && (
        <SummaryRow label="Opportunity Area">
          {area.opportunityArea === null ? (
            'Not in an Opportunity Area'
          ) : (
            <a className="govuk-link" href={`/areas/${encodeURIComponent(area.opportunityArea.id)}`}>
              {area.opportunityArea.name}
            </a>
          )}
        </SummaryRow>
      )}
      {(area.kind === 'district' || area.kind === 'education_la') && (
        <SummaryRow label="Open schools">
          <a className="govuk-link" href={schoolsIn(area)}>
            {formatCountOf(area.schools.open, 'open school')}
            <span className="govuk-visually-hidden"> in {area.name}</span>
          </a>
          <LeftOutNote leftOut={area.schools.leftOut} id="place-schools-left-out" />
        </SummaryRow>
      )}
    </SummaryList>
  );
}

/** The school search limited to this district or education authority, open schools only. */
function schoolsIn(area: AreaDetail): string {
  return withQuery('/schools', { [area.kind === 'district' ? 'district' : 'la']: area.code, status: 'open' });
}
