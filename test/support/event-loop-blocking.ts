import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const TICK_MS = 5;
const SCHEDSTAT = '/proc/thread-self/schedstat';

/** Nanoseconds this thread has spent runnable but waiting for a CPU (Linux schedstat, second field); null elsewhere. */
function runQueueWaitNs(): number | null {
  try {
    const [, waiting] = readFileSync(SCHEDSTAT, 'utf8').trim().split(/\s+/);
    return waiting === undefined ? null : Number(waiting);
  } catch {
    return null;
  }
}

export interface EventLoopBlocking {
  /** The longest the event loop was held by this process's own work (the figure the budget is on), ms. */
  readonly maxBlockedMs: number;
  /** The largest delay `monitorEventLoopDelay` saw, which also counts time the OS gave the CPU to others, ms. */
  readonly maxDelayMs: number;
  /** Whether the OS's waiting time could be read and taken off (Linux); otherwise maxBlockedMs is the plain gap. */
  readonly loadCorrected: boolean;
}

/**
 * Watches the event loop of the calling thread: a timer every 5 ms notes how late each tick is, and takes off
 * the time the OS kept the thread waiting for a CPU over that gap, so on a machine shared with other heavy
 * work (a whole test suite on two cores) the figure is the time this process's own work held the loop, not
 * the machine's load. `monitorEventLoopDelay` (10 ms resolution) runs beside it for the plain figure.
 */
export async function startEventLoopMonitor(): Promise<{ stop(): Promise<EventLoopBlocking> }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let loadCorrected = runQueueWaitNs() !== null;
  let lastAt = performance.now();
  let lastWait = runQueueWaitNs() ?? 0;
  let maxBlockedMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const wait = runQueueWaitNs();
    if (wait === null) loadCorrected = false;
    const waitedMs = wait === null ? 0 : (wait - lastWait) / 1e6;
    maxBlockedMs = Math.max(maxBlockedMs, now - lastAt - TICK_MS - waitedMs);
    lastAt = now;
    lastWait = wait ?? lastWait;
  }, TICK_MS);
  // Both count from their first tick: let them start before the work does.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    async stop() {
      // One more turn, so a block that ends the work is seen.
      await new Promise((resolve) => setTimeout(resolve, 30));
      clearInterval(timer);
      delay.disable();
      return { maxBlockedMs, maxDelayMs: delay.max / 1e6, loadCorrected };
    },
  };
}
