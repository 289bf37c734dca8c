import { describe, expect, it } from 'vitest';
import { assignGreedy, assignOptimal, assignWithinReach, type AssignmentProblem } from '../../../src/domain/research-network/index.ts';
import { seededRandom } from '../../../src/domain/social-mobility-index/index.ts';

/** Every feasible assignment tried, never a forbidden (Infinity) pair: most assigned first, then least cost. */
function bruteForce(problem: AssignmentProblem): { assigned: number; totalCost: number } {
  const m = problem.capacities.length;
  let best = { assigned: -1, totalCost: Infinity };
  const room = [...problem.capacities];
  const visit = (i: number, assigned: number, cost: number): void => {
    if (i === problem.schoolCount) {
      if (assigned > best.assigned || (assigned === best.assigned && cost < best.totalCost)) best = { assigned, totalCost: cost };
      return;
    }
    for (let j = -1; j < m; j += 1) {
      const c = j < 0 ? 0 : (problem.costs[i * m + j] ?? Infinity);
      if (j >= 0 && ((room[j] ?? 0) === 0 || c === Infinity)) continue;
      if (j >= 0) room[j] = (room[j] ?? 0) - 1;
      visit(i + 1, assigned + (j >= 0 ? 1 : 0), cost + c);
      if (j >= 0) room[j] = (room[j] ?? 0) + 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

// Along the equator a degree of longitude is 111.2 km.
const hub = (id: string, lon: number, opportunityAreaId: string | null = null) => ({ id, lat: 0, lon, opportunityAreaId });
const school = (urn: number, lon: number | null, opportunityAreaId: string | null = null) => ({ urn, lat: lon === null ? null : 0, lon, opportunityAreaId });

describe('assigning schools to hubs within each hub’s reach', () => {
  it('never gives a school a hub it may not go to (cost Infinity), and is still optimal: 300 random cases against brute force', () => {
    const random = seededRandom(2101);
    for (let k = 0; k < 300; k += 1) {
      const n = 1 + Math.floor(random() * 6);
      const m = 1 + Math.floor(random() * 3);
      const capacities = Array.from({ length: m }, () => Math.floor(random() * 4));
      const costs = Array.from({ length: n * m }, () => (random() < 0.4 ? Infinity : Math.floor(random() * 100)));
      const problem: AssignmentProblem = { schoolCount: n, capacities, costs };
      const optimal = assignOptimal(problem);
      const expected = bruteForce(problem);
      expect([optimal.assigned, optimal.totalCost]).toEqual([expected.assigned, expected.totalCost]);
      optimal.hubOf.forEach((j, i) => {
        if (j >= 0) expect(costs[i * m + j]).not.toBe(Infinity);
      });
      assignGreedy(problem).hubOf.forEach((j, i) => {
        if (j >= 0) expect(costs[i * m + j]).not.toBe(Infinity);
      });
    }
  });

  it('still refuses a negative or NaN cost', () => {
    expect(() => assignOptimal({ schoolCount: 1, capacities: [1], costs: [Number.NaN] })).toThrow(/Costs must be/);
    expect(() => assignOptimal({ schoolCount: 1, capacities: [1], costs: [-1] })).toThrow(/Costs must be/);
  });

  it('serves the hub’s own area at any distance and others within the radius; the rest are outside reach or without a location', () => {
    const result = assignWithinReach(
      [school(1, 0.1), school(2, 0.3), school(3, 0.9, 'far-area'), school(4, null, 'near-area'), school(5, null)],
      [hub('near', 0, 'near-area'), hub('far', 2, 'far-area')],
    );
    expect(result.schools.map((s) => [s.urn, s.status, s.hubId, s.metres])).toEqual([
      [1, 'assigned', 'near', 11_120],
      [2, 'outside-reach', null, null],
      [3, 'assigned', 'far', 122_315],
      [4, 'assigned', 'near', null],
      [5, 'no-location', null, null],
    ]);
    expect(result.schools[1]?.nearestHubId).toBe('near');
    expect(result.schools[1]?.nearestMetres).toBe(33_359);
    expect(result.totalMetres).toBe(11_120 + 122_315);
  });

  it('takes a hub’s own radius before the network’s', () => {
    const schools = [school(1, 0.1), school(2, 0.3)];
    expect(assignWithinReach(schools, [{ ...hub('near', 0), radiusMetres: 40_000 }]).schools.map((s) => s.status)).toEqual(['assigned', 'assigned']);
    expect(assignWithinReach(schools, [{ ...hub('near', 0), radiusMetres: 5_000 }], { radiusMetres: 40_000 }).schools.map((s) => s.status)).toEqual(['outside-reach', 'outside-reach']);
  });

  it('fills a hub to its capacity with its own area first, then the nearest; the rest in reach wait for room', () => {
    const schools = [school(1, 0.01), school(2, 0.02), school(3, 0.15, 'area'), school(4, 0.03)];
    const result = assignWithinReach(schools, [{ ...hub('h', 0, 'area'), capacity: 2 }]);
    expect(result.schools.map((s) => s.status)).toEqual(['assigned', 'hub-full', 'assigned', 'hub-full']);
    expect(result.limits.get('h')).toEqual({ radiusMetres: 20_000, capacity: 2, ownAreaSchools: 1 });
  });

  it('gives a hub 200 places by default, more when its own area has more schools', () => {
    const many = Array.from({ length: 250 }, (_, i) => school(100_000 + i, 0.001 * (i % 100), i < 210 ? 'area' : null));
    const result = assignWithinReach(many, [hub('h', 0, 'area')]);
    expect(result.limits.get('h')?.capacity).toBe(210);
    expect(result.schools.filter((s) => s.status === 'assigned')).toHaveLength(210);
    expect(result.schools.filter((s) => s.status === 'hub-full')).toHaveLength(40);
    expect(assignWithinReach(many.slice(0, 150), [hub('h', 0, 'area')]).limits.get('h')?.capacity).toBe(200);
  });
});
