/**
 * What fills each part of the service that is empty on a fresh install, in the exact words whoever runs it
 * types. One table, so every empty page names the same commands, and a test checks each one against the
 * `oa` program (test/web/first-run-hints.test.ts): a renamed command or import kind fails it.
 */
export type MissingData =
  | 'public-data'
  | 'indicators'
  | 'school-register'
  | 'toolkit'
  | 'guidance-reports'
  | 'school-locations'
  | 'delivery-plan'
  | 'careers-encounters'
  | 'enterprise-advisers';

export interface HowToFill {
  /** The commands, in the order to run them; `FOLDER` and `FILE.csv` stand for the operator's own. */
  readonly commands: readonly string[];
  /** What the commands load, for the sentence "Whoever runs the service loads … with". */
  readonly what: string;
}

/** `oa import all` reads a folder of the publishers' files; `oa data download` fetches the ones it can. */
const PUBLIC_FILES = 'oa import all FOLDER';

/** Said after a command that reads FOLDER, so the operator knows what to put in it. */
export const FOLDER_NOTE = 'FOLDER holds the publishers’ files; oa data download fetches them.';

export const HOW_TO_FILL: Readonly<Record<MissingData, HowToFill>> = {
  'public-data': { commands: [PUBLIC_FILES], what: 'the published files' },
  indicators: { commands: [PUBLIC_FILES, 'oa indicators derive'], what: 'the indicators' },
  'school-register': { commands: [PUBLIC_FILES], what: 'the register of schools' },
  toolkit: { commands: [PUBLIC_FILES], what: 'the EEF Teaching and Learning Toolkit' },
  'guidance-reports': { commands: ['oa import guidance-reports FILE.csv'], what: 'the EEF Guidance Reports' },
  'school-locations': { commands: ['oa import school-locations FILE.csv'], what: 'the school locations, with each school’s local authority,' },
  'delivery-plan': { commands: ['oa plans import FILE.csv'], what: 'an area’s delivery plan measures, targets and actuals' },
  'careers-encounters': { commands: ['oa careers import FILE.csv'], what: 'a school’s export of careers encounters' },
  'enterprise-advisers': { commands: ['oa careers advisers import FILE.csv'], what: 'the Enterprise Advisers and the schools they work with' },
};

/** The words of a command after `oa`, for checking it against the program: `oa plans import FILE.csv` → `['plans', 'import', 'FILE.csv']`. */
export function commandWords(command: string): readonly string[] {
  const words = command.split(' ');
  if (words[0] !== 'oa') throw new Error(`A fill command must start with oa: ${command}`);
  return words.slice(1);
}
