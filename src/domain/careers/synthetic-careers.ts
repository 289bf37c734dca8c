import { seededRandom } from '../social-mobility-index/seeded-random.ts';
import { ENCOUNTER_TYPES, type EncounterType } from './encounter-type.ts';

export interface SyntheticSettings {
  readonly pupils: number;
  /** About this many encounters in all; the exact number generated is counted as it goes. */
  readonly encounters: number;
  readonly seed: number;
  /** The academic year the pupils' year groups describe. */
  readonly asAt: number;
  /** Employers to share the encounters among; the first 40 are cornerstone employers. */
  readonly employers: number;
  readonly batchSize?: number;
}

export interface SyntheticPupil {
  readonly id: number;
  readonly pseudonym: string;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly encounters: number;
  readonly encounterYears: number;
}

export interface SyntheticEncounter {
  readonly pupilId: number;
  readonly urn: number;
  readonly date: string;
  readonly academicYear: number;
  readonly type: EncounterType;
  /** 1-based index into the synthetic employers. */
  readonly employer: number;
}

export interface SyntheticBatch {
  readonly pupils: SyntheticPupil[];
  readonly encounters: SyntheticEncounter[];
}

/** Share of pupils eligible for free school meals, near England's secondary figure (about a quarter). */
const FSM_SHARE = 0.24;
/** FSM pupils get this fraction of the others' mean encounters, so the demo shows a gap to close. */
const FSM_FACTOR = 0.8;
const DAYS_IN_TERM_YEAR = 300;
const CORNERSTONE_EMPLOYERS = 40;
const CORNERSTONE_SHARE = 0.1;
const LOCAL_EMPLOYERS = 30;

/**
 * Clearly synthetic pupils and encounters over real schools, generated a batch at a time so any number
 * fits in memory: pupils spread evenly over `urns`, a quarter FSM, year groups 7 to 13 evenly, each with
 * encounters dated within their own secondary years (never two on one day). Pseudonyms are
 * `synthetic:<seed>:<n>`, which no HMAC could produce. Same settings → same data.
 * `generateSyntheticCareers([141257], { pupils: 2, encounters: 8, seed: 1, asAt: 2019, employers: 40 })`
 * yields one batch of 2 pupils with about 8 encounters between them.
 */
export function* generateSyntheticCareers(urns: readonly number[], settings: SyntheticSettings, firstId = 1): Generator<SyntheticBatch> {
  if (urns.length === 0) throw new RangeError('Expected at least one school to generate pupils for');
  const random = seededRandom(settings.seed);
  const batchSize = settings.batchSize ?? 50_000;
  const mean = settings.pupils === 0 ? 0 : settings.encounters / settings.pupils;
  // Scaled so the overall mean stays `mean` with a quarter of pupils at FSM_FACTOR of the others.
  const otherMean = mean / (1 - FSM_SHARE + FSM_SHARE * FSM_FACTOR);
  let pupils: SyntheticPupil[] = [];
  let encounters: SyntheticEncounter[] = [];
  // A pupil's days taken so far, as a bitmap cleared after each pupil (a Set per pupil was most of the
  // generator's time at national scale), and the dates' strings made once per school day.
  const taken = new Uint8Array(7 * DAYS_IN_TERM_YEAR);
  const dates = new Map<number, string>();
  const takenDays: number[] = [];
  for (let n = 0; n < settings.pupils; n += 1) {
    const id = firstId + n;
    const school = Math.floor((n * urns.length) / settings.pupils);
    const urn = urns[school] ?? urns[0] ?? 0;
    const yearGroup = 7 + Math.floor(random() * 7);
    const fsm = random() < FSM_SHARE;
    const expected = (fsm ? otherMean * FSM_FACTOR : otherMean) * 2 * random();
    const count = Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0);
    const years = yearGroup - 6;
    const firstYear = settings.asAt - (yearGroup - 7);
    let yearsSeen = 0;
    for (let e = 0; e < count && takenDays.length < years * DAYS_IN_TERM_YEAR; e += 1) {
      let day = Math.floor(random() * years * DAYS_IN_TERM_YEAR);
      while (taken[day] === 1) day = (day + 1) % (years * DAYS_IN_TERM_YEAR);
      taken[day] = 1;
      takenDays.push(day);
      const academicYear = firstYear + Math.floor(day / DAYS_IN_TERM_YEAR);
      yearsSeen |= 1 << (academicYear - firstYear);
      const dateKey = academicYear * DAYS_IN_TERM_YEAR + (day % DAYS_IN_TERM_YEAR);
      let date = dates.get(dateKey);
      if (date === undefined) {
        date = termDay(academicYear, day % DAYS_IN_TERM_YEAR);
        dates.set(dateKey, date);
      }
      encounters.push({
        pupilId: id,
        urn,
        date,
        academicYear,
        type: ENCOUNTER_TYPES[Math.floor(random() * ENCOUNTER_TYPES.length)] ?? 'talk',
        employer: pickEmployer(random(), school, urns.length, settings.employers),
      });
    }
    pupils.push({ id, pseudonym: `synthetic:${String(settings.seed)}:${String(n + 1)}`, urn, yearGroup, fsm, encounters: takenDays.length, encounterYears: bitCount(yearsSeen) });
    for (const day of takenDays) taken[day] = 0;
    takenDays.length = 0;
    if (pupils.length === batchSize) {
      yield { pupils, encounters };
      pupils = [];
      encounters = [];
    }
  }
  if (pupils.length > 0) yield { pupils, encounters };
}

/**
 * The employer of one encounter at the `school`-th of `schools`, from a uniform `draw`: one in ten from the
 * cornerstone employers (the first 40), which work across every school; the rest from 30 local employers
 * the school shares with its neighbours in URN order, as a firm works with the schools near it.
 */
function pickEmployer(draw: number, school: number, schools: number, employers: number): number {
  const cornerstones = Math.min(CORNERSTONE_EMPLOYERS, employers);
  const local = employers - cornerstones;
  if (local === 0 || draw < CORNERSTONE_SHARE) return 1 + Math.floor((draw / (local === 0 ? 1 : CORNERSTONE_SHARE)) * cornerstones);
  const first = Math.floor((school * local) / schools);
  const pick = Math.floor(((draw - CORNERSTONE_SHARE) / (1 - CORNERSTONE_SHARE)) * Math.min(LOCAL_EMPLOYERS, local));
  return cornerstones + 1 + ((first + pick) % local);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

const MONTH_DAYS = [30, 31, 30, 31, 31, 28, 31, 30, 31, 30, 31] as const; // September to July

/** The `offset`-th day (0–299) of the school year starting in September of `startYear`, as an ISO date. */
function termDay(startYear: number, offset: number): string {
  let rest = offset;
  for (let m = 0; m < MONTH_DAYS.length; m += 1) {
    const length = MONTH_DAYS[m] ?? 30;
    if (rest < length) {
      const month = ((8 + m) % 12) + 1;
      const year = m < 4 ? startYear : startYear + 1;
      return `${String(year)}-${String(month).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
    }
    rest -= length;
  }
  return `${String(startYear + 1)}-07-31`;
}
