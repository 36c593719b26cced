import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DealOutcome, DealReason } from '../../core/enums.ts';
import type { Db } from '../../db/client.ts';
import { row } from '../../db/sql.ts';
import { competitors } from '../competitors/schema.ts';
import { products } from '../products/schema.ts';
import { winRate } from '../surveys/scores.ts';
import { type CustomerSegment, type DealFilter, dealConditions } from './deals.ts';
import { deals } from './schema.ts';

export const WIN_RATE_GROUPINGS = ['competitor', 'segment', 'product', 'reason', 'month'] as const;
export type WinRateGrouping = (typeof WIN_RATE_GROUPINGS)[number];

export type WinRateFilter = Pick<DealFilter, 'from' | 'to' | 'productId' | 'segment' | 'competitorId'> & {
  by?: WinRateGrouping;
};
export type Tally = { won: number; lost: number; noDecision: number; winRate: number | null };
export type WinRates = {
  overall: Tally & { wonAmount: number; lostAmount: number };
  groups: (Tally & { key: string | null; label: string })[];
};

export const SEGMENT_LABELS: Record<CustomerSegment, string> = {
  smb: 'SMB',
  mid_market: 'Mid-market',
  enterprise: 'Enterprise',
  public_sector: 'Public sector',
  startup: 'Startup',
  other: 'Other',
};
export const REASON_LABELS: Record<DealReason, string> = {
  price: 'Price',
  product_fit: 'Product fit',
  missing_feature: 'Missing feature',
  ease_of_use: 'Ease of use',
  integration: 'Integration',
  support: 'Support',
  relationship: 'Relationship',
  timing: 'Timing',
  budget: 'Budget',
  other: 'Other',
};

const comp = alias(competitors, 'wr_competitor');
const prod = alias(products, 'wr_product');

/** The group key and its label for each grouping; a deal without the value falls in the null group. */
function grouping(by: WinRateGrouping): { key: SQL<string | null>; label: SQL<string | null> } {
  switch (by) {
    case 'competitor':
      return { key: sql`${deals.competitorId}::text`, label: sql`${comp.name}` };
    case 'product':
      return { key: sql`${deals.productId}::text`, label: sql`${prod.name}` };
    case 'segment':
      return { key: sql`${deals.segment}`, label: sql`null` };
    case 'reason':
      return { key: sql`${deals.reason}`, label: sql`null` };
    case 'month':
      return { key: sql`to_char(${deals.closedOn}, 'YYYY-MM')`, label: sql`null` };
    default: {
      const never: never = by;
      throw new Error(`Unknown grouping ${String(never)}`);
    }
  }
}

const NO_VALUE: Record<WinRateGrouping, string> = {
  competitor: 'No competitor',
  product: 'No product',
  segment: 'No segment',
  reason: 'No reason given',
  month: '',
};

function labelOf(by: WinRateGrouping, key: string | null, name: string | null): string {
  if (key === null) return NO_VALUE[by];
  if (by === 'segment') return SEGMENT_LABELS[key as CustomerSegment] ?? key;
  if (by === 'reason') return REASON_LABELS[key as DealReason] ?? key;
  return name ?? key;
}

const counted = (outcome: DealOutcome) =>
  sql<number>`count(*) filter (where ${deals.outcome} = ${outcome})::int`;
const summed = (outcome: DealOutcome) =>
  sql<number>`coalesce(sum(${deals.amount}) filter (where ${deals.outcome} = ${outcome}), 0)::float8`;

const tally = (won: number, lost: number, noDecision: number): Tally => ({
  won,
  lost,
  noDecision,
  winRate: winRate(won, lost),
});

/**
 * Win rates over the deals that closed in a period, overall and by one grouping, in one grouped query.
 * No decision is counted beside won and lost, not as a loss (winRate = won / (won + lost)). Groups come
 * largest first (by decided deals), months in order.
 */
export async function winRates(db: Db, workspaceId: string, filter: WinRateFilter = {}): Promise<WinRates> {
  const by = filter.by;
  const g = by ? grouping(by) : { key: sql<null>`null`, label: sql<null>`null` };
  let query = db
    .select({
      key: g.key,
      name: g.label,
      won: counted('won'),
      lost: counted('lost'),
      noDecision: counted('no_decision'),
      wonAmount: summed('won'),
      lostAmount: summed('lost'),
    })
    .from(deals)
    .$dynamic();
  if (by === 'competitor')
    query = query.leftJoin(
      comp,
      and(eq(comp.workspaceId, deals.workspaceId), eq(comp.id, deals.competitorId)),
    );
  if (by === 'product')
    query = query.leftJoin(prod, and(eq(prod.workspaceId, deals.workspaceId), eq(prod.id, deals.productId)));
  const grouped = await query
    .where(and(...dealConditions(workspaceId, filter)))
    .groupBy(...(by ? [sql`1`, sql`2`] : []));
  const overall = { won: 0, lost: 0, noDecision: 0, wonAmount: 0, lostAmount: 0 };
  for (const r of grouped) {
    overall.won += r.won;
    overall.lost += r.lost;
    overall.noDecision += r.noDecision;
    overall.wonAmount += r.wonAmount;
    overall.lostAmount += r.lostAmount;
  }
  const groups = by
    ? grouped
        .filter((r) => r.won + r.lost + r.noDecision > 0)
        .map((r) => ({
          key: r.key,
          label: labelOf(by, r.key, r.name),
          ...tally(r.won, r.lost, r.noDecision),
        }))
        .sort((a, b) =>
          by === 'month'
            ? (a.key ?? '').localeCompare(b.key ?? '')
            : b.won + b.lost - (a.won + a.lost) || a.label.localeCompare(b.label),
        )
    : [];
  return {
    overall: {
      ...tally(overall.won, overall.lost, overall.noDecision),
      wonAmount: overall.wonAmount,
      lostAmount: overall.lostAmount,
    },
    groups,
  };
}

export type RecentLoss = {
  id: string;
  name: string;
  accountName: string;
  reason: DealReason | null;
  reasonDetail: string;
  closedOn: string;
  amount: number;
};
export type WinLoss = Tally & { since: string; recentLosses: RecentLoss[] };

/** How far back a battlecard's win / loss looks. */
export const WIN_LOSS_MONTHS = 12;

/**
 * A battlecard's win / loss against its competitor over the last 12 months, in one statement: the deals
 * met against that competitor for the card's product, and those that name no product (a deal recorded
 * without a product was still met against the competitor, and leaving it out would hide most imported
 * deals). The five newest losses come with their reasons; `accountName` is the customer's name when
 * there is a customer.
 */
export async function battlecardWinLoss(
  db: Db,
  workspaceId: string,
  competitorId: string,
  productId: string,
  on = new Date(),
): Promise<WinLoss> {
  const since = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - WIN_LOSS_MONTHS, on.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  const found = await row<{ won: number; lost: number; no_decision: number; recent: RecentLoss[] | string }>(
    db,
    sql`
      with met as (
        select d.id, d.name, d.outcome, d.reason, d.reason_detail, d.closed_on, d.amount, d.customer_id, d.account_name
        from deals d
        where d.workspace_id = ${workspaceId} and d.competitor_id = ${competitorId}
          and (d.product_id = ${productId} or d.product_id is null) and d.closed_on >= ${since}::date
      )
      select
        (select count(*) from met where outcome = 'won')::int as won,
        (select count(*) from met where outcome = 'lost')::int as lost,
        (select count(*) from met where outcome = 'no_decision')::int as no_decision,
        (select coalesce(json_agg(l order by l."closedOn" desc, l.id desc), '[]'::json) from (
          select m.id, m.name, coalesce(c.name, m.account_name) as "accountName", m.reason,
                 m.reason_detail as "reasonDetail", to_char(m.closed_on, 'YYYY-MM-DD') as "closedOn", m.amount
          from met m
          left join customers c on c.workspace_id = ${workspaceId} and c.id = m.customer_id
          where m.outcome = 'lost'
          order by m.closed_on desc, m.id desc
          limit 5
        ) l) as recent
    `,
  );
  const recent =
    typeof found?.recent === 'string' ? (JSON.parse(found.recent) as RecentLoss[]) : found?.recent;
  return {
    ...tally(found?.won ?? 0, found?.lost ?? 0, found?.no_decision ?? 0),
    since,
    recentLosses: recent ?? [],
  };
}
