import { describe, expect, it } from 'vitest';
import { allocate, ALLOCATION_FORMULAS, type Allocation, type AllocationRecipient, type AllocationRequest } from '../../../../src/domain/funding/index.ts';
import { seededRandom } from '../../../../src/domain/social-mobility-index/index.ts';

/** A random but feasible request: positive measures, floors at most total ÷ n, ceilings at least that. */
function randomRequest(random: () => number): AllocationRequest {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const n = 1 + int(39);
  const totalPence = int(random() < 0.2 ? 1_000_000_000_000 : 100_000_000);
  const fair = Math.floor(totalPence / n);
  const formula = ALLOCATION_FORMULAS[int(2)] ?? 'equal';
  const decimals = random() < 0.3;
  const recipients: AllocationRecipient[] = Array.from({ length: n }, (_, i) => {
    const measure = decimals ? `${String(1 + int(999))}.${String(int(99)).padStart(2, '0')}` : 1 + int(random() < 0.5 ? 10 : 100_000);
    const own = random() < 0.2;
    return {
      id: `r${String(int(1_000_000)).padStart(7, '0')}-${String(i)}`,
      measure,
      ...(own ? { floorPence: int(fair), ceilingPence: fair + 1 + int(fair) } : {}),
    };
  });
  return {
    totalPence,
    formula,
    recipients,
    basePence: formula === 'base-plus' ? int(fair) : 0,
    floorPence: random() < 0.5 ? int(fair) : null,
    ceilingPence: random() < 0.5 ? fair + 1 + int(Math.floor(fair / 2)) : null,
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const allocateOrFail = (request: AllocationRequest): Allocation => {
  const result = allocate(request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const fraction = (text: string): [bigint, bigint] => {
  const [n = '0', d = '1'] = text.split('/');
  return [BigInt(n), BigInt(d)];
};

const boundsOf = (request: AllocationRequest, recipient: AllocationRecipient) => ({
  floor: recipient.floorPence ?? request.floorPence ?? null,
  ceiling: recipient.ceilingPence ?? request.ceilingPence ?? null,
});

const CASES = 400;

describe('allocation properties over 400 seeded random requests', () => {
  const random = seededRandom(20_172_020);
  const requests = Array.from({ length: CASES }, () => randomRequest(random));
  const results = requests.map(allocateOrFail);

  it('always sums to the total to the penny', () => {
    requests.forEach((request, k) => {
      const sum = results[k]?.rows.reduce((s, r) => s + r.amountPence, 0);
      expect(sum, `case ${String(k)}`).toBe(request.totalPence);
    });
  });

  it('keeps every amount within its floor and ceiling, in whole pence', () => {
    requests.forEach((request, k) => {
      request.recipients.forEach((recipient, i) => {
        const amount = results[k]?.rows[i]?.amountPence ?? NaN;
        const { floor, ceiling } = boundsOf(request, recipient);
        expect(Number.isSafeInteger(amount)).toBe(true);
        if (floor !== null) expect(amount).toBeGreaterThanOrEqual(floor);
        if (ceiling !== null) expect(amount).toBeLessThanOrEqual(ceiling);
      });
    });
  });

  it('rounds each exact amount up or down by less than a penny', () => {
    for (const allocation of results) {
      for (const row of allocation.rows) {
        const [n, d] = fraction(row.exactPence);
        const diff = BigInt(row.amountPence) * d - n;
        expect(diff < d && diff > -d).toBe(true);
      }
    }
  });

  it('gives every recipient left free the same λ, and bounds only those whose formula amount passes them', () => {
    // Checks the floor-and-ceiling iteration against its definition: amount = clamp(base + λ·measure).
    requests.forEach((request, k) => {
      const allocation = results[k];
      if (allocation === undefined || request.formula === 'equal') return;
      const base = BigInt(request.basePence ?? 0);
      const scale = 100n; // measures have at most two decimals here
      const weight = (r: AllocationRecipient) => BigInt(Math.round(Number(r.measure) * 100)) * (scale / 100n);
      const free = allocation.rows.map((row, i) => ({ row, recipient: request.recipients[i] as AllocationRecipient })).filter(({ row }) => row.bound === null);
      const first = free[0];
      if (first === undefined) return;
      // λ = (exact − base) / weight, as a fraction lambdaN / lambdaD.
      const [n0, d0] = fraction(first.row.exactPence);
      const lambdaN = n0 - base * d0;
      const lambdaD = d0 * weight(first.recipient);
      for (const { row, recipient } of free) {
        const [n, d] = fraction(row.exactPence);
        expect((n - base * d) * lambdaD).toBe(lambdaN * d * weight(recipient));
      }
      allocation.rows.forEach((row, i) => {
        const recipient = request.recipients[i] as AllocationRecipient;
        const { floor, ceiling } = boundsOf(request, recipient);
        const formulaTimesD = base * lambdaD + lambdaN * weight(recipient);
        if (row.bound?.by === 'floor') expect(formulaTimesD <= BigInt(floor ?? 0) * lambdaD).toBe(true);
        if (row.bound?.by === 'ceiling') expect(formulaTimesD >= BigInt(ceiling ?? 0) * lambdaD).toBe(true);
      });
    });
  });

  it('gives the same result when run again', () => {
    requests.slice(0, 100).forEach((request, k) => { expect(allocateOrFail(request)).toEqual(results[k]); });
  });

  it('does not depend on the order the recipients are listed in', () => {
    const order = seededRandom(7);
    requests.forEach((request, k) => {
      const again = allocateOrFail({ ...request, recipients: shuffled(request.recipients, order) });
      const byId = new Map(again.rows.map((r) => [r.recipient, r]));
      for (const row of results[k]?.rows ?? []) expect(byId.get(row.recipient)).toEqual(row);
    });
  });

  it('matches a floating-point reference to within a penny when no bound is set', () => {
    const plain = seededRandom(99);
    for (let k = 0; k < 100; k += 1) {
      const request = { ...randomRequest(plain), formula: 'proportional' as const, floorPence: null, ceilingPence: null };
      const recipients = request.recipients.map((r) => ({ id: r.id, measure: r.measure ?? 1 }));
      const allocation = allocateOrFail({ ...request, recipients });
      const weightSum = recipients.reduce((s, r) => s + Number(r.measure), 0);
      allocation.rows.forEach((row, i) => {
        const reference = (request.totalPence * Number(recipients[i]?.measure)) / weightSum;
        expect(Math.abs(row.amountPence - reference)).toBeLessThan(1.001);
      });
    }
  });
});
