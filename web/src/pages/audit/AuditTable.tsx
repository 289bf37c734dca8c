import type { AuditEntryView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { describeAction, describeEntityType } from './describe-action.ts';
import { describeChanges } from './describe-changes.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {entries.length === 1 ? 'The latest change' : `The latest ${String(entries.length)} changes, newest first`}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">Who</th>
            <th scope="col" className="govuk-table__header">Action</th>
            <th scope="col" className="govuk-table__header">What</th>
            <th scope="col" className="govuk-table__header">Changes</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function AuditRow({ entry }: { entry: AuditEntryView }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{formatDateTime(entry.at)}</td>
      <td className="govuk-table__cell">{entry.actor}</td>
      <td className="govuk-table__cell">
        {describeAction(entry.action)}
        <span className="oa-cell-hint">{entry.action}</span>
      </td>
      <td className="govuk-table__cell">
        {describeEntityType(entry.entityType)}
        <span className="oa-cell-hint">{entry.entityId}</span>
      </td>
      <td className="govuk-table__cell oa-break-words">
        {describeChanges(entry.summary).map((line) => (
          <p key={line} className="govuk-body-s oa-value-line">
            {line}
          </p>
        ))}
      </td>
    </tr>
  );
}
