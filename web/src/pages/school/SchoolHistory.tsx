import { formatDay } from '../../format/format-day.ts';

/** Changes the register recorded between loads, newest first: "Name: Park School → Park Academy". */
export function SchoolHistory({ history }: { history: readonly { changedAt: string; changes: unknown }[] }) {
  if (history.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      <ul className="govuk-list govuk-list--bullet">
        {history.map((entry, index) => (
          // Two loads on one day may record changes with the same time: the position keeps keys distinct.
          <li key={`${entry.changedAt}:${String(index)}`}>
            <strong>{formatDay(entry.changedAt)}</strong>: {describeChanges(entry.changes)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * `{ name: { before: 'Park School', after: 'Park Academy' } }` → "name changed from Park School to Park Academy";
 * anything else is shown as its JSON, rather than hidden.
 */
export function describeChanges(changes: unknown): string {
  if (typeof changes === 'string') return changes;
  if (typeof changes !== 'object' || changes === null) return JSON.stringify(changes);
  const parts = Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    const label = field.replaceAll('_', ' ');
    if (typeof change === 'object' && change !== null && 'before' in change && 'after' in change) {
      return `${label} changed from ${show(change.before)} to ${show(change.after)}`;
    }
    return `${label}: ${show(change)}`;
  });
  return parts.length === 0 ? 'No details recorded' : parts.join('; ');
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
