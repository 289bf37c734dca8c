import type { ReactNode } from 'react';
import type { AuditEntryView } from '../../api/types.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatDateTime } from '../../format/format-date-time.ts';
import { describeAction, describeEntityType } from './describe-action.ts';
import { describeChanges } from './describe-changes.ts';
import { describeAuditEntry, type AreaNameOf } from './describe-entry.ts';

export function AuditTable({ entries, areaNameOf }: { entries: readonly AuditEntryView[]; areaNameOf: AreaNameOf }) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Entries, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">What happened</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} areaNameOf={areaNameOf} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function AuditRow({ entry, areaNameOf }: { entry: AuditEntryView; areaNameOf: AreaNameOf }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{formatDateTime(entry.at)}</td>
      <td className="govuk-table__cell oa-break-words">
        <p className="govuk-body govuk-!-margin-bottom-1">{describeAuditEntry(entry, areaNameOf)}</p>
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Details<span className="govuk-visually-hidden"> of entry {String(entry.id)}</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
              <DetailRow label="Who">{entry.actor}</DetailRow>
              <DetailRow label="Action">
                {describeAction(entry.action)} <span className="oa-cell-hint">{entry.action}</span>
              </DetailRow>
              <DetailRow label="About">
                {describeEntityType(entry.entityType)} <span className="oa-cell-hint">{entry.entityId}</span>
              </DetailRow>
              <DetailRow label="Recorded">
                {describeChanges(entry.summary).map((line) => (
                  <p key={line} className="govuk-body-s oa-value-line">
                    {line}
                  </p>
                ))}
              </DetailRow>
            </dl>
          </div>
        </details>
      </td>
    </tr>
  );
}

function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
