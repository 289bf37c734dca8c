import type { OpportunityAreaDetail } from '../../api/types.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSession } from '../../session/session-context.ts';
import { AreaFunds } from './AreaFunds.tsx';
import { AreaImpact } from './AreaImpact.tsx';
import { AreaResearchNetwork } from './AreaResearchNetwork.tsx';
import { AreaSchools } from './AreaSchools.tsx';
import { AreaSources } from './AreaSources.tsx';
import { AreaSummaryList } from './AreaSummaryList.tsx';

export function AreaDetails({ area }: { area: OpportunityAreaDetail }) {
  useDocumentTitle(area.name);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <span className="govuk-caption-xl">Opportunity Area</span>
        <h1 className="govuk-heading-xl">{area.name}</h1>
        <AreaSummaryList area={area} />
        <BoardLink areaId={area.id} />
        <PlanLink areaId={area.id} />
        <CareersLink areaId={area.id} />
        <HolidayLink areaId={area.id} />
        <AreaSchools areaId={area.id} />
        <AreaFunds area={area} />
        <AreaResearchNetwork areaId={area.id} />
        <AreaImpact areaId={area.id} />
        <AreaSources area={area} />
      </div>
    </div>
  );
}

/** Shown only to those who may record the chair; the server checks again when they save. */
function BoardLink({ areaId }: { areaId: string }) {
  const { can } = useSession();
  if (!can('area:write', `area:${areaId}`)) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/board`}>
        Record the partnership board chair
      </a>
    </p>
  );
}

/** Shown to those who may read the area's delivery plan: its board viewers, leads, the national team and analysts. */
function PlanLink({ areaId }: { areaId: string }) {
  const { can } = useSession();
  if (!can('area:read', `area:${areaId}`)) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/plan`}>
        Delivery plan and board report
      </a>
    </p>
  );
}

/** Careers figures are for signed-in readers with access to the area's statistics; the server checks again. */
function CareersLink({ areaId }: { areaId: string }) {
  const { can } = useSession();
  if (!can('aggregate:read', `area:${areaId}`)) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={`/careers/areas/${encodeURIComponent(areaId)}`}>
        Careers encounters and Enterprise Advisers
      </a>
      <br />
      <a className="govuk-link" href={`/catch-up/areas/${encodeURIComponent(areaId)}`}>
        Catch-up tutoring
      </a>
    </p>
  );
}

/** Holiday club figures, like careers, are for readers with access to the area's statistics; the server checks again. */
function HolidayLink({ areaId }: { areaId: string }) {
  const { can } = useSession();
  if (!can('aggregate:read', `area:${areaId}`)) return null;
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={`/holiday/areas/${encodeURIComponent(areaId)}`}>
        Holiday activities: places offered and taken, and who came
      </a>
    </p>
  );
}
