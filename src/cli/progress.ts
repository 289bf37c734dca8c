import { SingleBar } from 'cli-progress';
import type { CliIo } from './io.ts';

export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

/** A progress bar with rows/s and ETA on a terminal; silent when output is piped or in tests. */
export function createProgress(io: CliIo, label: string, unit = 'rows'): Progress {
  if (!io.interactive) return QUIET;
  const started = Date.now();
  const bar = new SingleBar({
    format: `${label.padEnd(22)} [{bar}] {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let begun = false;
  return {
    update(done, total) {
      if (total < 5000) return;
      if (!begun) {
        bar.start(total, 0, { rate: 0 });
        begun = true;
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: Math.round(done / seconds) });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
