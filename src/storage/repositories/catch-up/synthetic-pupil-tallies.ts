import type { SyntheticTutee } from '../../../domain/catch-up/index.ts';
import type { RowSource } from '../../bulk-insert.ts';

export const PUPIL_TALLY_COLUMNS = ['academic_year', 'urn', 'pupil_id', 'route', 'subject', 'from_census', 'sessions', 'half_hours', 'year_group', 'fsm', 'pupil_premium'] as const;

/** Numbers kept per row, in this order: URN, pupil id, route, subject (each an index into `#names`), sessions, half hours, year group, FSM, pupil premium. */
const WIDTH = 9;

/**
 * The `catch_up_pupil_tallies` rows of synthetic tutees, counted as batches go by (each tutee's sessions
 * summed by route and subject) and written once, in the table's key order: written batch by batch they
 * landed all over the table's b-tree, one school's rows at a time, which slowed the whole bulk load.
 */
export class SyntheticPupilTallies {
  readonly #values: number[] = [];
  readonly #names: string[] = [];
  readonly #nameIds = new Map<string, number>();

  #nameId(name: string): number {
    let id = this.#nameIds.get(name);
    if (id === undefined) {
      id = this.#names.length;
      this.#names.push(name);
      this.#nameIds.set(name, id);
    }
    return id;
  }

  /** Adds the rows of `tutee`, whose pupil id is `id`. */
  count(id: number, tutee: SyntheticTutee): void {
    const kinds = new Map<string, number>();
    for (const s of tutee.sessions) {
      const key = `${s.route}\u0000${s.subject}`;
      let at = kinds.get(key);
      if (at === undefined) {
        at = this.#values.length;
        kinds.set(key, at);
        this.#values.push(tutee.urn, id, this.#nameId(s.route), this.#nameId(s.subject), 0, 0, tutee.yearGroup, tutee.fsm ? 1 : 0, tutee.pupilPremium ? 1 : 0);
      }
      this.#values[at + 4] = (this.#values[at + 4] ?? 0) + 1;
      this.#values[at + 5] = (this.#values[at + 5] ?? 0) + s.halfHours;
    }
  }

  /** The rows (PUPIL_TALLY_COLUMNS) of `academicYear`, in key order: URN, pupil, route, subject. */
  rows(academicYear: number): RowSource {
    const v = this.#values;
    const name = (i: number) => this.#names[i] ?? '';
    const order = Array.from({ length: v.length / WIDTH }, (_, i) => i * WIDTH);
    const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    order.sort((a, b) => (v[a] ?? 0) - (v[b] ?? 0) || (v[a + 1] ?? 0) - (v[b + 1] ?? 0) || compareText(name(v[a + 2] ?? 0), name(v[b + 2] ?? 0)) || compareText(name(v[a + 3] ?? 0), name(v[b + 3] ?? 0)));
    return {
      count: order.length,
      write(row, into, at) {
        const o = order[row] ?? 0;
        into[at] = academicYear;
        into[at + 1] = v[o] ?? 0;
        into[at + 2] = v[o + 1] ?? 0;
        into[at + 3] = name(v[o + 2] ?? 0);
        into[at + 4] = name(v[o + 3] ?? 0);
        into[at + 5] = 0;
        for (let c = 4; c < WIDTH; c += 1) into[at + 2 + c] = v[o + c] ?? 0;
      },
    };
  }
}
