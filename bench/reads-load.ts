import { Worker } from 'node:worker_threads';

export interface LoadResult {
  /** The time of each 200 reply, in ms. */
  readonly latencies: Float64Array;
  readonly seconds: number;
  /** Replies that were not 200, and requests that failed or took longer than the timeout. */
  readonly errors: number;
  readonly timeouts: number;
}

export interface LoadSummary {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly timeouts: number;
}

/** Several runs as one: requests over the time measured, percentiles over every reply. */
export function summariseLoad(runs: readonly LoadResult[]): LoadSummary {
  const all = new Float64Array(runs.reduce((n, r) => n + r.latencies.length, 0));
  let at = 0;
  for (const r of runs) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  all.sort();
  const quantile = (q: number) => (all.length === 0 ? Number.NaN : (all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? Number.NaN));
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  return {
    requests: all.length,
    perSecond: all.length / seconds,
    p50Ms: quantile(0.5),
    p99Ms: quantile(0.99),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
  };
}

export interface LoadOptions {
  readonly port: number;
  readonly path: string;
  readonly connections: number;
  readonly seconds: number;
  /** Seconds of load before measuring, not counted. */
  readonly warmSeconds: number;
  readonly timeoutMs: number;
}

/*
 * The load generator runs in a worker thread of its own (its own event loop, the machine's other core) so the
 * server's event loop does only the server's work, as with autocannon in another process. Plain JavaScript, so
 * the worker needs no TypeScript loader: `connections` loops, each on its own keep-alive socket, each sending
 * the next request when the last reply has been read whole (autocannon's model, without pipelining).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port, path, connections, seconds, warmSeconds, timeoutMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
let measuring = false;
let stopped = false;
const latencies = [];
let errors = 0;
let timeouts = 0;
function once() {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        if (measuring) {
          if (res.statusCode === 200) latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
          else errors += 1;
        }
        resolve();
      });
    });
    req.setTimeout(timeoutMs, () => { if (measuring) timeouts += 1; req.destroy(); });
    req.on('error', () => { if (measuring) errors += 1; resolve(); });
  });
}
async function loop() { while (!stopped) await once(); }
const loops = Array.from({ length: connections }, loop);
setTimeout(() => {
  measuring = true;
  const began = process.hrtime.bigint();
  setTimeout(async () => {
    measuring = false;
    const elapsed = Number(process.hrtime.bigint() - began) / 1e9;
    stopped = true;
    await Promise.all(loops);
    agent.destroy();
    const times = Float64Array.from(latencies);
    parentPort.postMessage({ latencies: times, seconds: elapsed, errors, timeouts }, [times.buffer]);
  }, seconds * 1000);
}, warmSeconds * 1000);
`;

/** `connections` keep-alive clients asking for `path` as fast as it answers, for `seconds` after a warm-up. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: options });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
