import type { OpportunityAreaDetail } from '../../api/types.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { AreaFunds } from './AreaFunds.tsx';
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
        <AreaFunds area={area} />
        <AreaSources area={area} />
      </div>
    </div>
  );
}
