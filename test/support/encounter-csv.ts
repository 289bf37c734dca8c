import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { upnCheckLetter } from '../../src/domain/careers/index.ts';

export interface EncounterCsvSettings {
  /** Rows to write (encounters), after the header. */
  readonly rows: number;
  /** The schools' URNs: pupils are spread over them in turn, each school's pupils together. */
  readonly urns: readonly number[];
  /** The academic year the year groups describe (its first calendar year). */
  readonly asAt: number;
  /** Different seeds give different pupils (UPN digits) and employers. */
  readonly seed?: number;
  /** Called with each row's 0-based number and its cells, to spoil one on purpose. */
  readonly edit?: (row: number, cells: string[]) => void;
}

const MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6];
const TYPES = ['talk', 'Workplace visit', 'mentoring', 'work experience', 'enterprise activity', 'careers fair'];
const EMPLOYERS = ['Acme Ltd', 'Bolt plc', 'Northern Rail', 'NHS Trust', 'City Council', 'Bright Digital', 'Coastal Energy', 'Brick & Mortar Builders'];

/**
 * Writes a school-style encounter export as a school's MIS would: UPNs with their check letters, each
 * pupil's rows together (one to nine encounters, about six on average), dates within the pupil's
 * secondary years in either date style, FSM as Y/N, employers from a pool of a few thousand spelt
 * with varying case and spacing, about one row in twelve naming none. Streams to `path`, so any size fits.
 * Returns the number of pupils written. Deterministic for a seed.
 */
export async function writeEncounterCsv(path: string, settings: EncounterCsvSettings): Promise<{ pupils: number }> {
  const out = createWriteStream(path);
  let state = (settings.seed ?? 1) * 2654435761 + 1;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('UPN,URN,Year_Group,FSM,Encounter_Date,Encounter_Type,Employer_Name\r\n');
  const schools = settings.urns.length;
  // Each school's pupils together: pupil p is at school floor(p ÷ pupilsPerSchool).
  const pupilsPerSchool = Math.max(1, Math.ceil(settings.rows / 6 / schools));
  let lines: string[] = [];
  let row = 0;
  let pupil = 0;
  while (row < settings.rows) {
    const digits = `${String(100 + ((settings.seed ?? 1) % 900))}${String(pupil).padStart(9, '0')}`;
    const upn = `${upnCheckLetter(digits)}${digits}`;
    const urn = settings.urns[Math.floor(pupil / pupilsPerSchool) % schools] ?? 0;
    const yearGroup = 7 + Math.floor(random() * 6);
    const fsm = random() < 0.23 ? 'Y' : 'N';
    const first = settings.asAt - (yearGroup - 7);
    const encounters = Math.min(1 + Math.floor(random() * 10), settings.rows - row);
    for (let e = 0; e < encounters; e += 1) {
      const academicYear = first + Math.floor(random() * (settings.asAt - first + 1));
      // Each encounter in its own month of the school year (September to June), so none repeats another.
      const month = MONTHS[e] ?? 9;
      const year = month >= 9 ? academicYear : academicYear + 1;
      const day = 1 + Math.floor(random() * 28);
      const date = e % 3 === 0 ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year)}` : `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const employerNumber = Math.floor(random() * 4000);
      const named = random() < 11 / 12;
      const employer = named ? `${EMPLOYERS[employerNumber % EMPLOYERS.length] ?? ''} ${String(employerNumber)}` : '';
      const cells = [upn, String(urn), String(yearGroup), fsm, date, TYPES[(e + pupil) % TYPES.length] ?? 'talk', e % 5 === 4 ? `  ${employer.toUpperCase()} ` : employer];
      settings.edit?.(row, cells);
      lines.push(cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
      row += 1;
    }
    pupil += 1;
    if (lines.length >= 10_000) {
      await write(lines.join('\r\n') + '\r\n');
      lines = [];
    }
  }
  await write(lines.length > 0 ? lines.join('\r\n') + '\r\n' : '');
  out.end();
  await once(out, 'finish');
  return { pupils: pupil };
}
