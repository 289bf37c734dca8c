import { careersLinks, getAdviserCoverage, getAreaCoverage } from '../../api/careers-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { RequireAccess } from '../../session/RequireAccess.tsx';

/** An Opportunity Area's careers coverage by school, disclosure-controlled for readers without pupil-level rights. */
export function AreaCareersPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="aggregate:read" scopeRef={`area:${id}`}>
      <AreaCareers id={id} />
    </RequireAccess>
  );
}

function AreaCareers({ id }: { id: string }) {
  useDocumentTitle('Careers encounters in the area');
  const state = useApi(`careers-area-${id}`, (signal) => getAreaCoverage(id, 4, false, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/areas/${id}`, text: 'Opportunity Area' }]} />
      <h1 className="govuk-heading-xl">Careers encounters in the area</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={`/careers/areas/${id}/advisers`}>Enterprise Advisers and employers in the area</a>
      </p>
      {state.status === 'loading' ? <Loading /> : (
        <>
          {state.data.rows.length === 0 && (
            <MissingDataNote missing="careers-encounters" id="careers-missing-data" page="Each school records its pupils’ encounters from its own careers page (“Record an encounter”).">
              No careers encounters have been recorded for the area’s schools yet.
            </MissingDataNote>
          )}
          <CoverageTable coverage={state.data} caption="Pupils reaching four encounters, by school" groupHeading="School" />
          <LeftOutNote leftOut={state.data.leftOut} id="careers-left-out" />
          <DownloadCsvLink href={careersLinks.area(id, 4, false)} description="careers coverage by school" />
        </>
      )}
    </>
  );
}

/** Every secondary school and college in the area with its Enterprise Adviser (the gaps listed), and employer load. */
export function AdvisersPage({ id }: { id: string }) {
  return (
    <RequireAccess permission="area:read" scopeRef={`area:${id}`}>
      <Advisers id={id} />
    </RequireAccess>
  );
}

function Advisers({ id }: { id: string }) {
  useDocumentTitle('Enterprise Advisers');
  const state = useApi(`careers-advisers-${id}`, (signal) => getAdviserCoverage(id, signal));
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  if (state.status === 'loading') return <Loading />;
  const { schools, covered, gaps, leftOut, employers } = state.data;
  return (
    <>
      <Breadcrumbs crumbs={[{ href: `/areas/${id}`, text: 'Opportunity Area' }, { href: `/careers/areas/${id}`, text: 'Careers encounters' }]} />
      <h1 className="govuk-heading-xl">Enterprise Advisers</h1>
      {schools.length === 0 ? (
        <MissingDataNote missing="school-register" id="advisers-missing-data">
          No state-funded secondary schools or colleges are known in the area: the register of schools has not been loaded.
        </MissingDataNote>
      ) : (
        <p className="govuk-body">
          {covered} of {schools.length} state-funded secondary schools and colleges have an Enterprise Adviser.
        </p>
      )}
      {schools.length > 0 && covered === 0 && (
        <MissingDataNote missing="enterprise-advisers" id="advisers-none-yet">
          No Enterprise Advisers have been recorded for the area yet.
        </MissingDataNote>
      )}
      {leftOut.note !== null && (
        <div className="govuk-inset-text" id="advisers-left-out">
          <LeftOutNote leftOut={leftOut} />
          <ul className="govuk-list govuk-list--bullet">
            {leftOut.unplaced.map((s) => (
              <li key={s.urn}>
                <a className="govuk-link" href={`/schools/${String(s.urn)}`}>{s.name}</a> ({s.phase}){s.reason === null ? '' : `: ${s.reason}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {gaps.length > 0 && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">No adviser yet: {gaps.map((g) => g.name).join(', ')}.</strong>
        </div>
      )}
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Schools and colleges</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School or college</th>
              <th scope="col" className="govuk-table__header">Phase</th>
              <th scope="col" className="govuk-table__header">Enterprise Adviser</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {schools.map((s) => (
              <tr key={s.urn} className="govuk-table__row">
                <td className="govuk-table__cell"><a className="govuk-link" href={`/careers/schools/${String(s.urn)}`}>{s.name}</a></td>
                <td className="govuk-table__cell">{s.phase}</td>
                <td className="govuk-table__cell">{s.advisers.length === 0 ? <strong className="govuk-tag govuk-tag--red">No adviser</strong> : s.advisers.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={careersLinks.advisers(id)} description="Enterprise Adviser coverage" />
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Employer load: schools each employer works with</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Employer</th>
              <th scope="col" className="govuk-table__header">Sector</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Encounters</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {employers.map((e) => (
              <tr key={e.employerId} className="govuk-table__row">
                <td className="govuk-table__cell">{e.name}{e.cornerstone && <> <strong className="govuk-tag">Cornerstone</strong></>}</td>
                <td className="govuk-table__cell">{e.sector ?? ''}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{e.schools.toLocaleString('en-GB')}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{e.encounters.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={careersLinks.employers(id)} description="employer load" />
    </>
  );
}
