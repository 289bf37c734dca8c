/**
 * Funding allocation benchmark: share a total over 21,000 schools in proportion to pupils, with a floor
 * and a ceiling, to the penny (exact BigInt arithmetic, largest-remainder pennies, working per school).
 * Reference, same run: the same algorithm written the obvious way with floating-point numbers; the bench
 * reports its speed and how many schools it gives a different number of pence, and whether its amounts
 * still add up to the total.
 * Run: npx tsx bench/funding.bench.ts
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { allocate, type AllocationRecipient } from '../src/domain/funding/index.ts';
import { seededRandom } from '../src/domain/social-mobility-index/index.ts';
import { fixed } from './support.ts';

const SCHOOLS = 21_000;
const RUNS = 7;

function schools(seed: number): AllocationRecipient[] {
  const random = seededRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  // Pupil numbers with a long tail, like the school census: median about 400, a few over 2,000.
  return Array.from({ length: SCHOOLS }, (_, i) => ({ id: String(100_000 + i), measure: Math.max(5, Math.round(Math.exp(6 + 0.8 * normal()))) }));
}

/** The obvious float version: clamp-and-redistribute in doubles, floor, then leftovers by remainder. */
function floatAllocate(total: number, measures: readonly number[], floor: number, ceiling: number): number[] {
  const n = measures.length;
  const fixedAt: (number | null)[] = new Array<number | null>(n).fill(null);
  let exact: number[];
  for (;;) {
    let remaining = total;
    let weight = 0;
    for (let i = 0; i < n; i += 1) {
      const f = fixedAt[i] ?? null;
      if (f === null) weight += measures[i] ?? 0;
      else remaining -= f;
    }
    exact = measures.map((m, i) => fixedAt[i] ?? (remaining * m) / weight);
    let deficit = 0;
    let excess = 0;
    exact.forEach((x, i) => {
      if (fixedAt[i] !== null) return;
      if (x < floor) deficit += floor - x;
      else if (x > ceiling) excess += x - ceiling;
    });
    if (deficit === 0 && excess === 0) break;
    exact.forEach((x, i) => {
      if (fixedAt[i] !== null) return;
      if (deficit >= excess && x < floor) fixedAt[i] = floor;
      if (excess >= deficit && x > ceiling) fixedAt[i] = ceiling;
    });
  }
  const down = exact.map(Math.floor);
  const leftover = Math.round(total - down.reduce((a, b) => a + b, 0));
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x), m: measures[i] ?? 0 })).sort((a, b) => b.r - a.r || b.m - a.m || a.i - b.i);
  for (let k = 0; k < leftover; k += 1) {
    const pick = order[k];
    if (pick !== undefined) down[pick.i] = (down[pick.i] ?? 0) + 1;
  }
  return down;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Need scores with three decimals (0.001 to 1.000), like an index share: exact in decimal, not in binary. */
function needScores(seed: number): AllocationRecipient[] {
  const random = seededRandom(seed);
  return Array.from({ length: SCHOOLS }, (_, i) => ({ id: String(100_000 + i), measure: (1 + Math.floor(random() * 1000)) / 1000 }));
}

function scenario(label: string, totalPence: number, floorPence: number, ceilingPence: number, recipients = schools(2017)): void {
  const measures = recipients.map((r) => Number(r.measure));
  const exactTimes: number[] = [];
  const floatTimes: number[] = [];
  let amounts: number[] = [];
  let rounds = 0;
  let floatAmounts: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    const result = allocate({ totalPence, formula: 'proportional', recipients, measureName: 'pupils', floorPence, ceilingPence });
    exactTimes.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
    amounts = result.value.rows.map((r) => r.amountPence);
    rounds = result.value.rounds;
    start = performance.now();
    floatAmounts = floatAllocate(totalPence, measures, floorPence, ceilingPence);
    floatTimes.push(performance.now() - start);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const differ = amounts.filter((a, i) => a !== floatAmounts[i]).length;
  const floors = amounts.filter((a) => a === floorPence).length;
  const ceilings = amounts.filter((a) => a === ceilingPence).length;
  console.log(`\n${label}: ${SCHOOLS.toLocaleString('en-GB')} schools, floor ${String(floorPence)}p, ceiling ${String(ceilingPence)}p`);
  console.log(`  exact allocate (with working): median ${fixed(median(exactTimes))} ms over ${String(RUNS)} runs; ${String(rounds)} rounds; ${String(floors)} at the floor, ${String(ceilings)} at the ceiling`);
  console.log(`  sum ${String(sum(amounts))}p, total ${String(totalPence)}p: ${sum(amounts) === totalPence ? 'exact' : 'WRONG'}`);
  console.log(`  reference (float): median ${fixed(median(floatTimes))} ms; exact is ${fixed(median(exactTimes) / median(floatTimes), 1)}× its time`);
  console.log(`  reference sum ${String(sum(floatAmounts))}p (${sum(floatAmounts) === totalPence ? 'adds up' : `off by ${String(sum(floatAmounts) - totalPence)}p`}); ${String(differ)} schools get a different amount from the exact result`);
}

console.log(`Node ${process.version}, ${String(cpus().length)} cores (${cpus()[0]?.model ?? 'unknown'}), ${fixed(totalmem() / 1024 ** 3, 1)} GB`);
scenario('£500m', 50_000_000_000, 500_000, 6_000_000);
scenario('£10bn', 1_000_000_000_000, 10_000_000, 120_000_000);
scenario('£1m (small sums, many pennies)', 100_000_000, 1_000, 12_000);
scenario('£1m by a need score with three decimals', 100_000_000, 1_000, 12_000, needScores(2018));
