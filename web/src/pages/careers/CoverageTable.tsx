import type { CellView, CoverageRowView, CoverageView } from '../../api/careers-client.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** A cell as GOV.UK tables show it: the number, or its symbol in square brackets, never a hidden 0. */
function show(cell: CellView, unit = ''): string {
  if (cell.value === null) return `[${cell.symbol ?? 'x'}]`;
  return `${cell.value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}${unit}`;
}

function gap(cell: CellView): string {
  return cell.value !== null && cell.value > 0 ? `+${show(cell)}` : show(cell);
}

function Row({ row, header }: { row: CoverageRowView; header: boolean }) {
  const Cell = header ? 'th' : 'td';
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">{row.label}</th>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{show(row.pupils)}</Cell>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{show(row.reached)}</Cell>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{show(row.share, '%')}</Cell>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{show(row.fsmShare, '%')}</Cell>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{show(row.notFsmShare, '%')}</Cell>
      <Cell className="govuk-table__cell govuk-table__cell--numeric">{gap(row.gap)}</Cell>
    </tr>
  );
}

/** Coverage rows with their total, the FSM gap, and a note when small counts are hidden. */
export function CoverageTable({ coverage, caption, groupHeading }: { coverage: CoverageView; caption: string; groupHeading: string }) {
  const hidden = [...coverage.rows, coverage.total].some((r) => Object.values(r).some((c: unknown) => typeof c === 'object' && c !== null && (c as CellView).symbol === 'c'));
  return (
    <>
      <TableRegion>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{groupHeading}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reached {coverage.rule.target}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">FSM</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Not FSM</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Gap (points)</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {coverage.rows.map((row) => (
              <Row key={row.key} row={row} header={false} />
            ))}
            <Row row={coverage.total} header />
          </tbody>
        </table>
      </TableRegion>
      {coverage.disclosureControlled && (
        <p className="govuk-body-s">
          These figures are for readers without pupil-level access: counts from 1 to 4, and figures that would reveal them, are shown as [c] (confidential).
        </p>
      )}
      {!coverage.disclosureControlled && hidden && <p className="govuk-body-s">[c] means confidential.</p>}
      {coverage.gaps.length > 0 && (
        <div className="govuk-inset-text">
          Pupils eligible for free school meals reach the target less often than others in: {coverage.gaps.join(', ')}.
        </div>
      )}
    </>
  );
}
