import { parseGssCode } from '../shared/gss-code.ts';
import { unwrapOrThrow } from '../shared/result.ts';
import type { Area, AreaKind } from './area.ts';

const ONS_NOTE = 'ONS register of geographic codes (GSS), local authority districts 2013–2018';

function area(code: string, name: string, kind: AreaKind, parent: string | null): Area {
  return {
    code: unwrapOrThrow(parseGssCode(code)),
    name,
    kind,
    parentCode: parent === null ? null : unwrapOrThrow(parseGssCode(parent)),
    sourceNote: ONS_NOTE,
  };
}

/**
 * The geography the twelve Opportunity Areas sit in: England, its regions, the counties that are the
 * education authority for two-tier districts, and the member districts (codes as in 2016/17).
 */
export const PUBLISHED_AREAS: readonly Area[] = [
  area('E92000001', 'England', 'country', null),
  area('E12000002', 'North West', 'region', 'E92000001'),
  area('E12000003', 'Yorkshire and The Humber', 'region', 'E92000001'),
  area('E12000004', 'East Midlands', 'region', 'E92000001'),
  area('E12000005', 'West Midlands', 'region', 'E92000001'),
  area('E12000006', 'East of England', 'region', 'E92000001'),
  area('E12000008', 'South East', 'region', 'E92000001'),
  area('E12000009', 'South West', 'region', 'E92000001'),
  area('E10000003', 'Cambridgeshire', 'education_la', 'E12000006'),
  area('E10000011', 'East Sussex', 'education_la', 'E12000008'),
  area('E10000020', 'Norfolk', 'education_la', 'E12000006'),
  area('E10000023', 'North Yorkshire', 'education_la', 'E12000003'),
  area('E10000027', 'Somerset', 'education_la', 'E12000009'),
  area('E10000029', 'Suffolk', 'education_la', 'E12000006'),
  area('E06000009', 'Blackpool', 'district', 'E12000002'),
  area('E06000015', 'Derby', 'district', 'E12000004'),
  area('E06000021', 'Stoke-on-Trent', 'district', 'E12000005'),
  area('E08000004', 'Oldham', 'district', 'E12000002'),
  area('E08000017', 'Doncaster', 'district', 'E12000003'),
  area('E08000032', 'Bradford', 'district', 'E12000003'),
  area('E07000009', 'East Cambridgeshire', 'district', 'E10000003'),
  area('E07000010', 'Fenland', 'district', 'E10000003'),
  area('E07000062', 'Hastings', 'district', 'E10000011'),
  area('E07000148', 'Norwich', 'district', 'E10000020'),
  area('E07000168', 'Scarborough', 'district', 'E10000023'),
  area('E07000191', 'West Somerset', 'district', 'E10000027'),
  area('E07000202', 'Ipswich', 'district', 'E10000029'),
];
