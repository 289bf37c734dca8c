import { seededRandom } from '../social-mobility-index/seeded-random.ts';
import { ENCOUNTER_TYPES } from './encounter-type.ts';

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

/**
 * A batch of synthetic pupils and their encounters as columns (typed arrays, one entry per row), so a batch
 * costs no object per row and can be handed to another thread without copying. Row i of `pupils` is the
 * pupil numbered `firstNumber + i`, whose pseudonym is `syntheticPseudonym(seed, firstNumber + i)`.
 */
export interface SyntheticBatch {
  readonly seed: number;
  readonly firstNumber: number;
  readonly pupils: {
    readonly length: number;
    readonly id: Int32Array;
    readonly urn: Int32Array;
    readonly yearGroup: Uint8Array;
    readonly fsm: Uint8Array;
    /** The pupil's encounters and the academic years they fall in: the tallies the ledger must give. */
    readonly encounters: Int32Array;
    readonly encounterYears: Uint8Array;
  };
  readonly encounters: {
    readonly length: number;
    readonly pupilId: Int32Array;
    readonly urn: Int32Array;
    /** The date as the number yyyymmdd: 20251015 is 15 October 2025 (`isoDateOf` writes it out). */
    readonly date: Int32Array;
    readonly academicYear: Int16Array;
    /** Index into ENCOUNTER_TYPES. */
    readonly type: Uint8Array;
    /** 1-based index into the synthetic employers. */
    readonly employer: Int32Array;
  };
}

/** The pseudonym of synthetic pupil `n` (from 1): `synthetic:<seed>:<n>`, a shape no HMAC could produce. */
export function syntheticPseudonym(seed: number, n: number): string {
  return `synthetic:${String(seed)}:${String(n)}`;
}

/** A yyyymmdd number as an ISO date: `isoDateOf(20251015)` → '2025-10-15'. */
export function isoDateOf(yyyymmdd: number): string {
  const year = Math.floor(yyyymmdd / 10_000);
  const month = Math.floor(yyyymmdd / 100) % 100;
  const day = yyyymmdd % 100;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  // A pupil's days taken so far, as a bitmap cleared after each pupil (a Set per pupil was most of the
  // generator's time at national scale), and each school day's date worked out once.
  const taken = new Uint8Array(7 * DAYS_IN_TERM_YEAR);
  const dates = new Map<number, number>();
  const takenDays: number[] = [];
  const typeOn = new Uint8Array(7 * DAYS_IN_TERM_YEAR);
  const employerOn = new Int32Array(7 * DAYS_IN_TERM_YEAR);
  let batch = newBatch(settings.seed, 1, batchSize, Math.ceil(batchSize * Math.max(mean, 1) * 1.25));
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
      typeOn[day] = Math.floor(random() * ENCOUNTER_TYPES.length);
      employerOn[day] = pickEmployer(random(), school, urns.length, settings.employers);
    }
    // A pupil's encounters in date order, so the rows arrive in the ledger's own order.
    takenDays.sort((a, b) => a - b);
    for (const day of takenDays) {
      const academicYear = firstYear + Math.floor(day / DAYS_IN_TERM_YEAR);
      yearsSeen |= 1 << (academicYear - firstYear);
      const dateKey = academicYear * DAYS_IN_TERM_YEAR + (day % DAYS_IN_TERM_YEAR);
      let date = dates.get(dateKey);
      if (date === undefined) {
        date = termDay(academicYear, day % DAYS_IN_TERM_YEAR);
        dates.set(dateKey, date);
      }
      batch.addEncounter(id, urn, date, academicYear, typeOn[day] ?? 0, employerOn[day] ?? 1);
    }
    batch.addPupil(id, urn, yearGroup, fsm ? 1 : 0, takenDays.length, bitCount(yearsSeen));
    for (const day of takenDays) taken[day] = 0;
    takenDays.length = 0;
    if (batch.pupils === batchSize) {
      yield batch.finish();
      batch = newBatch(settings.seed, n + 2, batchSize, batch.encounters);
    }
  }
  if (batch.pupils > 0) yield batch.finish();
}

/** Columns for up to `pupils` pupils, growing the encounter columns as they fill. */
function newBatch(seed: number, firstNumber: number, pupils: number, encounterCapacity: number) {
  const p = { id: new Int32Array(pupils), urn: new Int32Array(pupils), yearGroup: new Uint8Array(pupils), fsm: new Uint8Array(pupils), encounters: new Int32Array(pupils), encounterYears: new Uint8Array(pupils) };
  const sized = (capacity: number) => ({ pupilId: new Int32Array(capacity), urn: new Int32Array(capacity), date: new Int32Array(capacity), academicYear: new Int16Array(capacity), type: new Uint8Array(capacity), employer: new Int32Array(capacity) });
  let e = sized(Math.max(encounterCapacity, 16));
  const state = {
    pupils: 0,
    encounters: 0,
    addPupil(id: number, urn: number, yearGroup: number, fsm: number, encounters: number, encounterYears: number): void {
      const i = state.pupils++;
      p.id[i] = id;
      p.urn[i] = urn;
      p.yearGroup[i] = yearGroup;
      p.fsm[i] = fsm;
      p.encounters[i] = encounters;
      p.encounterYears[i] = encounterYears;
    },
    addEncounter(pupilId: number, urn: number, date: number, academicYear: number, type: number, employer: number): void {
      if (state.encounters === e.pupilId.length) {
        const bigger = sized(e.pupilId.length * 2);
        for (const key of Object.keys(e) as (keyof typeof e)[]) bigger[key].set(e[key]);
        e = bigger;
      }
      const i = state.encounters++;
      e.pupilId[i] = pupilId;
      e.urn[i] = urn;
      e.date[i] = date;
      e.academicYear[i] = academicYear;
      e.type[i] = type;
      e.employer[i] = employer;
    },
    finish(): SyntheticBatch {
      const n = state.pupils;
      const m = state.encounters;
      return {
        seed,
        firstNumber,
        pupils: { length: n, id: p.id.slice(0, n), urn: p.urn.slice(0, n), yearGroup: p.yearGroup.slice(0, n), fsm: p.fsm.slice(0, n), encounters: p.encounters.slice(0, n), encounterYears: p.encounterYears.slice(0, n) },
        encounters: { length: m, pupilId: e.pupilId.slice(0, m), urn: e.urn.slice(0, m), date: e.date.slice(0, m), academicYear: e.academicYear.slice(0, m), type: e.type.slice(0, m), employer: e.employer.slice(0, m) },
      };
    },
  };
  return state;
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

/** The `offset`-th day (0–299) of the school year starting in September of `startYear`, as yyyymmdd. */
function termDay(startYear: number, offset: number): number {
  let rest = offset;
  for (let m = 0; m < MONTH_DAYS.length; m += 1) {
    const length = MONTH_DAYS[m] ?? 30;
    if (rest < length) {
      const month = ((8 + m) % 12) + 1;
      const year = m < 4 ? startYear : startYear + 1;
      return year * 10_000 + month * 100 + rest + 1;
    }
    rest -= length;
  }
  return (startYear + 1) * 10_000 + 731;
}
