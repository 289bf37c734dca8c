import { seededRandom } from '../social-mobility-index/seeded-random.ts';
import { NTP_ROUTES } from './route.ts';

export interface SyntheticTutoringSettings {
  readonly pupils: number;
  /** About this many sessions in all. */
  readonly sessions: number;
  readonly seed: number;
  /** The academic year every session falls in (its first calendar year). */
  readonly academicYear: number;
}

/** One synthetic pupil at a school in the year, and their sessions, in the ledger's own units. */
export interface SyntheticTutee {
  /** 0-based, so the pseudonym is `synthetic:<seed>:<n>`. */
  readonly n: number;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupilPremium: boolean;
  readonly sessions: readonly { readonly day: number; readonly route: string; readonly subject: string; readonly provider: string; readonly groupSize: number; readonly halfHours: number }[];
}

const SUBJECTS = ['Mathematics', 'English', 'Science'] as const;

/** `syntheticTutoringPseudonym(1, 5)` → 'synthetic:1:5': no HMAC (64 hex characters) can equal it. */
export function syntheticTutoringPseudonym(seed: number, n: number): string {
  return `synthetic:${String(seed)}:${String(n)}`;
}

/** yyyymmdd of the day `offset` days after 1 September of `year`. */
function dayAfter(year: number, offset: number): number {
  const date = new Date(Date.UTC(year, 8, 1 + offset));
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/**
 * Clearly synthetic tutoring for demonstrations and benchmarks, the same for the same seed: pupils spread
 * over `urns` in years 1 to 11, about a quarter FSM and a little more pupil premium (all FSM pupils are), and
 * sessions of 1 to 3 hours a week apart from the autumn, by route (school-led most often, as in the NTP's
 * later years), subject and a handful of synthetic providers. Made in batches of about `batchSessions`.
 */
export function* generateSyntheticTutoring(urns: readonly number[], settings: SyntheticTutoringSettings, batchSessions = 50_000): Generator<SyntheticTutee[]> {
  if (urns.length === 0) throw new RangeError('Synthetic tutoring needs at least one school');
  const random = seededRandom(settings.seed);
  const perPupil = settings.pupils === 0 ? 0 : settings.sessions / settings.pupils;
  let batch: SyntheticTutee[] = [];
  let inBatch = 0;
  for (let n = 0; n < settings.pupils; n += 1) {
    const fsm = random() < 0.24;
    const pupilPremium = fsm || random() < 0.06;
    // Disadvantaged pupils are tutored a little more, as schools were asked to target them.
    const count = Math.max(1, Math.round(perPupil * (0.3 + random() * 1.4) * (pupilPremium ? 1.15 : 0.95)));
    const r = random();
    const route = r < 0.6 ? NTP_ROUTES[2] : r < 0.85 ? NTP_ROUTES[0] : NTP_ROUTES[1];
    const provider = route === 'tuition-partner' ? `Synthetic Tuition Partner ${String(1 + Math.floor(random() * 30))}` : route === 'academic-mentor' ? 'Synthetic academic mentor' : '';
    const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)] ?? 'Mathematics';
    const start = Math.floor(random() * 60);
    const sessions = Array.from({ length: count }, (_, k) => ({
      day: dayAfter(settings.academicYear, Math.min(330, start + k * 7)),
      route, subject, provider,
      groupSize: route === 'tuition-partner' ? 1 + Math.floor(random() * 3) : 1 + Math.floor(random() * 6),
      halfHours: 2 + Math.floor(random() * 5),
    }));
    batch.push({ n, urn: urns[Math.floor(random() * urns.length)] ?? 0, yearGroup: 1 + Math.floor(random() * 11), fsm, pupilPremium, sessions });
    inBatch += count;
    if (inBatch >= batchSessions) {
      yield batch;
      batch = [];
      inBatch = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
