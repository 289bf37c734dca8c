import { parseUpn } from '../../domain/careers/index.ts';
import { parseTutoringYearGroup } from '../../domain/catch-up/index.ts';
import type { ProblemList } from '../report.ts';
import { parseFlag } from '../careers/parse-encounter-cells.ts';
import type { TableRow } from './read-table.ts';

export interface PupilCells {
  readonly upn: string;
  readonly urn: number;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupilPremium: boolean;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
const fromResult = <T>(r: { ok: true; value: T } | { ok: false; error: string }): Parsed<T> => (r.ok ? r : { ok: false, reason: r.error });

/**
 * Checks the columns every tutoring export shares (upn, urn, year_group, fsm, pupil_premium), adding a
 * problem per bad cell. A UPN is checked with its check letter (the careers rule) and never quoted back,
 * so problems can be shown and logged. With `onlyUrn` (a file uploaded for one school), a row of any other
 * school is a problem too. Undefined when any is bad.
 */
export function readPupilCells(line: TableRow, problems: ProblemList, onlyUrn: number | null = null): PupilCells | undefined {
  // Set by `check`, which the compiler cannot see run.
  const state = { good: true };
  const check = <T>(column: string, result: Parsed<T>, show = true): T | undefined => {
    if (result.ok) return result.value;
    state.good = false;
    problems.add({ row: line.row, column, value: show ? line.get(column) : null, reason: result.reason });
    return undefined;
  };
  const upn = check('upn', fromResult(parseUpn(line.get('upn'))), false);
  const urnText = line.get('urn').trim();
  const urn = check('urn', /^\d{6}$/.test(urnText) ? { ok: true, value: Number(urnText) } : { ok: false, reason: 'A URN must be 6 digits, like 141257' });
  if (urn !== undefined && onlyUrn !== null && urn !== onlyUrn) check('urn', { ok: false, reason: `This file is for the school with URN ${String(onlyUrn)}: every row must be that school’s (import other schools’ rows on their own pages)` });
  const yearGroup = check('year_group', fromResult(parseTutoringYearGroup(line.get('year_group'))));
  const fsm = check('fsm', parseFlag(line.get('fsm')));
  const pupilPremium = check('pupil_premium', parseFlag(line.get('pupil_premium')));
  if (!state.good || upn === undefined || urn === undefined || yearGroup === undefined || fsm === undefined || pupilPremium === undefined) return undefined;
  return { upn, urn, yearGroup, fsm, pupilPremium };
}

/**
 * Keeps one set of facts per pupil and key (for sessions, the school year; for a census, the return): a
 * pupil whose FSM, pupil premium or year group differs from an earlier row is a problem naming both rows.
 */
export class PupilFacts {
  private readonly seen = new Map<string, { row: number; fsm: boolean; pupilPremium: boolean; yearGroup: number }>();

  agree(key: string, row: number, cells: PupilCells, problems: ProblemList): boolean {
    const earlier = this.seen.get(key);
    if (earlier === undefined) {
      this.seen.set(key, { row, fsm: cells.fsm, pupilPremium: cells.pupilPremium, yearGroup: cells.yearGroup });
      return true;
    }
    const differs: [string, string][] = [];
    if (earlier.fsm !== cells.fsm) differs.push(['fsm', 'FSM']);
    if (earlier.pupilPremium !== cells.pupilPremium) differs.push(['pupil_premium', 'pupil premium']);
    if (earlier.yearGroup !== cells.yearGroup) differs.push(['year_group', 'year group']);
    for (const [column, label] of differs) {
      problems.add({ row, column, value: null, reason: `This pupil has two ${label} values: row ${String(earlier.row)} gives another. One pupil has one ${label} value in a year` });
    }
    return differs.length === 0;
  }
}
