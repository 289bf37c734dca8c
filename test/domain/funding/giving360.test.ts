import { describe, expect, it } from 'vitest';
import {
  buildFundReport,
  buildGiving360Package,
  giving360CsvColumns,
  OPEN_GOVERNMENT_LICENCE,
  PUBLISHED_FUNDS,
  type FundReport,
  type Giving360Options,
  type Giving360Package,
} from '../../../src/domain/funding/index.ts';
import { PUBLISHED_AREAS } from '../../../src/domain/places/index.ts';
import { PUBLISHED_OPPORTUNITY_AREAS } from '../../../src/domain/programme/index.ts';
import { toCsv } from '../../../src/domain/shared/csv.ts';
import { giving360Errors } from '../../support/giving360-schema.ts';

const names = new Map(PUBLISHED_AREAS.map((a) => [a.code, a.name]));
const areas = PUBLISHED_OPPORTUNITY_AREAS.map((a) => ({ id: a.id, name: a.name, districts: a.districtCodes.map((code) => ({ code, name: names.get(code) ?? code })) }));
const options: Giving360Options = {
  prefix: '360G-test',
  awardDate: '2017-01-18',
  funder: { id: '360G-test-funder-dfe', name: 'Department for Education' },
  publisherName: 'Test publisher',
  license: OPEN_GOVERNMENT_LICENCE,
};
const reportOf = (id: string): FundReport => {
  const report = buildFundReport(PUBLISHED_FUNDS, id);
  if (report === null) throw new Error(id);
  return report;
};
const packageOf = (id: string, overrides: Partial<Giving360Options> = {}): Giving360Package => {
  const built = buildGiving360Package(reportOf(id), areas, { ...options, ...overrides });
  if (!built.ok) throw new Error(built.error);
  return built.value;
};

describe('the 360Giving export', () => {
  it('turns the twelve £6m allocations into twelve grants that validate against the 360Giving package schema', () => {
    const pkg = packageOf('opportunity-areas-2017-2020');
    expect(giving360Errors(pkg)).toEqual([]);
    expect(pkg.grants).toHaveLength(12);
    expect(pkg.grants.reduce((sum, g) => sum + g.amountAwarded * 100, 0)).toBe(7_200_000_000);
    const fenland = pkg.grants.find((g) => g.id === '360G-test-fenland-and-east-cambridgeshire-2017-2020');
    expect(fenland).toMatchObject({
      currency: 'GBP',
      amountAwarded: 6_000_000,
      awardDate: '2017-01-18',
      recipientOrganization: [{ id: '360G-test-org-fenland-and-east-cambridgeshire', name: 'Fenland and East Cambridgeshire Opportunity Area partnership' }],
      fundingOrganization: [{ id: '360G-test-funder-dfe', name: 'Department for Education' }],
      grantProgramme: [{ code: 'opportunity-areas-2017-2020', title: 'Opportunity Areas programme 2017 to 2020' }],
    });
    expect(fenland?.beneficiaryLocation.map((l) => l.geoCode)).toEqual(['E07000010', 'E07000009']);
  });

  it('exports the two published 2020/21 shares in pounds, leaving out the ring-fenced twinning pot', () => {
    const pkg = packageOf('opportunity-areas-2020-21', { awardDate: '2019-11-04' });
    expect(giving360Errors(pkg)).toEqual([]);
    expect(pkg.grants.map((g) => [g.recipientOrganization[0]?.name, g.amountAwarded])).toEqual([
      ['Blackpool Opportunity Area partnership', 1_970_000],
      ['West Somerset Opportunity Area partnership', 980_000],
    ]);
  });

  it('is caught by the schema when a required field is missing or of the wrong type', () => {
    const pkg = packageOf('opportunity-areas-2017-2020');
    const [first, ...rest] = pkg.grants;
    if (first === undefined) throw new Error('no grants');
    const withoutDate = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'awardDate'));
    expect(giving360Errors({ ...pkg, grants: [withoutDate, ...rest] }).map((e) => e.message)).toContain("must have required property 'awardDate'");
    expect(giving360Errors({ ...pkg, grants: [{ ...first, amountAwarded: '6000000' }] }).length).toBeGreaterThan(0);
    expect(giving360Errors({ ...pkg, grants: [{ ...first, awardDate: '18/01/2017' }] }).length).toBeGreaterThan(0);
    expect(giving360Errors({ ...pkg, grants: [{ ...first, recipientOrganization: [] }] }).length).toBeGreaterThan(0);
    expect(giving360Errors({ ...pkg, grants: [] }).length).toBeGreaterThan(0);
  });

  it('writes the spreadsheet layout with the standard’s column titles and numbered locations', () => {
    const pkg = packageOf('opportunity-areas-2017-2020');
    const lines = toCsv(giving360CsvColumns(pkg.grants), pkg.grants).split('\r\n');
    expect(lines[0]).toBe(
      'Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,' +
        'Grant Programme:Code,Grant Programme:Title,Beneficiary Location:0:Name,Beneficiary Location:0:Geographic Code,Beneficiary Location:1:Name,Beneficiary Location:1:Geographic Code',
    );
    expect(lines.find((l) => l.startsWith('360G-test-blackpool-2017-2020'))).toContain(',GBP,6000000,2017-01-18,360G-test-org-blackpool,');
  });

  it('exports a confirmed formula run instead of the pots once there is one, and it still validates', () => {
    const run = { id: 3, rows: [{ recipient: 'blackpool', amountPence: 141_666_667 }, { recipient: 'sch-100001', amountPence: 5 }] };
    const built = buildGiving360Package(reportOf('opportunity-areas-2020-21'), areas, options, run);
    if (!built.ok) throw new Error(built.error);
    expect(giving360Errors(built.value)).toEqual([]);
    expect(built.value.grants.map((g) => [g.id, g.amountAwarded, g.recipientOrganization[0]?.name])).toEqual([
      ['360G-test-opportunity-areas-2020-21-run3-blackpool', 1_416_666.67, 'Blackpool Opportunity Area partnership'],
      ['360G-test-opportunity-areas-2020-21-run3-sch-100001', 0.05, 'sch-100001'],
    ]);
  });

  it('refuses a fund with no allocations, a prefix that is not 360G- and a date that is not YYYY-MM-DD', () => {
    expect(buildGiving360Package(reportOf('careers-fund-2017'), areas, options)).toMatchObject({ ok: false });
    expect(buildGiving360Package(reportOf('opportunity-areas-2017-2020'), areas, { ...options, prefix: 'GB-COH-1' })).toMatchObject({ ok: false });
    expect(buildGiving360Package(reportOf('opportunity-areas-2017-2020'), areas, { ...options, awardDate: 'January 2017' })).toMatchObject({ ok: false });
  });
});
