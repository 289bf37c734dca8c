import { ApiError } from '../../api/api-error.ts';
import { getSimilarSchools, similarSchoolsCsvLink, type OutcomePosition, type SimilarSchools as Report } from '../../api/similar-schools-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { formatFigure } from '../../format/format-figure.ts';
import { formatCount, formatDecimal, formatPercent } from '../../format/format-number.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const QUARTILE_WORDS = ['', 'the top quarter', 'the second quarter', 'the third quarter', 'the bottom quarter'] as const;

/** "Ranked 4 of 31 (the top quarter)" for one outcome, or null when the school has no figure for it. */
function describePosition(label: string, position: OutcomePosition): string | null {
  if (position === null) return null;
  return `${label}: ranked ${String(position.rank)} of ${String(position.of)} with its similar schools (${QUARTILE_WORDS[position.quartile] ?? ''})`;
}

/**
 * The school's 30 most similar schools of the same phase, in the manner of DfE's benchmarking tool (pupils,
 * FSM share, SEN share: methodology "Twinning and similar schools"), with their results and where the school
 * sits among them. A school not in the newest census has none, and the section says nothing.
 */
export function SimilarSchools({ urn }: { urn: number }) {
  const state = useApi(`similar-schools:${String(urn)}`, (signal) => getSimilarSchools(urn, signal));
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return state.error instanceof ApiError && state.error.status === 404 ? null : <ApiFailure error={state.error} />;
  return <SimilarSchoolsTable report={state.data} urn={urn} />;
}

function SimilarSchoolsTable({ report, urn }: { report: Report; urn: number }) {
  const secondary = report.school.phase !== 'primary';
  const positions = [
    describePosition('Reaching the expected standard at KS2', report.position.ks2_pct_rwm_expected),
    describePosition('Attainment 8', report.position.ks4_attainment8),
    describePosition('Progress 8', report.position.ks4_progress8),
  ].filter((p) => p !== null);
  const x = (value: number | null, format: (v: number) => string) => formatFigure(value, undefined, format);
  return (
    <section aria-labelledby="similar-heading" id="similar-schools">
      <h2 className="govuk-heading-l" id="similar-heading">
        Similar schools
      </h2>
      <p className="govuk-body">
        The {report.similar.length} schools of the same phase most like this one in pupils on roll, the share eligible for free school meals and the share with
        special educational needs ({report.censusPeriod} census), nearest first.
      </p>
      {positions.length > 0 && (
        <ul className="govuk-list govuk-list--bullet" id="similar-positions">
          {positions.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <TableRegion>
        <table className="govuk-table oa-table-s">
          <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Similar schools, nearest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">FSM</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">SEN</th>
              {secondary ? (
                <>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Attainment 8</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Progress 8</th>
                </>
              ) : (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">KS2 expected standard</th>
              )}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Distance</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {[{ ...report.school, distance: null as number | null }, ...report.similar].map((s) => (
              <tr key={s.urn} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {s.urn === urn ? (
                    <>{s.name} (this school)</>
                  ) : (
                    <a className="govuk-link" href={`/schools/${String(s.urn)}`}>
                      {s.name}
                    </a>
                  )}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.pupils, formatCount)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.pct_fsm, formatPercent)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.pct_sen, formatPercent)}</td>
                {secondary ? (
                  <>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.ks4_attainment8, (v) => formatDecimal(v, 1))}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.ks4_progress8, (v) => formatDecimal(v, 2))}</td>
                  </>
                ) : (
                  <td className="govuk-table__cell govuk-table__cell--numeric">{x(s.ks2_pct_rwm_expected, formatPercent)}</td>
                )}
                <td className="govuk-table__cell govuk-table__cell--numeric">{s.distance === null ? '' : formatDecimal(s.distance, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <DownloadCsvLink href={similarSchoolsCsvLink(urn)} description="the similar schools" />
    </section>
  );
}
