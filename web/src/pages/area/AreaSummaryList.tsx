import type { ReactNode } from 'react';
import type { AreaRef, OpportunityAreaDetail, ResearchSchoolView } from '../../api/types.ts';
import { formatDate } from '../../format/format-date.ts';

export function AreaSummaryList({ area }: { area: OpportunityAreaDetail }) {
  const authorities = distinct(area.districts.map((district) => district.educationAuthority));
  const regions = distinct(area.districts.map((district) => district.region));
  return (
    <dl className="govuk-summary-list">
      <Row label="Announced">
        {formatDate(area.announcedOn)} (wave {area.wave})
      </Row>
      {area.announcedAs !== null && <Row label="Announced as">{area.announcedAs}</Row>}
      <Row label={area.districts.length === 1 ? 'District' : 'Districts'}>
        {area.districts.map((district) => (
          <Line key={district.code}>
            {district.name} <span className="oa-inline-hint">{district.code}</span>
          </Line>
        ))}
      </Row>
      <Row label="Education authority">{namesOrNotRecorded(authorities)}</Row>
      <Row label="Region">{namesOrNotRecorded(regions)}</Row>
      <Row label="Partnership board chair">
        {area.board === null ? (
          'Not yet recorded'
        ) : (
          <>
            <Line>{area.board.chair}</Line>
            <Line>
              <span className="oa-inline-hint">Named {formatDate(area.board.chairNamedOn)}</span>
            </Line>
          </>
        )}
      </Row>
      <Row label="Research School">
        {area.researchSchool === null ? 'Not yet recorded' : <ResearchSchool school={area.researchSchool} />}
      </Row>
    </dl>
  );
}

function ResearchSchool({ school }: { school: ResearchSchoolView }) {
  return (
    <>
      <Line>{school.name}</Line>
      <Line>Hosted by {school.hostName}</Line>
      <Line>
        <span className="oa-inline-hint">
          {school.hostUrn === null ? 'Alliance or trust – no single URN' : `URN ${String(school.hostUrn)}`}
        </span>
      </Line>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Line({ children }: { children: ReactNode }) {
  return <p className="govuk-body oa-value-line">{children}</p>;
}

/** Districts of one area often share an education authority and region: show each once. */
function distinct(refs: readonly (AreaRef | null)[]): AreaRef[] {
  const byCode = new Map<string, AreaRef>();
  for (const ref of refs) if (ref !== null) byCode.set(ref.code, ref);
  return [...byCode.values()];
}

function namesOrNotRecorded(refs: readonly AreaRef[]): string {
  return refs.length === 0 ? 'Not recorded' : refs.map((ref) => ref.name).join(', ');
}
