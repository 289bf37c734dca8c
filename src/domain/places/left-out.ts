/** Why a view could not count a school: no district (no placement rule applies) or no location (no distance). */
export type LeftOutReason = 'no-district' | 'no-location';

/** What a view says about the schools it could not count: how many, and the sentence every view shows. */
export interface LeftOut {
  readonly schools: number;
  /** The sentence saying so; null when no school was left out. */
  readonly note: string | null;
}

export interface LeftOutWording {
  /** What was left out, one and many; `['school', 'schools']` unless given. */
  readonly noun?: readonly [string, string];
  /** The authorities (or other place) the schools belong to, by name. */
  readonly of?: readonly string[];
  /** Words after the place that narrow the schools: `with pupils on roll`. */
  readonly which?: string;
  /** How many there were in all, for "164 of 21,078 … (0.8%)". */
  readonly outOf?: number;
  readonly reason?: LeftOutReason;
  /** Where they are not counted; `here` unless given (`in district figures`, `in the assignment`). */
  readonly where?: string;
  /** What follows a colon, when the view has more to say about why. */
  readonly because?: string;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** `['Cambridgeshire', 'Norfolk', 'Suffolk']` → "Cambridgeshire, Norfolk and Suffolk". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The one sentence every view uses for schools it could not count (docs/methodology.md §6.9); null for none.
 *
 * `describeLeftOut(3, { of: ['Somerset'] })` → "3 schools of Somerset have no district and are not counted here."
 * `describeLeftOut(164, { noun: ['open state-funded school', 'open state-funded schools'], outOf: 21078, where: 'in district figures' })`
 * → "164 of 21,078 open state-funded schools (0.8%) have no district and are not counted in district figures."
 * `describeLeftOut(1, { reason: 'no-location', where: 'in the assignment', because: 'a distance to a hub needs one' })`
 * → "1 school has no location and is not counted in the assignment: a distance to a hub needs one."
 */
export function describeLeftOut(schools: number, wording: LeftOutWording = {}): string | null {
  if (!Number.isInteger(schools) || schools <= 0) return null;
  const [one, many] = wording.noun ?? ['school', 'schools'];
  const of = `${wording.of === undefined || wording.of.length === 0 ? '' : ` of ${listOf(wording.of)}`}${wording.which === undefined ? '' : ` ${wording.which}`}`;
  const outOf = wording.outOf;
  const head =
    outOf === undefined || outOf <= 0
      ? `${count(schools)} ${schools === 1 ? one : many}${of}`
      : `${count(schools)} of ${count(outOf)} ${outOf === 1 ? one : many}${of} (${(Math.round((schools / outOf) * 1000) / 10).toFixed(1)}%)`;
  const singular = schools === 1;
  const what = (wording.reason ?? 'no-district') === 'no-district' ? 'no district' : 'no location';
  const because = wording.because === undefined || wording.because === '' ? '' : `: ${wording.because}`;
  return `${head} ${singular ? 'has' : 'have'} ${what} and ${singular ? 'is' : 'are'} not counted ${wording.where ?? 'here'}${because}.`;
}

/** The count with its sentence, as API replies carry it: `leftOut(0)` → `{ schools: 0, note: null }`. */
export function leftOut(schools: number, wording: LeftOutWording = {}): LeftOut {
  return { schools, note: describeLeftOut(schools, wording) };
}

/**
 * The line district views (index, maps, twins) show about England's open state-funded schools with no district.
 *
 * `nationalLeftOut(164, 21078).note` → "164 of 21,078 open state-funded schools (0.8%) have no district and are not counted in district figures built from schools."
 */
export function nationalLeftOut(unplaced: number, openStateFunded: number): LeftOut {
  return leftOut(unplaced, { noun: ['open state-funded school', 'open state-funded schools'], outOf: openStateFunded, where: 'in district figures built from schools' });
}

/** The name of the row that holds the pupils or figures of schools no rule places in a district (methodology §6.9). */
export const NO_DISTRICT_LABEL = 'No district (schools not placed)';
