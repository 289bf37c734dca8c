import { evidenceLinks, getGuidanceReports } from '../../api/evidence-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

/** The EEF Guidance Reports loaded, newest first, each with the Toolkit strands it draws on. */
export function GuidanceReports() {
  const state = useApi('guidance-reports', getGuidanceReports);
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return (
    <section aria-labelledby="guidance-heading" id="guidance-reports">
      <h2 className="govuk-heading-l" id="guidance-heading">
        Guidance Reports
      </h2>
      {state.data.length === 0 ? (
        <MissingDataNote missing="guidance-reports" id="guidance-reports-missing-data">
          No Guidance Reports have been loaded yet.
        </MissingDataNote>
      ) : (
        <>
          <TableRegion>
            <table className="govuk-table oa-table-s">
              <caption className="govuk-table__caption govuk-visually-hidden">EEF Guidance Reports, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Report</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Year</th>
                  <th scope="col" className="govuk-table__header">Toolkit strands</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {state.data.map((report) => (
                  <tr key={report.id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">{report.title}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{report.year}</td>
                    <td className="govuk-table__cell">{report.strands.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <DownloadCsvLink href={evidenceLinks.guidanceReports()} description="the Guidance Reports" />
        </>
      )}
    </section>
  );
}
