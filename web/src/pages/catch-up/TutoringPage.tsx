import { useState } from 'react';
import { getAreaTutoring, getSchoolTutoring, tutoringLinks, type TutoringView } from '../../api/catch-up-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { HoursByRouteChart } from './HoursByRouteChart.tsx';
import { showCell, TutoringTable } from './TutoringTable.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { SuccessBanner } from '../../components/SuccessBanner.tsx';
import { useSession } from '../../session/session-context.ts';
import { TutoringUploadForm } from './TutoringUploadForm.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

const yearLabel = (year: number) => `${String(year)}/${String((year + 1) % 100).padStart(2, '0')}`;
const MEASURES = { 'disadvantaged-tutees-pct': ['Tutees who are disadvantaged', '%'], 'hours-per-course': ['Hours per course', ' hours'] } as const;
const TAGS = { met: 'govuk-tag--green', 'not met': 'govuk-tag--red', 'no data': 'govuk-tag--grey' } as const;

/** The targets set here, each beside its figure, met or not. */
function Targets({ view }: { view: TutoringView }) {
  if (view.targets.length === 0) return null;
  return (
    <dl className="govuk-summary-list" data-testid="tutoring-targets">
      {view.targets.map((t) => {
        const [label, unit] = MEASURES[t.measure];
        const actual = t.actual.value === null ? showCell(t.actual) : `${t.actual.value.toLocaleString('en-GB')}${unit}`;
        return (
          <div key={t.measure} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">
              {actual} against a target of {t.target.toLocaleString('en-GB')}{unit} <strong className={`govuk-tag ${TAGS[t.status]}`}>{t.status}</strong>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Hours by route in each year as a table: the chart's figures, for everyone. */
function HoursByRouteTable({ view }: { view: TutoringView }) {
  const routes = [...new Set(view.hoursByRoute.map((h) => h.route))].sort();
  if (routes.length === 0) return null;
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Hours by route in each academic year</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Route</th>
            {view.years.map((y) => (
              <th key={y} scope="col" className="govuk-table__header govuk-table__header--numeric">{yearLabel(y)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {routes.map((route) => (
            <tr key={route} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">{route === 'not-recorded' ? 'Not recorded (census)' : route}</th>
              {view.years.map((y) => {
                const cell = view.hoursByRoute.find((h) => h.route === route && h.academicYear === y)?.hours;
                return <td key={y} className="govuk-table__cell govuk-table__cell--numeric">{cell === undefined ? '0' : showCell(cell)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Body({ view, caption, groupHeading, csv }: { view: TutoringView; caption: string; groupHeading: string; csv: string }) {
  if (view.academicYear === null) return <p className="govuk-body">No tutoring has been recorded here yet.</p>;
  return (
    <>
      <Targets view={view} />
      <TutoringTable view={view} caption={`${caption}, ${yearLabel(view.academicYear)}`} groupHeading={groupHeading} />
      <DownloadCsvLink href={csv} description={caption.toLowerCase()} />
      <h2 className="govuk-heading-m">Hours by route over time</h2>
      <HoursByRouteChart view={view} />
      <HoursByRouteTable view={view} />
    </>
  );
}

/** An Opportunity Area's tutoring by school, with its targets and hours by route over time. */
export function AreaTutoringPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="aggregate:read" scopeRef={`area:${id}`}>
      <AreaTutoring id={id} />
    </RequireAccess>
  );
}

function AreaTutoring({ id }: { id: string }) {
  useDocumentTitle('Catch-up tutoring in the area');
  const state = useApi(`tutoring-area-${id}`, (signal) => getAreaTutoring(id, 'school', null, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/areas/${id}`, text: 'Opportunity Area' }]} />
      <h1 className="govuk-heading-xl">Catch-up tutoring{state.status === 'loaded' ? ` in ${state.data.area.name}` : ''}</h1>
      {state.status === 'loading' ? <Loading /> : <Body view={state.data} caption="Tutoring by school" groupHeading="School" csv={tutoringLinks.area(id, 'school', state.data.academicYear)} />}
    </>
  );
}

/**
 * A school's tutoring by year group, with its targets and hours by route over time; for users who may
 * record its pupils, a file upload that imports more and reloads the report.
 */
export function SchoolTutoringPage({ urn }: { urn: string }) {
  // Sign in first: the server answers only signed-in users here, so a visitor is not sent a refusal.
  return (
    <RequireAccess permission="signed_in">
      <SchoolTutoring urn={urn} />
    </RequireAccess>
  );
}

function SchoolTutoring({ urn }: { urn: string }) {
  useDocumentTitle('Catch-up tutoring at the school');
  const { can } = useSession();
  const [imports, setImports] = useState<{ count: number; message: string | null }>({ count: 0, message: null });
  const state = useApi(`tutoring-school-${urn}-${String(imports.count)}`, (signal) => getSchoolTutoring(urn, 'year_group', null, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/schools/${urn}`, text: 'School' }]} />
      {imports.message !== null && <SuccessBanner key={imports.count} message={imports.message} />}
      <h1 className="govuk-heading-xl">Catch-up tutoring{state.status === 'loaded' ? ` at ${state.data.school.name}` : ''}</h1>
      {state.status === 'loading' ? <Loading /> : <Body view={state.data} caption="Tutoring by year group" groupHeading="Year group" csv={tutoringLinks.school(urn, 'year_group', state.data.academicYear)} />}
      {can('pupil:write', `school:${urn}`) && (
        <TutoringUploadForm
          urn={urn}
          onImported={(message) => {
            setImports((current) => ({ count: current.count + 1, message }));
          }}
        />
      )}
    </>
  );
}
