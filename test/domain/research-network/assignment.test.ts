import { describe, expect, it } from 'vitest';
import { assignGreedy, assignOptimal, assignSchoolsToHubs, type AssignmentProblem } from '../../../src/domain/research-network/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';
import { naiveExactAssignmentCost } from '../../support/naive-assignment.ts';

/** Every feasible assignment tried: fewest unassigned first, then least cost. */
function bruteForce(problem: AssignmentProblem): { assigned: number; totalCost: number } {
  const m = problem.capacities.length;
  let best = { assigned: -1, totalCost: Infinity };
  const choice: number[] = [];
  const room = [...problem.capacities];
  const visit = (i: number, assigned: number, cost: number): void => {
    if (i === problem.schoolCount) {
      if (assigned > best.assigned || (assigned === best.assigned && cost < best.totalCost)) best = { assigned, totalCost: cost };
      return;
    }
    for (let j = -1; j < m; j += 1) {
      if (j >= 0 && (room[j] ?? 0) === 0) continue;
      choice[i] = j;
      if (j >= 0) room[j] = (room[j] ?? 0) - 1;
      visit(i + 1, assigned + (j >= 0 ? 1 : 0), cost + (j >= 0 ? (problem.costs[i * m + j] ?? 0) : 0));
      if (j >= 0) room[j] = (room[j] ?? 0) + 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

function randomProblem(random: () => number, n: number, m: number, maxCapacity: number): AssignmentProblem {
  const capacities = Array.from({ length: m }, () => Math.floor(random() * (maxCapacity + 1)));
  const costs = Array.from({ length: n * m }, () => Math.floor(random() * 100));
  return { schoolCount: n, capacities, costs };
}

function respectsCapacities(problem: AssignmentProblem, hubOf: Int32Array): boolean {
  const load = problem.capacities.map(() => 0);
  for (const hub of hubOf) if (hub >= 0) load[hub] = (load[hub] ?? 0) + 1;
  return load.every((l, j) => l <= (problem.capacities[j] ?? 0));
}

describe('assigning schools to hubs', () => {
  it('beats nearest-hub greedy on a hand-made case: hubs at 0 and 10, room for one each, schools at 4 then 1', () => {
    // School at 4 is nearer hub 0 (4 vs 6), so greedy gives it hub 0 and sends the school at 1 to hub 1 (9).
    const problem: AssignmentProblem = { schoolCount: 2, capacities: [1, 1], costs: [4, 6, 1, 9] };
    const greedy = assignGreedy(problem);
    const optimal = assignOptimal(problem);
    expect([...greedy.hubOf]).toEqual([0, 1]);
    expect(greedy.totalCost).toBe(13);
    expect([...optimal.hubOf]).toEqual([1, 0]);
    expect(optimal.totalCost).toBe(7);
  });

  it('beats greedy on real distances: two hubs on the equator a degree apart', () => {
    const hubs = [
      { id: 'west', lat: 0, lon: 0, capacity: 1 },
      { id: 'east', lat: 0, lon: 1, capacity: 1 },
    ];
    const schools = [
      { urn: 100001, lat: 0, lon: 0.4 },
      { urn: 100002, lat: 0, lon: 0.1 },
    ];
    const optimal = assignSchoolsToHubs(schools, hubs, 'optimal');
    const greedy = assignSchoolsToHubs(schools, hubs, 'greedy');
    expect(optimal.schools.map((s) => s.hubId)).toEqual(['east', 'west']);
    expect(greedy.schools.map((s) => s.hubId)).toEqual(['west', 'east']);
    // 0.6° + 0.1° of the equator against 0.4° + 0.9°, at 111,195 m a degree.
    expect(optimal.totalMetres).toBeCloseTo(0.7 * 111_195, -1);
    expect(greedy.totalMetres).toBeCloseTo(1.3 * 111_195, -1);
    expect(optimal.schools[0]?.nearestHubId).toBe('west');
  });

  it('assigns as many schools as the capacities allow, leaving out those costing most to keep', () => {
    // Room for one; the second school is far nearer, so it is the one assigned even though it comes later.
    const problem: AssignmentProblem = { schoolCount: 2, capacities: [1], costs: [50, 5] };
    const optimal = assignOptimal(problem);
    expect([...optimal.hubOf]).toEqual([-1, 0]);
    expect(optimal).toMatchObject({ assigned: 1, totalCost: 5 });
    expect(assignGreedy(problem)).toMatchObject({ assigned: 1, totalCost: 50 });
  });

  it('handles no hubs and hubs with no room', () => {
    expect(assignOptimal({ schoolCount: 2, capacities: [], costs: [] })).toMatchObject({ assigned: 0, totalCost: 0 });
    expect([...assignOptimal({ schoolCount: 2, capacities: [0, 2], costs: [1, 9, 1, 9] }).hubOf]).toEqual([1, 1]);
  });

  it('refuses a malformed problem', () => {
    expect(() => assignOptimal({ schoolCount: 2, capacities: [1], costs: [1] })).toThrow(/Expected 2 costs/);
    expect(() => assignOptimal({ schoolCount: 1, capacities: [1.5], costs: [1] })).toThrow(/whole number/);
    expect(() => assignGreedy({ schoolCount: 1, capacities: [1], costs: [-1] })).toThrow(/not negative/);
  });

  it('equals brute force on 400 small random cases, and is never worse than greedy', () => {
    const random = seededRandom(20_171_107);
    let strictlyBetter = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const n = 1 + Math.floor(random() * 7);
      const m = 1 + Math.floor(random() * 3);
      const problem = randomProblem(random, n, m, 3);
      const optimal = assignOptimal(problem);
      const greedy = assignGreedy(problem);
      const exact = bruteForce(problem);
      expect(respectsCapacities(problem, optimal.hubOf)).toBe(true);
      expect({ assigned: optimal.assigned, totalCost: optimal.totalCost }).toEqual(exact);
      expect(greedy.assigned).toBe(optimal.assigned);
      expect(optimal.totalCost).toBeLessThanOrEqual(greedy.totalCost);
      if (optimal.totalCost < greedy.totalCost) strictlyBetter += 1;
    }
    // The cases must include some where greedy loses, or the comparison proves nothing.
    expect(strictlyBetter).toBeGreaterThan(20);
  });

  it('is never worse than greedy on larger random cases', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial += 1) {
      const problem = randomProblem(random, 200, 8, 40);
      const optimal = assignOptimal(problem);
      const greedy = assignGreedy(problem);
      expect(respectsCapacities(problem, optimal.hubOf)).toBe(true);
      expect(optimal.assigned).toBe(Math.min(200, problem.capacities.reduce((a, b) => a + b, 0)));
      expect(optimal.totalCost).toBeLessThanOrEqual(greedy.totalCost);
    }
  });
});

describe('the optimal assignment against an independent exact method', () => {
  it('agrees with Bellman–Ford successive shortest paths on 60 medium random cases', () => {
    const random = seededRandom(1_996);
    let compared = 0;
    for (let trial = 0; trial < 60; trial += 1) {
      const problem = randomProblem(random, 20 + Math.floor(random() * 40), 2 + Math.floor(random() * 5), 15);
      const optimal = assignOptimal(problem);
      const capacity = problem.capacities.reduce((a, b) => a + b, 0);
      // The naive method keeps the first schools that fit, so compare only where everyone fits.
      if (capacity < problem.schoolCount) continue;
      expect(optimal.totalCost).toBe(naiveExactAssignmentCost(problem));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
