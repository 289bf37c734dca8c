import { boardReportLinks, getAreaPlan } from '../../api/plans-client.ts';
import type { AreaPlan, PlanMeasure } from '../../api/plans-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useFlash } from '../../router/use-flash.ts';
import { RequireAccess } from '../../session/RequireAccess.tsx';
import { useSession } from '../../session/session-context.ts';
import { BoardSection } from './BoardSection.tsx';
import { describeTrend, formatPeriodValue } from './format-measure.ts';
import { MeasureStatusTag } from './MeasureStatusTag.tsx';
import { TrendSparkline } from './TrendSparkline.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

/** An area's delivery plan: priorities, objectives and measures with their status and trend. */
export function PlanPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:read" scopeRef={`area:${id}`}>
      <PlanLoader id={id} />
    </RequireAccess>
  );
}

function PlanLoader({ id }: { id: string }) {
  const state = useApi(`plan:${id}`, (signal) => getAreaPlan(id, signal));
  // Set by the actual form after a save.
  const flash = useFlash();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <a href={`/areas/${encodeURIComponent(id)}`} className="govuk-back-link oa-back-link">
        Back to {state.data.area.name}
      </a>
      {flash !== null && <SuccessBanner message={flash} />}
      <Plan plan={state.data} />
    </>
  );
}

function Plan({ plan }: { plan: AreaPlan }) {
  useDocumentTitle(`${plan.area.name} delivery plan`);
  const { can } = useSession();
  const canEdit = can('area:write', `area:${plan.area.id}`);
  const report = boardReportLinks(plan.area.id);
  return (
    <>
      <span className="govuk-caption-xl">{plan.area.name}</span>
      <h1 className="govuk-heading-xl">Delivery plan</h1>
      <p className="govuk-body">
        Each measure’s status comes from one rule: progress from the baseline towards the target, compared with the share of the time to the target that has gone.
        A status set by hand says why.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/what-worked">What worked across all areas</a>
        {canEdit && (
          <>
            {' · '}
            <a className="govuk-link" href={`/areas/${encodeURIComponent(plan.area.id)}/what-worked/new`}>Add to the what-worked library</a>
          </>
        )}
        {can('area:read') && (
          <>
            {' · '}
            <a className="govuk-link" href="/plans">Every area’s measures by theme</a>
          </>
        )}
      </p>
      <h2 className="govuk-heading-m">Board report</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={report.pdf} download>Download the board report (PDF)</a>, tagged for screen readers, or{' '}
          <a className="govuk-link" href={report.html} target="_blank" rel="noopener">read it as an accessible web page (opens in a new tab)</a>
        </li>
        <li><a className="govuk-link" href={report.xlsx} download>Download the measures (XLSX)</a></li>
      </ul>
      {plan.priorities.length === 0 && <MissingDataNote missing="delivery-plan">No delivery plan has been loaded for {plan.area.name} yet.</MissingDataNote>}
      {plan.priorities.map((priority, index) => (
        <section key={priority.title} aria-labelledby={`priority-${String(index + 1)}`}>
          <h2 className="govuk-heading-l" id={`priority-${String(index + 1)}`}>
            {priority.title}
          </h2>
          {priority.objectives.map((objective) => (
            <TableRegion key={objective.title}>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s">{objective.title}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Measure</th>
                    <th scope="col" className="govuk-table__header">Baseline</th>
                    <th scope="col" className="govuk-table__header">Latest</th>
                    <th scope="col" className="govuk-table__header">Target</th>
                    <th scope="col" className="govuk-table__header">Trend</th>
                    <th scope="col" className="govuk-table__header">Status</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {objective.measures.map((measure) => (
                    <MeasureRow key={measure.code} areaId={plan.area.id} measure={measure} canEdit={canEdit} />
                  ))}
                </tbody>
              </table>
            </TableRegion>
          ))}
        </section>
      ))}
      <BoardSection areaId={plan.area.id} board={plan.board} canEdit={canEdit} />
    </>
  );
}

function MeasureRow({ areaId, measure, canEdit }: { areaId: string; measure: PlanMeasure; canEdit: boolean }) {
  return (
    <tr className="govuk-table__row" data-measure={measure.code}>
      <th scope="row" className="govuk-table__header">
        {measure.name}
        <span className="govuk-body-s govuk-!-display-block">{measure.unit}{measure.link === null ? '' : ` · updates from ${measure.link.indicatorCode}`}</span>
        {canEdit && (
          <span className="govuk-body-s govuk-!-display-block">
            {measure.link === null && (
              <>
                <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/plan/measures/${encodeURIComponent(measure.code)}/actual`}>
                  Add an actual<span className="govuk-visually-hidden"> for {measure.name}</span>
                </a>
                {' · '}
              </>
            )}
            <a className="govuk-link" href={`/areas/${encodeURIComponent(areaId)}/plan/measures/${encodeURIComponent(measure.code)}/status`}>
              Set the status by hand<span className="govuk-visually-hidden"> for {measure.name}</span>
            </a>
          </span>
        )}
      </th>
      <td className="govuk-table__cell">{formatPeriodValue(measure.baseline)}</td>
      <td className="govuk-table__cell" data-field="latest">{formatPeriodValue(measure.latest)}</td>
      <td className="govuk-table__cell">{formatPeriodValue(measure.target)}</td>
      <td className="govuk-table__cell">
        <TrendSparkline measure={measure} />
        <span className="govuk-body-s govuk-!-display-block">{describeTrend(measure)}</span>
      </td>
      <td className="govuk-table__cell">
        <MeasureStatusTag status={measure.status} setByHand={measure.override !== null} />
        <span className="govuk-body-s govuk-!-display-block">{measure.explanation}</span>
      </td>
    </tr>
  );
}
