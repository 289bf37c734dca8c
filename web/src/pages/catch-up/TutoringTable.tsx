import type { CellView } from '../../api/careers-client.ts';
import type { TutoringRowView, TutoringView } from '../../api/catch-up-client.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** A cell as GOV.UK tables show it: the number, or its symbol in square brackets, never a hidden 0. */
export function showCell(cell: CellView, as: 'number' | 'percent' | 'points' = 'number'): string {
  if (cell.value === null) return `[${cell.symbol ?? 'x'}]`;
  if (as === 'number') return cell.value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const pct = (cell.value * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return as === 'points' && cell.value > 0 ? `+${pct}` : as === 'points' ? pct : `${pct}%`;
}

function Row({ row, header }: { row: TutoringRowView; header: boolean }) {
  const Cell = header ? 'th' : 'td';
  const numeric = 'govuk-table__cell govuk-table__cell--numeric';
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">{row.name}</th>
      <Cell className={numeric}>{showCell(row.pupilsTutored)}</Cell>
      <Cell className={numeric}>{showCell(row.hours)}</Cell>
      <Cell className={numeric}>{showCell(row.courses)}</Cell>
      <Cell className={numeric}>{showCell(row.hoursPerTutee)}</Cell>
      <Cell className={numeric}>{showCell(row.tuteesDisadvantagedShare, 'percent')}</Cell>
      <Cell className={numeric}>{showCell(row.pupils)}</Cell>
      <Cell className={numeric}>{showCell(row.tutoredShare, 'percent')}</Cell>
      <Cell className={numeric}>{showCell(row.tutoredShareGap, 'points')}</Cell>
    </tr>
  );
}

/** A year's tutoring rows with their total, and what the symbols mean. */
export function TutoringTable({ view, caption, groupHeading }: { view: TutoringView; caption: string; groupHeading: string }) {
  return (
    <>
      <TableRegion>
        <table className="govuk-table" data-testid="tutoring-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{groupHeading}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils tutored</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Hours</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Courses</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Hours per pupil</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Tutees disadvantaged</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pupils on roll (census)</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share tutored</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Gap (points)</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {view.rows.map((row) => (
              <Row key={row.key} row={row} header={false} />
            ))}
            <Row row={view.total} header />
          </tbody>
        </table>
      </TableRegion>
      <p className="govuk-body-s">
        Courses follow the National Tutoring Programme’s rule: up to 16 hours is one course, more is two. Disadvantaged means pupil premium or free school meals.
        Pupils on roll and the share tutored come from School Census returns only: [x] where a school made none.
        {view.disclosureControlled && ' These figures are for readers without pupil-level access: counts from 1 to 4, and figures that would reveal them, are shown as [c] (confidential).'}
      </p>
    </>
  );
}
