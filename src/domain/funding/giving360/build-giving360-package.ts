import { err, ok, type Result } from '../../shared/result.ts';
import type { RecipientAmount } from '../current-allocations.ts';
import type { FundReport } from '../fund-report.ts';
import type { Fund } from '../fund.ts';
import type { Giving360Grant, Giving360Options, Giving360Package, GrantRecipientArea } from './giving360-types.ts';

const DATE = /^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The fund's allocations as 360Giving grants (docs/methodology.md §12.6): each `allocation` pot in the
 * fund's tree becomes a grant of its amount to its Opportunity Area (beneficiary locations: the area's
 * districts by GSS code). Ring-fenced pots and funders' contributions are not grants to a recipient and
 * are left out. Ids are `<prefix>-<pot id>`, and recipients `<prefix>-org-<area id>`: identifiers in the
 * publisher's own namespace, as the standard allows where no charity or company number applies. When a
 * formula run has been confirmed for the fund, its rows are the grants instead (`<prefix>-<fund>-run<N>-<recipient>`).
 */
export function buildGiving360Package(
  report: FundReport,
  areas: readonly GrantRecipientArea[],
  options: Giving360Options,
  savedRun: { readonly id: number; readonly rows: readonly RecipientAmount[] } | null = null,
): Result<Giving360Package, string> {
  if (!/^360G-[A-Za-z0-9-]+$/.test(options.prefix)) return err(`"${options.prefix}" is not a 360Giving prefix: it starts 360G- followed by letters, digits and hyphens`);
  if (!DATE.test(options.awardDate)) return err(`"${options.awardDate}" is not a date: give the award date as YYYY-MM-DD`);
  const byId = new Map(areas.map((a) => [a.id, a]));
  if (savedRun !== null && savedRun.rows.length > 0) {
    const grants = savedRun.rows.map((row) => toRunGrant(row, savedRun.id, report.fund, byId.get(row.recipient), options));
    return ok({ grants, publisher: { name: options.publisherName }, license: options.license });
  }
  const allocations = report.pots.map((p) => p.fund).filter((f) => f.kind === 'allocation');
  if (allocations.length === 0) return err(`${report.fund.id} has no allocations to export as grants: allocate it first, or choose a fund with allocations`);
  const grants = allocations.map((pot) => toGrant(pot, report.fund, pot.opportunityAreaId === null ? undefined : byId.get(pot.opportunityAreaId), options));
  return ok({ grants, publisher: { name: options.publisherName }, license: options.license });
}

function toGrant(pot: Fund, fund: Fund, area: GrantRecipientArea | undefined, options: Giving360Options): Giving360Grant {
  const recipient = area === undefined ? { id: `${options.prefix}-org-${pot.id}`, name: pot.name } : { id: `${options.prefix}-org-${area.id}`, name: `${area.name} Opportunity Area partnership` };
  return {
    id: `${options.prefix}-${pot.id}`,
    title: pot.name,
    description: `${pot.name}, ${pot.period}, from ${fund.name}. Source: ${pot.sourceNote}.`,
    currency: 'GBP',
    amountAwarded: poundsFromPence(pot.amountPence),
    awardDate: options.awardDate,
    recipientOrganization: [recipient],
    fundingOrganization: [options.funder],
    grantProgramme: [{ code: fund.id, title: fund.name }],
    beneficiaryLocation: (area?.districts ?? []).map((d) => ({ name: d.name, geoCode: d.code })),
  };
}

function toRunGrant(row: RecipientAmount, runId: number, fund: Fund, area: GrantRecipientArea | undefined, options: Giving360Options): Giving360Grant {
  const name = area === undefined ? row.recipient : area.name;
  return {
    id: `${options.prefix}-${fund.id}-run${String(runId)}-${row.recipient}`,
    title: `${fund.name}: ${name}`,
    description: `${name}'s allocation from ${fund.name}, ${fund.period}, by formula (allocation run ${String(runId)}).`,
    currency: 'GBP',
    amountAwarded: poundsFromPence(row.amountPence),
    awardDate: options.awardDate,
    recipientOrganization: [area === undefined ? { id: `${options.prefix}-org-${row.recipient}`, name: row.recipient } : { id: `${options.prefix}-org-${area.id}`, name: `${area.name} Opportunity Area partnership` }],
    fundingOrganization: [options.funder],
    grantProgramme: [{ code: fund.id, title: fund.name }],
    beneficiaryLocation: (area?.districts ?? []).map((d) => ({ name: d.name, geoCode: d.code })),
  };
}

/** 141_666_667 → 1416666.67: the decimal text is built from the integer, so the number is the nearest to it. */
function poundsFromPence(pence: number): number {
  return Number(`${pence < 0 ? '-' : ''}${String(Math.floor(Math.abs(pence) / 100))}.${String(Math.abs(pence) % 100).padStart(2, '0')}`);
}
