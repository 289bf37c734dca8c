/** Real records to fill a page's path with: codes from the shared data, or records a test's set-up made. */
export interface ExampleRecords {
  readonly areaId: string;
  readonly districtCode: string;
  readonly fundId: string;
  readonly hubId: string;
  readonly urn: string;
  readonly planMeasureCode: string;
  readonly hubEventId: string;
  readonly userId: string;
  readonly intermediary: { readonly kind: string; readonly code: string };
}

/**
 * The path a router pattern stands for, filled with real records: `/hubs/:id/events/:eventId` →
 * `/hubs/blackpool-research-school/events/literacy-training`. Which record an `:id` is comes from the
 * segment before it. A pattern with a parameter not known here throws, saying which, so a new page
 * cannot be left out quietly.
 */
export function examplePath(pattern: string, records: ExampleRecords): string {
  const segments = pattern.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      const before = segments[i - 1] ?? '';
      const value = exampleValue(segment.slice(1), before, records);
      if (value === undefined) throw new Error(`No example for ${segment} (after /${before}) in ${pattern}: add one to test/e2e/support/example-paths.ts`);
      return encodeURIComponent(value);
    })
    .join('/');
}

function exampleValue(name: string, before: string, records: ExampleRecords): string | undefined {
  if (name === 'urn') return records.urn;
  if (name === 'eventId') return records.hubEventId;
  if (name === 'kind') return records.intermediary.kind;
  if (name === 'code' && before === 'measures') return records.planMeasureCode;
  if (name === 'code' && before === ':kind') return records.intermediary.code;
  if (name === 'code' && before === 'areas') return records.districtCode;
  if (name !== 'id') return undefined;
  if (before === 'funding') return records.fundId;
  if (before === 'hubs') return records.hubId;
  if (before === 'areas') return records.areaId;
  if (before === 'users') return records.userId;
  return undefined;
}
