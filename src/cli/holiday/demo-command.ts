import { academicYearOf, formatAcademicYear } from '../../domain/careers/index.ts';
import { generateSyntheticHoliday } from '../../domain/holiday/index.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { createProgress } from '../progress.ts';

/** `oa demo holiday --pupils N [--seed S] [--academic-year Y]`: synthetic, clearly labelled, in every district over the real register. */
export async function runDemoHoliday(io: CliIo, options: { pupils: number; seed: number; academicYear?: number }): Promise<void> {
  // The summer just gone, or coming: the academic year today falls in.
  const academicYear = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const districts = await services.holidaySynthetic.syntheticHolidayDistricts();
    if (districts.length === 0) throw new Error('There are no districts: load the published facts first (oa demo load)');
    if (!districts.some((d) => d.schools.length > 0)) throw new Error('There are no open schools placed in a district in the school register: import it first (oa import gias <file>)');
    const synthetic = generateSyntheticHoliday(districts, { pupils: options.pupils, seed: options.seed, academicYear });
    const progress = createProgress(io, 'Synthetic holiday pupils', 'pupils');
    const counts = await services.holidaySynthetic.replaceSyntheticHoliday(synthetic, {
      seed: options.seed, actor: cliActor(io), now: io.now().toISOString(), onBatch: (done) => { progress.update(done, options.pupils); },
    });
    progress.stop();
    io.stdout(
      `Synthetic holiday data (marked synthetic; clubs "SYN-${String(options.seed)}-…", pseudonyms "synthetic:${String(options.seed)}:<n>"): ` +
        `${String(counts.clubs)} clubs in ${String(districts.length)} districts, ${String(counts.pupils)} pupils, ${String(counts.bookings)} pupil-days booked in summer ${formatAcademicYear(academicYear)}` +
        `${counts.removed > 0 ? `; replaced ${String(counts.removed)} earlier synthetic pupils` : ''}.\n`,
    );
  });
}
