import { attack, type AttackAnswer, type AttackQuestion, type LinearConstraint } from './recovery-attack.ts';

/**
 * The recovery attack pointed at holiday tables: every pupil figure a reader is shown about one population
 * (clubs, districts, areas, authorities, schools, a school's pupils at each club), read as a reader reads
 * them, with nothing from the code that made them. The reader does not know which clubs each pupil went to:
 * the unknowns are the pupils of each school, FSM or not, at every non-empty set of the population's clubs,
 * so a pupil at two clubs is one pupil of each club and once in their district, whatever the set.
 */

export interface AttackClub {
  readonly ref: string;
  readonly district: string;
  readonly area: string;
  readonly la: string;
}

export interface AttackPupil {
  readonly school: number;
  readonly fsm: boolean;
  readonly clubs: readonly string[];
}

export type AttackGroupKind = 'club' | 'district' | 'area' | 'la' | 'school' | 'school-club';

/** A published row as a reader reads it: a number, or null for a symbol. */
export interface ShownHolidayRow {
  readonly kind: AttackGroupKind;
  /** The group's key; a school's pupils at one club are `urn|club`. */
  readonly key: string;
  readonly pupils: number | null;
  readonly fsmPupils: number | null;
}

export interface HolidayAttackResult {
  /** Hidden figures, and small counts of other pupils (never shown on their own), worked out exactly. */
  readonly recovered: readonly AttackAnswer[];
  /** Hidden counts from 1 to threshold − 1 narrowed to fewer values than 1 … threshold − 1. */
  readonly narrowed: readonly AttackAnswer[];
  readonly asked: number;
}

export function attackHoliday(clubs: readonly AttackClub[], pupils: readonly AttackPupil[], rows: readonly ShownHolidayRow[], threshold = 5): HolidayAttackResult {
  const refs = clubs.map((c) => c.ref);
  if (refs.length > 5) throw new Error('The attack enumerates every set of clubs: keep to 5 clubs or fewer');
  const schools = [...new Set([...pupils.map((p) => p.school), ...rows.flatMap((r) => (r.kind === 'school' ? [Number(r.key)] : r.kind === 'school-club' ? [Number(r.key.split('|')[0])] : []))])].sort((a, b) => a - b);
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << refs.length; mask++) sets.push(refs.filter((_, i) => (mask & (1 << i)) !== 0));
  // Unknown u = ((school × sets) + set) × 2 + (0 FSM | 1 other).
  const unknown = (s: number, set: number, other: boolean) => (s * sets.length + set) * 2 + (other ? 1 : 0);
  const truth = new Array<number>(schools.length * sets.length * 2).fill(0);
  for (const p of pupils) {
    const key = [...p.clubs].sort().join(',');
    const set = sets.findIndex((s) => [...s].sort().join(',') === key);
    truth[unknown(schools.indexOf(p.school), set, !p.fsm)] = (truth[unknown(schools.indexOf(p.school), set, !p.fsm)] ?? 0) + 1;
  }
  const clubOf = new Map(clubs.map((c) => [c.ref, c]));
  const inGroup = (kind: AttackGroupKind, key: string, school: number, set: readonly string[]): boolean => {
    switch (kind) {
      case 'school':
        return String(school) === key;
      case 'school-club': {
        const [urn, ref] = key.split('|');
        return String(school) === urn && set.includes(ref ?? '');
      }
      case 'club':
      case 'district':
      case 'area':
      case 'la':
        return set.some((ref) => {
          const club = clubOf.get(ref);
          return club !== undefined && (kind === 'club' ? club.ref : club[kind]) === key;
        });
    }
  };
  const members = (row: ShownHolidayRow, part: 'all' | 'fsm' | 'other') =>
    schools.flatMap((school, s) => sets.flatMap((set, k) => (inGroup(row.kind, row.key, school, set) ? [unknown(s, k, false), unknown(s, k, true)].filter((_, i) => part === 'all' || (part === 'fsm') === (i === 0)) : [])));
  const constraints: LinearConstraint[] = [];
  const known = (plus: number[], value: number | null) => constraints.push(value === null ? { plus, low: 1, high: 1_000_000_000 } : { plus, low: value, high: value });
  for (const row of rows) {
    known(members(row, 'all'), row.pupils);
    known(members(row, 'fsm'), row.fsmPupils);
  }
  const questions: (AttackQuestion & { hidden: boolean })[] = [];
  const truthOf = (m: readonly number[]) => m.reduce((sum, u) => sum + (truth[u] ?? 0), 0);
  const asked = new Set<string>();
  for (const row of rows) {
    const figures: [string, 'all' | 'fsm' | 'other', boolean][] = [
      ['pupils', 'all', row.pupils === null],
      ['FSM pupils', 'fsm', row.fsmPupils === null],
      ['other pupils', 'other', false],
    ];
    for (const [name, part, hidden] of figures) {
      const m = members(row, part);
      const value = truthOf(m);
      if (!hidden && !(name === 'other pupils' && value > 0 && value < threshold)) continue;
      const id = `${m.join(',')}|${name}`;
      if (asked.has(id)) continue;
      asked.add(id);
      questions.push({ label: `${row.kind} ${row.key}: ${name}`, members: m, truth: value, hidden, reach: hidden && value > 0 && value < threshold ? threshold - 2 : 1 });
    }
  }
  const answers = attack({ unknowns: truth.length, constraints, truth }, questions, { reach: threshold, nodeBudget: 200_000 }).map((a, i) => ({ ...a, hidden: questions[i]?.hidden ?? false }));
  return {
    recovered: answers.filter((a) => a.low === a.high && a.truth > 0),
    narrowed: answers.filter((a) => a.hidden && a.truth > 0 && a.truth < threshold && a.high - a.low + 1 < threshold - 1),
    asked: questions.length,
  };
}
