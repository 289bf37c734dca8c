import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { FUND_KINDS, FUND_SCOPES, type Fund, type FundKind, type FundScope, type ProfileYear } from '../../domain/funding/index.ts';
import type { Slug } from '../../domain/shared/slug.ts';
import type { Database } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

export interface FundsRepository {
  /** Funds in the order they were published (parents before their pots), optionally for one area. */
  listFunds(filter?: { opportunityAreaId?: string }): Promise<Fund[]>;
}

export function createFundsRepository(db: Kysely<Database>): FundsRepository {
  return {
    async listFunds(filter = {}) {
      let query = db.selectFrom('funds').selectAll();
      if (filter.opportunityAreaId !== undefined) query = query.where('opportunity_area_id', '=', filter.opportunityAreaId);
      const rows = await query.execute();
      const funds = rows.map((row): Fund => ({
        id: row.id as Slug,
        name: row.name,
        amountPence: penceFromColumn(row.amount_pence),
        period: row.period,
        scope: row.scope as FundScope,
        kind: row.kind as FundKind,
        parentId: row.parent_id as Slug | null,
        opportunityAreaId: row.opportunity_area_id as Slug | null,
        sourceNote: row.source_note,
        funder: row.funder,
        conditions: row.conditions,
        profile: JSON.parse(row.profile) as ProfileYear[],
      }));
      return orderParentsFirst(funds);
    },
  };
}

/**
 * Each top-level fund followed by its pots, so a table reads as the money flows: programme funds first, then
 * research schools, careers and national funds; within a scope by period; pots by kind, then name.
 */
// The same order as String#localeCompare, which builds its collator again on every call (slow over thousands).
const byText = new Intl.Collator().compare;

function orderParentsFirst(funds: Fund[]): Fund[] {
  const ids = new Set(funds.map((f) => f.id));
  const byScope = (f: Fund) => FUND_SCOPES.indexOf(f.scope);
  const byKind = (f: Fund) => FUND_KINDS.indexOf(f.kind);
  const roots = funds
    .filter((f) => f.parentId === null || !ids.has(f.parentId))
    .sort((a, b) => byScope(a) - byScope(b) || byText(a.period, b.period) || byText(a.name, b.name));
  // Pots grouped by parent once, so ordering stays linear in the number of funds rather than quadratic.
  const childrenOf = new Map<string, Fund[]>();
  for (const fund of funds) {
    if (fund.parentId === null) continue;
    const list = childrenOf.get(fund.parentId) ?? [];
    list.push(fund);
    childrenOf.set(fund.parentId, list);
  }
  const ordered: Fund[] = [];
  const visit = (fund: Fund) => {
    ordered.push(fund);
    const children = [...(childrenOf.get(fund.id) ?? [])].sort((a, b) => byKind(a) - byKind(b) || byText(a.name, b.name));
    for (const child of children) visit(child);
  };
  for (const root of roots) visit(root);
  return ordered;
}

/**
 * Sets a fund's spending profile by academic year (already checked with `checkProfile`), with an audit entry
 * of before and after. 'not_found' when there is no such fund; 'unchanged' when it is already this profile.
 */
export async function setFundProfile(
  db: Kysely<Database>,
  fundId: string,
  profile: readonly ProfileYear[],
  actor: AuditActor,
  now: () => Date,
): Promise<'not_found' | 'changed' | 'unchanged'> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('funds').select('profile').where('id', '=', fundId).executeTakeFirst();
    if (current === undefined) return 'not_found';
    const next = JSON.stringify(profile);
    if (current.profile === next) return 'unchanged';
    await trx.updateTable('funds').set({ profile: next }).where('id', '=', fundId).execute();
    await recordAudit(trx, { actor, at: now().toISOString(), action: 'fund.profile', entityType: 'fund', entityId: fundId, summary: { before: JSON.parse(current.profile) as unknown, after: profile } });
    return 'changed';
  });
}
