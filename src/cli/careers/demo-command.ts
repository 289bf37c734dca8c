import { academicYearOf } from '../../domain/careers/index.ts';
import { syntheticBatchesInThread } from '../../ingest/careers/synthetic-batches-in-thread.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';
import { createProgress } from '../progress.ts';

/** `oa demo careers --pupils N --encounters M --seed S`: synthetic, clearly labelled, over the real register. */
export async function runDemoCareers(io: CliIo, options: { pupils: number; encounters: number; seed: number }): Promise<void> {
  const asAt = academicYearOf(io.now().toISOString().slice(0, 10));
  await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    const urns = await services.careersSynthetic.secondarySchoolUrns();
    if (urns.length === 0) throw new Error('There are no open secondary schools in the school register: import it first (oa import gias <file>)');
    const employers = Math.max(40, Math.ceil(options.pupils / 500));
    const progress = createProgress(io, 'Synthetic pupils', 'pupils');
    const counts = await services.careersSynthetic.replaceSyntheticCareers(
      urns,
      (firstId) => syntheticBatchesInThread(urns, { pupils: options.pupils, encounters: options.encounters, seed: options.seed, asAt, employers }, firstId),
      { employers, asAt, actor: cliActor(io), now: io.now().toISOString(), onBatch: (done) => { progress.update(done, options.pupils); } },
    );
    progress.stop();
    io.stdout(
      `Synthetic careers data (marked synthetic; pseudonyms "synthetic:${String(options.seed)}:<n>"): ${String(counts.pupils)} pupils in ${String(urns.length)} secondary schools, ` +
        `${String(counts.encounters)} encounters, ${String(counts.employers)} employers, ${String(counts.advisers)} Enterprise Advisers` +
        `${counts.removed > 0 ? `; replaced ${String(counts.removed)} earlier synthetic pupils` : ''}.\n`,
    );
  });
}
