import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { AuditActor } from '../../domain/access/index.ts';
import { FUND_KINDS, FUND_SCOPES, type Fund, type FundKind, type FundScope, type ProfileYear } from '../../domain/funding/index.ts';
import type { Slug } from '../../domain/shared/slug.ts';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database, FundsTable } from '../schema.ts';
import { recordAudit } from './audit.repository.ts';
import { penceFromColumn } from './pence-from-column.ts';

export interface FundsFilter {
  /** Only the funds allocated to this Opportunity Area. */
  readonly opportunityAreaId?: string;
}

export interface FundsPage {
  /** Families in all pages: top-level funds (or pots whose parent is not listed), not counting their pots. */
  readonly total: number;
  /** The page's families in list order, each fund followed by the pots below it. */
  readonly funds: Fund[];
}

type FundRow = Selectable<FundsTable>;

/** Ids per `in (…)` list: well inside both engines' limits on bound values. */
const IDS_PER_QUERY = 1_000;

/** Top-level funds (or, with `id`, that fund), in the area when one is given. */
function roots(db: Kysely<Database>, filter: FundsFilter & { readonly id?: string }) {
  const area = filter.opportunityAreaId;
  let query = db.selectFrom('funds as f');
  if (area !== undefined) query = query.where('f.opportunity_area_id', '=', area);
  if (filter.id !== undefined) return query.where('f.id', '=', filter.id);
  return query.where((eb) => {
    let parent = eb.selectFrom('funds as p').select(sql.lit(1).as('one')).whereRef('p.id', '=', 'f.parent_id');
    if (area !== undefined) parent = parent.where('p.opportunity_area_id', '=', area);
    return eb.or([eb('f.parent_id', 'is', null), eb.not(eb.exists(parent))]);
  });
}

/**
 * Each root followed by the pots below it (in the area, when one is given): every generation in one
 * recursive query (UNION, so a loop of parents ends), ordered as pots are; grouped by parent in that order.
 */
async function withPots(db: Kysely<Database>, rootRows: readonly FundRow[], area: string | undefined): Promise<Fund[]> {
  const order = fundOrder(db);
  const childrenOf = new Map<string, FundRow[]>();
  const seen = new Set(rootRows.map((row) => row.id));
  for (let i = 0; i < rootRows.length; i += IDS_PER_QUERY) {
    const parents = rootRows.slice(i, i + IDS_PER_QUERY).map((row) => row.id);
    const query = db
      .withRecursive('below(id)', (qb) => {
        let first = qb.selectFrom('funds').select('id').where('parent_id', 'in', parents);
        let next = qb.selectFrom('funds as c').innerJoin('below', 'below.id', 'c.parent_id').select('c.id');
        if (area !== undefined) {
          first = first.where('opportunity_area_id', '=', area);
          next = next.where('c.opportunity_area_id', '=', area);
        }
        return first.union(next);
      })
      .selectFrom('funds')
      .selectAll('funds')
      .where('funds.id', 'in', (qb) => qb.selectFrom('below').select('below.id'));
    for (const row of await order.pots(query).execute()) {
      if (row.parent_id === null || seen.has(row.id)) continue;
      seen.add(row.id);
      const siblings = childrenOf.get(row.parent_id) ?? [];
      siblings.push(row);
      childrenOf.set(row.parent_id, siblings);
    }
  }
  const ordered: Fund[] = [];
  const stack = [...rootRows].reverse();
  for (let row = stack.pop(); row !== undefined; row = stack.pop()) {
    ordered.push(fundFromRow(row));
    stack.push(...(childrenOf.get(row.id) ?? []).toReversed());
  }
  return ordered;
}

/**
 * Funds parents first, optionally for one area: each top-level fund followed by its pots, so a table reads
 * as the money flows. Top-level funds by scope (programme funds first, then research schools, careers and
 * national funds), then period, then name; pots below a fund by kind, then name (see `fundOrder`).
 */
export async function listFunds(db: Kysely<Database>, filter: FundsFilter = {}): Promise<Fund[]> {
  const rows = await fundOrder(db).roots(roots(db, filter).selectAll('f')).execute();
  return withPots(db, rows, filter.opportunityAreaId);
}

/**
 * One page of `listFunds`'s list cut into whole families (a fund with every pot below it), reading only
 * the page's funds: the order is the database's. With `id`, the one family of that fund, top-level or not.
 */
export async function listFundsPage(
  db: Kysely<Database>,
  filter: FundsFilter & { readonly id?: string },
  page: { readonly offset: number; readonly limit: number },
): Promise<FundsPage> {
  const [counted, rows] = await Promise.all([
    roots(db, filter)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow(),
    fundOrder(db).roots(roots(db, filter).selectAll('f')).limit(page.limit).offset(page.offset).execute(),
  ]);
  return { total: Number(counted.n), funds: await withPots(db, rows, filter.opportunityAreaId) };
}

/** The contribution pots of these funds, in any area: who pays for each of them (see `fundersOf`). */
export async function listContributionsTo(db: Kysely<Database>, fundIds: readonly string[]): Promise<Fund[]> {
  const found: Fund[] = [];
  for (let i = 0; i < fundIds.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('funds').selectAll().where('parent_id', 'in', fundIds.slice(i, i + IDS_PER_QUERY)).where('kind', '=', 'contribution').orderBy('id').execute();
    found.push(...rows.map(fundFromRow));
  }
  return found;
}

function fundFromRow(row: FundRow): Fund {
  return {
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
  };
}

/**
 * The funds list's order, in SQL so a page reads only its own funds: top-level funds by scope (in
 * `FUND_SCOPES` order), period and name; pots by kind (in `FUND_KINDS` order) and name; the id last, so
 * the order is total. Text is compared ignoring ASCII case first and then lower case before upper, as
 * `Intl.Collator` does for English ("alpha" < "Beta", "ab" < "aB" < "Ab"), by code point in the collation
 * both engines share whatever the database's locale; unlike the collator, punctuation and accented
 * letters fall where their code points put them.
 */
function fundOrder(db: Kysely<Database>) {
  const collation = sql.raw(capabilitiesOf(db).codePointCollation);
  const rank = (column: string, values: readonly string[]) =>
    sql`case ${sql.ref(column)} ${sql.join(values.map((value, i) => sql`when ${sql.lit(value)} then ${sql.lit(i)}`), sql` `)} else -1 end`;
  // Case folded first; then, where two texts differ only in case, the code point order backwards puts
  // lower case first.
  const byText = <Q extends Orderable<Q>>(query: Q, column: string): Q =>
    query.orderBy(sql`lower(${sql.ref(column)} collate ${collation})`).orderBy(sql`${sql.ref(column)} collate ${collation}`, 'desc');
  const byId = <Q extends Orderable<Q>>(query: Q, column: string): Q => query.orderBy(sql`${sql.ref(column)} collate ${collation}`);
  return {
    roots: <Q extends Orderable<Q>>(query: Q): Q => byId(byText(byText(query.orderBy(rank('f.scope', FUND_SCOPES)), 'f.period'), 'f.name'), 'f.id'),
    pots: <Q extends Orderable<Q>>(query: Q): Q => byId(byText(query.orderBy(rank('kind', FUND_KINDS)), 'name'), 'id'),
  };
}

interface Orderable<Q> {
  orderBy(expression: RawBuilder<unknown>, direction?: 'asc' | 'desc'): Q;
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
