import { describe, expect, it } from 'vitest';
import { approximateHubLocation } from '../../../src/domain/research-network/index.ts';

describe('placing a hub approximately when its host cannot place it', () => {
  const area = { areaName: 'West Somerset', areaSchools: [{ lat: 51.1, lon: -3.4 }, { lat: 51.2, lon: -3.2 }] };

  it('takes the middle of the located schools in the host’s postcode sector, saying so', () => {
    const placed = approximateHubLocation({ hostName: 'The Blue School, Wells', hostPostcode: 'ba5 2nr', sectorSchools: [{ lat: 51.2, lon: -2.6 }, { lat: 51.22, lon: -2.7 }], ...area });
    expect(placed?.lat).toBeCloseTo(51.21, 10);
    expect(placed?.lon).toBeCloseTo(-2.65, 10);
    expect(placed?.basis).toBe('approximately: the middle of the 2 located schools in its host’s postcode sector BA5 2 (its host, The Blue School, Wells, has no location in the register)');
  });

  it('takes the middle of the area’s located schools for a host with no single URN, or no school in its sector', () => {
    const alliance = approximateHubLocation({ hostName: 'Esk Valley Alliance', hostPostcode: null, sectorSchools: [], ...area });
    expect(alliance?.lat).toBeCloseTo(51.15, 10);
    expect(alliance?.lon).toBeCloseTo(-3.3, 10);
    expect(alliance?.basis).toBe( 'approximately: the middle of the 2 located schools of West Somerset, the area it serves (its host, Esk Valley Alliance, has no single school in the register)');
    expect(approximateHubLocation({ hostName: 'X', hostPostcode: 'BA5 2NR', sectorSchools: [], ...area })?.basis).toContain('no located school shares its host’s postcode sector');
  });

  it('gives nothing when neither is known', () => {
    expect(approximateHubLocation({ hostName: 'X', hostPostcode: null, sectorSchools: [], areaName: null, areaSchools: [] })).toBeNull();
  });
});
