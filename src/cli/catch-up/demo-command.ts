import { academicYearOf, formatAcademicYear } from '../../domain/careers/index.ts';
import { generateSyntheticTutoring } from '../../domain/catch-up/index.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { createProgress } from '../progress.ts';

/** `oa demo catch-up --pupils N --sessions M [--seed S] [--academic-year Y]`: synthetic, clearly labelled, over the real register. */
export async function runDemoCatchUp(io: CliIo, options: { pupils: number; sessions: number; seed: number; academicYear?: number }): Promise<void> {
  const academicYear = options.academicYear ?? academicYearOf(io.now().toISOString().slice(0, 10));
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const urns = await services.catchUpSyntheticTutoring.tutoringSchoolUrns();
    if (urns.length === 0) throw new Error('There are no open primary or secondary schools in the school register: import it first (oa import gias <file>)');
    const progress = createProgress(io, 'Synthetic tutees', 'pupils');
    const counts = await services.catchUpSyntheticTutoring.replaceSyntheticTutoring(generateSyntheticTutoring(urns, { pupils: options.pupils, sessions: options.sessions, seed: options.seed, academicYear }), {
      seed: options.seed, academicYear, actor: cliActor(io), now: io.now().toISOString(), onBatch: (done) => { progress.update(done, options.pupils); },
    });
    progress.stop();
    io.stdout(
      `Synthetic tutoring data (marked synthetic; pseudonyms "synthetic:${String(options.seed)}:<n>"): ${String(counts.pupils)} pupils in ${String(urns.length)} schools, ` +
        `${String(counts.sessions)} sessions in ${formatAcademicYear(academicYear)}${counts.removed > 0 ? `; replaced ${String(counts.removed)} earlier synthetic pupils` : ''}.\n`,
    );
  });
}
