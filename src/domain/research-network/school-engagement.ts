import { engagementHistory, type EngagementChange, type EngagementLevel, type EngagementRecord } from './engagement.ts';

export interface SchoolEngagement {
  readonly urn: number;
  readonly level: EngagementLevel;
  /** The date of the last change; null while at none. */
  readonly since: string | null;
  readonly changes: readonly EngagementChange[];
}

/** Each school's engagement level from its records (none where it has none), as of `asOf` when given. */
export function schoolEngagements(urns: readonly number[], records: ReadonlyMap<number, readonly EngagementRecord[]>, asOf?: string): SchoolEngagement[] {
  return urns.map((urn) => {
    const { level, changes } = engagementHistory(records.get(urn) ?? [], asOf);
    return { urn, level, since: changes.at(-1)?.date ?? null, changes };
  });
}
