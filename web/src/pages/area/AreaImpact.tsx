import { useState } from 'react';
import { getAreaImpact } from '../../api/impact-client.ts';
import { useApi } from '../../api/use-api.ts';
import { Loading } from '../../components/Loading.tsx';
import { impactInWords, impactUnavailable } from './impact-in-words.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** Key stage 2 measures of the LAIT series, labelled by calendar year, so the programme starts in 2017. */
const MEASURES = [
  { code: 'KS2RWM_Expected_STD', label: 'Key stage 2: reading, writing and maths at the expected standard' },
  { code: 'KS2R_Expected_STD', label: 'Key stage 2: reading at the expected standard' },
  { code: 'KS2M_Expected_STD', label: 'Key stage 2: maths at the expected standard' },
] as const;
const FROM = '2017';
const SHOWN_DONORS = 10;

/**
 * The area against its synthetic comparison (synthetic difference in differences, every other upper-tier
 * authority as the pool) on a measure the reader picks: the estimate in plain words, the series as a
 * table with the start marked, the areas the comparison is made of and the warnings (methodology §16).
 */
export function AreaImpact({ areaId }: { areaId: string }) {
  const [measure, setMeasure] = useState<string>(MEASURES[0].code);
  const state = useApi(`impact:${areaId}:${measure}`, (signal) => getAreaImpact(areaId, measure, FROM, signal));
  return (
    <section aria-labelledby="area-impact-heading" id="area-impact">
      <h2 className="govuk-heading-m" id="area-impact-heading">
        Impact
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="impact-measure">
          Measure
        </label>
        <select className="govuk-select" id="impact-measure" value={measure} onChange={(e) => { setMeasure(e.target.value); }}>
          {MEASURES.map((m) => (
            <option key={m.code} value={m.code}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && (
        <p className="govuk-body" id="impact-unavailable">
          {impactUnavailable(state.error)}
        </p>
      )}
      {state.status === 'loaded' && state.data !== null && (
        <>
          <p className="govuk-body-l" id="impact-in-words">
            From {FROM}, {state.data.treated.map((t) => t.name).join(' and ')} was {impactInWords(state.data.estimate, state.data.ci95, state.data.measure.unit)}.
          </p>
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
                {state.data.measure.name} ({state.data.measure.unit}): the area against its comparison, the programme from {FROM}
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
