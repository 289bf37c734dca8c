/** How far a school has taken up evidence, in order. */
export const ENGAGEMENT_LEVELS = ['none', 'aware', 'trained', 'implementing', 'embedded'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const ATTENDANCE_ROLES = ['leader', 'teacher', 'teaching_assistant'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

/** What an event was for: a briefing makes a school aware, training trains it, follow-up supports it. */
export const EVENT_KINDS = ['briefing', 'training', 'follow_up'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A school's record, one dated entry at a time; dates are ISO (YYYY-MM-DD). */
export type EngagementRecord =
  | { readonly kind: 'attendance'; readonly date: string; readonly eventKind: EventKind; readonly role: AttendanceRole }
  | { readonly kind: 'evidence_plan'; readonly date: string }
  | { readonly kind: 'manual'; readonly date: string; readonly level: EngagementLevel; readonly reason: string };

export interface EngagementChange {
  readonly date: string;
  readonly from: EngagementLevel;
  readonly to: EngagementLevel;
  /** What caused the change, in words (the manual update's reason where there was one). */
  readonly because: string;
}

/** Days a school must stay implementing, with a leader trained, before further activity counts as embedded. */
export const EMBEDDED_AFTER_DAYS = 365;

export function levelRank(level: EngagementLevel): number {
  return ENGAGEMENT_LEVELS.indexOf(level);
}

const higher = (a: EngagementLevel, b: EngagementLevel): EngagementLevel => (levelRank(a) >= levelRank(b) ? a : b);

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** The order records are read in: by date, and on one date manual updates last so they have the final word. */
function byDate(a: EngagementRecord, b: EngagementRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.kind === 'manual' ? 1 : 0) - (b.kind === 'manual' ? 1 : 0);
}

/**
 * A school's engagement over time, read from its dated records (docs/methodology.md §14.5):
 * - any attendance makes it aware; attending training makes it trained;
 * - once trained, follow-up support or an evidence plan makes it implementing (before that, aware);
 * - once implementing for 365 days with a leader trained, further follow-up, plans or training make it
 *   embedded;
 * - a manual update sets the level outright (up or down) with its reason; later records build on it.
 * Records never lower a level. Records dated after `asOf` (when given) are ignored.
 * `engagementHistory([{ kind: 'attendance', date: '2018-01-10', eventKind: 'training', role: 'teacher' }])`
 * → one change, none → trained on 2018-01-10.
 */
export function engagementHistory(records: readonly EngagementRecord[], asOf?: string): { level: EngagementLevel; changes: EngagementChange[] } {
  let level: EngagementLevel = 'none';
  let implementingSince: string | null = null;
  let leaderTrained = false;
  const changes: EngagementChange[] = [];
  const sorted = [...records].filter((r) => asOf === undefined || r.date.slice(0, 10) <= asOf.slice(0, 10)).sort(byDate);
  for (const record of sorted) {
    let next: EngagementLevel = level;
    let because = '';
    switch (record.kind) {
      case 'manual':
        next = record.level;
        because = record.reason;
        // A manual level is taken as given: its prerequisites count as met from that date.
        if (levelRank(next) >= levelRank('implementing')) implementingSince = record.date;
        else implementingSince = null;
        if (levelRank(next) >= levelRank('embedded')) leaderTrained = true;
        break;
      case 'attendance': {
        if (record.eventKind === 'training' && record.role === 'leader') leaderTrained = true;
        const reached: EngagementLevel = record.eventKind === 'training' ? 'trained' : record.eventKind === 'follow_up' && levelRank(level) >= levelRank('trained') ? 'implementing' : 'aware';
        next = higher(level, reached);
        because = `${record.eventKind.replace('_', '-')} attended (${record.role.replace('_', ' ')})`;
        break;
      }
      case 'evidence_plan':
        next = higher(level, levelRank(level) >= levelRank('trained') ? 'implementing' : 'aware');
        because = 'evidence plan recorded';
        break;
    }
    const counts = record.kind === 'evidence_plan' || (record.kind === 'attendance' && record.eventKind !== 'briefing');
    if (counts && next === 'implementing' && level === 'implementing' && implementingSince !== null && leaderTrained && daysBetween(implementingSince, record.date) >= EMBEDDED_AFTER_DAYS) {
      next = 'embedded';
      because = `${because}, ${EMBEDDED_AFTER_DAYS} days after implementing began`;
    }
    if (next !== level) {
      if (next === 'implementing' && record.kind !== 'manual') implementingSince = record.date;
      changes.push({ date: record.date, from: level, to: next, because });
      level = next;
    }
  }
  return { level, changes };
}
