import { err, ok, type Result } from '../shared/result.ts';

/**
 * A reporting period of a measure: an academic year (`2016/17`, the programme's usual period) or a
 * calendar year (`2019`). `position` places it on a time line in years, so the share of time elapsed
 * between a baseline and a target can be worked out (methodology §13).
 */
export interface Period {
  readonly label: string;
  readonly kind: 'academic_year' | 'calendar_year';
  readonly position: number;
}

/**
 * Reads `2016/17` (the second year must follow the first) or `2019`.
 * `parsePeriod('2016/17')` → `{ kind: 'academic_year', position: 2016 }`.
 */
export function parsePeriod(input: string): Result<Period, string> {
  const label = input.trim();
  const academic = /^(\d{4})\/(\d{2})$/.exec(label);
  if (academic !== null) {
    const start = Number(academic[1]);
    if ((start + 1) % 100 !== Number(academic[2])) return err(`"${label}" is not an academic year: the second year must follow the first, like 2016/17`);
    return ok({ label, kind: 'academic_year', position: start });
  }
  if (/^\d{4}$/.test(label)) return ok({ label, kind: 'calendar_year', position: Number(label) });
  return err(`"${label}" is not a period: use an academic year like 2016/17 or a calendar year like 2019`);
}
