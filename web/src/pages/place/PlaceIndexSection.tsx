import { ApiError } from '../../api/api-error.ts';
import { csvLink, getIndexArea } from '../../api/public-data-client.ts';
import type { IndexAreaExplanation } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

const RECIPE = 'proxy-district-2019';
const HEADING = 'In the cold-spot index';

/**
 * Where a district sits in the cold-spot index and which indicators put it there. A district the index
 * does not rank, or an index whose data is not loaded, gets one line rather than an error page.
 */
export function PlaceIndexSection({ code }: { code: string }) {
  const state = useApi(`index-area:${RECIPE}:${code}`, (signal) => getIndexArea(code, RECIPE, signal));
  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    // 404 (not ranked) and 400 (index data not loaded) are expected; anything else is logged but still not an error page.
    if (!(state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400))) console.error(state.error);
    return (
      <section aria-labelledby="place-index-heading">
        <h2 className="govuk-heading-m" id="place-index-heading">
          {HEADING}
        </h2>
        {state.error instanceof ApiError && state.error.status === 400 ? (
          <MissingDataNote missing="indicators" id="place-index-missing-data">
            No index yet: the indicators the cold-spot index is built from have not been loaded.
          </MissingDataNote>
        ) : (
          <p className="govuk-body">This district is not ranked in the cold-spot index.</p>
        )}
        {state.error instanceof ApiError && state.error.status === 404 && state.error.message !== '' && (
          <p className="govuk-body" id="place-index-not-ranked">
            {state.error.message}
          </p>
        )}
      </section>
    );
  }
  return <IndexExplanation explanation={state.data} />;
}

function IndexExplanation({ explanation }: { explanation: IndexAreaExplanation }) {
  return (
    <section aria-labelledby="place-index-heading" id="place-index">
      <h2 className="govuk-heading-m" id="place-index-heading">
        {HEADING}
      </h2>
      <p className="govuk-body" id="place-index-summary">
        {explanation.summary}
      </p>
      <p className="govuk-body">
        Ranked {explanation.rank} of {explanation.of} (1 is the best). <a className="govuk-link" href="/index">See every district in the index</a>
      </p>
      <TableRegion>
        <table className="govuk-table oa-table-s">
          <caption className="govuk-table__caption govuk-table__caption--s">Contributions to the index score</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Indicator</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Contribution</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {explanation.contributions.map((c) => (
              <tr key={c.indicatorCode} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{c.indicatorName}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{c.contribution.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {explanation.missing.length > 0 && <MissingFigures explanation={explanation} />}
      <DownloadCsvLink href={csvLink('/api/index', { recipe: RECIPE })} description="the cold-spot index for every district" />
    </section>
  );
}

/** The recipe's indicators the district has no figure of, why, and what the index does without them. */
function MissingFigures({ explanation }: { explanation: IndexAreaExplanation }) {
  return (
    <div id="place-index-missing">
      <h3 className="govuk-heading-s">Not counted: no figure for this district</h3>
      <p className="govuk-body">
        {explanation.missingRule === 'stage_mean'
          ? 'The index leaves these out and counts the other indicators of the same stage for more.'
          : 'The index leaves out any district missing one of its indicators.'}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {explanation.missing.map((m) => (
          <li key={m.indicatorCode}>
            {m.indicatorName}
            {m.period === null ? '' : ` (${m.period})`}: {m.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
