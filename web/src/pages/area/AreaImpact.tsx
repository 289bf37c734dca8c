import { useState } from 'react';
import { getAreaImpact, type ImpactMethod } from '../../api/impact-client.ts';
import { useApi } from '../../api/use-api.ts';
import { Select } from '../../components/form/Select.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AreaTrend } from './AreaTrend.tsx';
import { IMPACT_FROM, IMPACT_MEASURES, IMPACT_METHODS, methodOf } from './impact-choices.ts';
import { impactInWords, impactUnavailable } from './impact-in-words.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** The comparison pools `GET /api/impact` takes; the neighbours are LAIT's ten, from the saved set. */
const COMPARISONS = [
  { value: 'all', text: 'Every other upper-tier authority' },
  { value: 'neighbours:10', text: 'Its 10 statistical neighbours (the saved set)' },
  { value: 'region', text: 'The other authorities in its region' },
] as const;
const SHOWN_DONORS = 10;

/**
 * The area's trend beside its comparators, then the area against a synthetic comparison on a measure the
 * reader picks, by the method and comparison pool the reader picks (synthetic difference in differences
 * against every other upper-tier authority unless changed): the estimate in plain words, the series as a
 * table with the start marked, the areas the comparison is made of and the warnings (methodology §16).
 */
export function AreaImpact({ areaId }: { areaId: string }) {
  const [measure, setMeasure] = useState<string>(IMPACT_MEASURES[0].value);
  const [method, setMethod] = useState<ImpactMethod>('sdid');
  const [comparison, setComparison] = useState<string>(COMPARISONS[0].value);
  const state = useApi(`impact:${areaId}:${measure}:${method}:${comparison}`, (signal) => getAreaImpact(areaId, measure, IMPACT_FROM, { method, comparison }, signal));
  return (
    <section aria-labelledby="area-impact-heading" id="area-impact">
      <h2 className="govuk-heading-m" id="area-impact-heading">
        Impact
      </h2>
      <Select id="impact-measure" label="Measure" options={IMPACT_MEASURES} value={measure} onChange={setMeasure} />
      <AreaTrend areaId={areaId} measure={measure} />
      <h3 className="govuk-heading-s">Against a synthetic comparison</h3>
      <div className="oa-impact-choices">
        <Select id="impact-method" label="Method" options={IMPACT_METHODS} value={method} onChange={(v) => { setMethod(methodOf(v)); }} />
        <Select id="impact-comparison" label="Compared with" options={COMPARISONS} value={comparison} onChange={setComparison} />
      </div>
      <p className="govuk-body">
        <a className="govuk-link" href="/impact">All twelve Opportunity Areas on one page</a>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && (
        <p className="govuk-body" id="impact-unavailable">
          {impactUnavailable(state.error)}
        </p>
      )}
      {state.status === 'loaded' && state.data !== null && (
        <>
          <p className="govuk-body-l" id="impact-in-words">
            From {IMPACT_FROM}, {state.data.treated.map((t) => t.name).join(' and ')} was {impactInWords(state.data.estimate, state.data.ci95, state.data.measure.unit)}.
          </p>
          {state.data.p_value !== null && (
            <p className="govuk-body" id="impact-p-value">
              Permutation p-value {state.data.p_value.toFixed(2)}: the share of all the areas, this one included, whose gap after the start, set against their fit before it, is at least as large as this area’s.
            </p>
          )}
          {state.data.warnings.length > 0 && (
            <div className="govuk-warning-text" id="impact-warnings">
              <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
              <div className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                <ul className="govuk-list">
                  {state.data.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <TableRegion>
            <table className="govuk-table oa-table-s" id="impact-trajectory">
              <caption className="govuk-table__caption govuk-table__caption--s">
                {state.data.measure.name} ({state.data.measure.unit}): the area against its comparison, the programme from {IMPACT_FROM}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Period</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">The area</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Comparison</th>
                  <th scope="col" className="govuk-table__header">Programme</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {state.data.trajectory.map((p) => (
                  <tr key={p.period} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">{p.period}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{p.treated.toFixed(1)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{p.comparison.toFixed(1)}</td>
                    <td className="govuk-table__cell">{p.period === state.data?.post_periods[0] ? 'Starts' : state.data?.post_periods.includes(p.period) === true ? 'Running' : 'Before'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <h3 className="govuk-heading-s">What the comparison is made of</h3>
          <p className="govuk-body">
            {state.data.donors.length} areas carry weight (drawn from {state.data.pool}); the {Math.min(SHOWN_DONORS, state.data.donors.length)} largest:
          </p>
          <ul className="govuk-list govuk-list--bullet" id="impact-donors">
            {state.data.donors.slice(0, SHOWN_DONORS).map((d) => (
              <li key={d.code}>
                {d.name}: {(100 * d.weight).toFixed(1)}%
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
