import type { SchoolPlacementReport } from '../../api/public-data-types.ts';
import { getSchoolPlacement, schoolPlacementCsvLink } from '../../api/public-data-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatCount } from '../../format/format-number.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const RULES = [
  ['gias', 'The register (GIAS) gives its district', 'exact'],
  ['coordinates', 'Its location falls inside the district', 'exact'],
  ['single_tier_la', 'Its local authority is a single district', 'exact'],
  ['postcode_sector', 'Most placed schools in its postcode sector are in the district', 'estimated'],
] as const;

/** Where the data comes from and how far it can be trusted: first, how every school is placed in a district. */
export function DataPage() {
  useDocumentTitle('About the data');
  const state = useApi('school-placement', getSchoolPlacement);
  return (
    <>
      <h1 className="govuk-heading-xl">About the data</h1>
      <h2 className="govuk-heading-l">How schools are placed in districts</h2>
      <p className="govuk-body">
        District figures, area school lists, twins and careers by area count each school in one district. Each school is placed by the
        first rule that applies, and the rule is kept with it. A school no rule places is left out of district figures, and each view says
        how many were left out.
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ApiFailure error={state.error} />}
      {state.status === 'loaded' && <PlacementReport report={state.data} />}
    </>
  );
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`);

function PlacementReport({ report }: { report: SchoolPlacementReport }) {
  if (report.total === 0) {
    return (
      <div className="govuk-inset-text" id="no-schools">
        <p className="govuk-body">No school register is loaded yet, so no school is placed.</p>
        <p className="govuk-body">
          Load the published files with <code>oa import all</code> and a folder of them; schools are placed after each import.
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="govuk-body" id="placement-headline">
        {formatCount(report.placed)} of {formatCount(report.total)} open state-funded schools ({share(report.placed, report.total)}) are placed
        in a district: {formatCount(report.exact)} ({share(report.exact, report.total)}) exactly and {formatCount(report.imputed)} (
        {share(report.imputed, report.total)}) by estimate.
      </p>
      <TableRegion>
        <table className="govuk-table" id="placement-rules">
          <caption className="govuk-table__caption govuk-table__caption--m">Open state-funded schools by the rule that placed them</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Rule, in the order tried</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {RULES.map(([key, text, kind]) => (
              <tr className="govuk-table__row" key={key}>
                <th scope="row" className="govuk-table__header">{text}</th>
                <td className="govuk-table__cell">{kind === 'exact' ? 'Exact' : <strong className="govuk-tag govuk-tag--yellow">Estimated</strong>}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(report.by_rule[key])}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{share(report.by_rule[key], report.total)}</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">No rule places it</th>
              <td className="govuk-table__cell">Unplaced</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(report.unplaced)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{share(report.unplaced, report.total)}</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={schoolPlacementCsvLink()} description="every open state-funded school with how it is placed" />
      {report.unplaced_schools.length > 0 && (
        <TableRegion label="Unplaced schools">
          <table className="govuk-table" id="unplaced-schools">
            <caption className="govuk-table__caption govuk-table__caption--m">Schools no rule places ({formatCount(report.unplaced)})</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">URN</th>
                <th scope="col" className="govuk-table__header">School</th>
                <th scope="col" className="govuk-table__header">Why</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {report.unplaced_schools.map((s) => (
                <tr className="govuk-table__row" key={s.urn}>
                  <td className="govuk-table__cell">{s.urn}</td>
                  <td className="govuk-table__cell">
                    <a className="govuk-link" href={`/schools/${String(s.urn)}`}>{s.name}</a>
                  </td>
                  <td className="govuk-table__cell">{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
