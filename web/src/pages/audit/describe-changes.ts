type Change = { before: unknown; after: unknown };

/**
 * An audit entry's summary in words. A set of field changes (`{ chair: { before: null, after: 'Jane Smith' } }`)
 * becomes one line per field, "chair: Not set → Jane Smith"; anything else is shown as compact JSON,
 * `{ via: 'password' }` → `{"via":"password"}`; no summary at all is no lines.
 */
export function describeChanges(summary: unknown): string[] {
  if (summary === null || summary === undefined) return [];
  if (isChangeSet(summary)) {
    return Object.entries(summary).map(([field, change]) => `${field}: ${describeValue(change.before)} → ${describeValue(change.after)}`);
  }
  return [typeof summary === 'string' ? summary : JSON.stringify(summary)];
}

function isChangeSet(summary: unknown): summary is Record<string, Change> {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return false;
  const values = Object.values(summary);
  return values.length > 0 && values.every(isChange);
}

function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'before' in value && 'after' in value;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Not set';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
