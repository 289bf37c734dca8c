import { useEffect, useState } from 'react';
import { getNationalImpact, type ImpactMethod, type NationalImpact } from '../../api/impact-client.ts';
import { Select } from '../../components/form/Select.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { IMPACT_FROM, IMPACT_MEASURES, IMPACT_METHODS, methodOf } from '../area/impact-choices.ts';
import { impactInWords, impactUnavailable } from '../area/impact-in-words.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** How long to wait before asking again while estimates are still being worked out. */
const POLL_MS = 1000;

type Polled = { readonly key: string; readonly data: NationalImpact } | { readonly key: string; readonly error: unknown };

/**
 * The national view, asked again every second until every area is answered: the server works the twelve
 * estimates out one at a time, and each shows as soon as it is ready.
 */
function useNationalImpact(measure: string, method: ImpactMethod): Polled | null {
  const key = `${measure}:${method}`;
  const [polled, setPolled] = useState<Polled | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      getNationalImpact(measure, method, IMPACT_FROM, controller.signal).then(
        (data) => {
          if (controller.signal.aborted) return;
          setPolled({ key, data });
          if (!data.complete) timer = setTimeout(poll, POLL_MS);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setPolled({ key, error });
        },
      );
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [key]);
  return polled?.key === key ? polled : null;
}

/** All twelve Opportunity Areas on one measure: each area's estimate, interval and warnings (docs/methodology.md §16). */
export function NationalImpactPage() {
  useDocumentTitle('Impact across the Opportunity Areas');
  const [measure, setMeasure] = useState<string>(IMPACT_MEASURES[0].value);
  const [method, setMethod] = useState<ImpactMethod>('sdid');
  const polled = useNationalImpact(measure, method);
  return (
    <>
      <h1 className="govuk-heading-xl">Impact across the Opportunity Areas</h1>
      <p className="govuk-body">
        Each Opportunity Area’s authority against a synthetic comparison made of every other upper-tier authority outside the programme, from {IMPACT_FROM}. Each area’s own page
        has the trend, the comparison’s areas and other comparisons.
      </p>
      <div className="oa-impact-choices">
        <Select id="national-measure" label="Measure" options={IMPACT_MEASURES} value={measure} onChange={setMeasure} />
        <Select id="national-method" label="Method" options={IMPACT_METHODS} value={method} onChange={(v) => { setMethod(methodOf(v)); }} />
      </div>
      {polled === null && <Loading />}
      {polled !== null && 'error' in polled && (
        <p className="govuk-body" id="national-unavailable">
          {impactUnavailable(polled.error)}
        </p>
      )}
      {polled !== null && 'data' in polled && <NationalTable data={polled.data} />}
    </>
  );
}

function NationalTable({ data }: { data: NationalImpact }) {
  return (
    <>
      <p className="govuk-body" id="national-progress" aria-live="polite">
        {data.complete ? `All ${String(data.total)} areas worked out.` : `Worked out ${String(data.done)} of ${String(data.total)} areas; the rest follow one at a time.`}
      </p>
      <TableRegion>
        <table className="govuk-table" id="national-impact">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {data.measure.name} ({data.measure.unit}): each area against its comparison from {data.from}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Area</th>
              <th scope="col" className="govuk-table__header">Estimate</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Periods before the start</th>
              <th scope="col" className="govuk-table__header">Warnings</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.areas.map((a) => (
              <tr key={a.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/areas/${encodeURIComponent(a.id)}#area-impact`}>{a.name}</a>
                  {a.estimate !== null && a.estimate.treated.map((t) => t.name).join(' and ') !== a.name && (
                    <span className="govuk-body-s govuk-!-display-block">as {a.estimate.treated.map((t) => t.name).join(' and ')}, its authority</span>
                  )}
                </th>
                <td className="govuk-table__cell">
                  {a.status === 'working' && 'Being worked out…'}
                  {a.status === 'refused' && `No estimate: ${a.problem?.message ?? 'the data cannot give one'}.`}
                  {a.estimate !== null && impactInWords(a.estimate.estimate, a.estimate.ci95, data.measure.unit)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{a.estimate === null ? '' : a.estimate.pre_periods.length}</td>
                <td className="govuk-table__cell">
                  {a.estimate !== null && a.estimate.warnings.length > 0 && (
                    <ul className="govuk-list govuk-body-s">
                      {a.estimate.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
