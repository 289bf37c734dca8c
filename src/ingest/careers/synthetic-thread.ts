import { parentPort, workerData } from 'node:worker_threads';
import { generateSyntheticCareers, type SyntheticBatch, type SyntheticSettings } from '../../domain/careers/index.ts';

/** What `syntheticBatchesInThread` starts this thread with. */
export interface SyntheticThreadData {
  readonly urns: readonly number[];
  readonly settings: SyntheticSettings;
  readonly firstId: number;
  /** Batches this thread may run ahead of the one taking them. */
  readonly ahead: number;
}

/** The message for one batch, its columns' memory handed over rather than copied. */
function post(batch: SyntheticBatch): void {
  const columns = [...Object.values(batch.pupils), ...Object.values(batch.encounters)].filter((c): c is Int32Array | Int16Array | Uint8Array => ArrayBuffer.isView(c));
  parentPort?.postMessage({ batch }, columns.map((c) => c.buffer as ArrayBuffer));
}

// The generator runs here and waits whenever it is `ahead` batches in front: each "next" from the taker
// lets it make one more, so memory stays flat however slowly batches are written.
if (parentPort !== null) {
  const data = workerData as SyntheticThreadData;
  let credits = data.ahead;
  let wake: (() => void) | undefined;
  parentPort.on('message', () => {
    credits += 1;
    wake?.();
  });
  for (const batch of generateSyntheticCareers(data.urns, data.settings, data.firstId)) {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits -= 1;
    post(batch);
  }
  parentPort.postMessage({ done: true });
}
