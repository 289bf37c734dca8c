/**
 * Whether a school is open. GIAS has four states; the performance-tables spine has ICLOSE, whose codes are
 * not documented with the file: 1 open, 2 closed and 3 other is read from the counts (23,786 / 2,146 / 146,
 * every code-2 school having a close date and no code-3 school one), so code 3 is kept apart as "other"
 * rather than guessed.
 */
export const SCHOOL_STATUSES = ['open', 'closed', 'proposed to open', 'proposed to close', 'other'] as const;
export type SchoolStatus = (typeof SCHOOL_STATUSES)[number];

/** The spine's ICLOSE code → status. */
export const ICLOSE_STATUS: Readonly<Record<'1' | '2' | '3', SchoolStatus>> = { '1': 'open', '2': 'closed', '3': 'other' };

/** GIAS `EstablishmentStatus (name)` → status. */
const GIAS_STATUSES: Readonly<Record<string, SchoolStatus>> = {
  'open': 'open',
  'closed': 'closed',
  'proposed to open': 'proposed to open',
  'open, but proposed to close': 'proposed to close',
};

export function statusFromGiasName(name: string): SchoolStatus | null {
  return GIAS_STATUSES[name.trim().toLowerCase()] ?? null;
}

export const GIAS_STATUS_NAMES = ['Open', 'Closed', 'Proposed to open', 'Open, but proposed to close'];
