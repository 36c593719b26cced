import dayjs from 'dayjs';
import { api, type paths, unwrap } from '../../api/client';
import { SEGMENT_LABEL } from '../../app/labels';

type Json<P extends keyof paths, M extends 'get' | 'post'> =
  NonNullable<paths[P][M]> extends {
    responses:
      | { 200: { content: { 'application/json': infer B } } }
      | { 201: { content: { 'application/json': infer B } } };
  }
    ? B
    : never;

export type DealPage = Json<'/api/v1/workspaces/{workspaceId}/deals', 'get'>;
export type Deal = DealPage['items'][number];
export type WinRates = Json<'/api/v1/workspaces/{workspaceId}/deals/win-rates', 'get'>;
export type DealImportReport = Json<'/api/v1/workspaces/{workspaceId}/deals/import', 'post'>;
export type Outcome = Deal['outcome'];
export type Reason = NonNullable<Deal['reason']>;
export type Segment = NonNullable<Deal['segment']>;

export const OUTCOME_LABEL: Record<Outcome, string> = {
  won: 'Won',
  lost: 'Lost',
  no_decision: 'No decision',
};
export const OUTCOME_COLOR: Record<Outcome, string> = { won: 'teal', lost: 'red', no_decision: 'gray' };
/** Keyed by the server's value set: a reason added there fails the type check here until it has a label. */
export const REASON_LABEL: Record<Reason, string> = {
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
export const segmentLabel = (s: string | null) => (s ? (SEGMENT_LABEL[s] ?? s) : '—');

/** The periods the page offers; kept in the address as `?period=`. */
export const PERIODS = [
  { value: '90', label: 'Last 90 days' },
  { value: '180', label: 'Last 180 days' },
  { value: '365', label: 'Last 12 months' },
  { value: 'all', label: 'All time' },
] as const;
export type Period = (typeof PERIODS)[number]['value'];
export const parsePeriod = (v: string | null): Period =>
  PERIODS.some((p) => p.value === v) ? (v as Period) : '365';
/** The first closing day a period counts, or undefined for all time. */
export const periodFrom = (p: Period, today = dayjs()) =>
  p === 'all' ? undefined : today.subtract(Number(p) - 1, 'day').format('YYYY-MM-DD');

export type DealFilter = {
  from?: string;
  outcome?: Outcome;
  competitorId?: string;
  productId?: string;
  segment?: Segment;
  q?: string;
};

export const loadDealPage = (workspaceId: string, filter: DealFilter, cursor?: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/deals', {
      params: { path: { workspaceId }, query: { limit: 50, cursor, ...filter } },
    }),
  );

export const loadWinRates = (
  workspaceId: string,
  filter: Pick<DealFilter, 'from' | 'productId' | 'segment'>,
  by?: 'competitor' | 'segment' | 'product' | 'reason' | 'month',
) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/deals/win-rates', {
      params: { path: { workspaceId }, query: { ...filter, by } },
    }),
  );

export const loadDeal = (workspaceId: string, id: string) =>
  unwrap(api.GET('/api/v1/workspaces/{workspaceId}/deals/{id}', { params: { path: { workspaceId, id } } }));

export const loadCompetitorOptions = async (workspaceId: string) => {
  const page = await unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/competitors', {
      params: { path: { workspaceId }, query: { limit: 200 } },
    }),
  );
  return page.items.map((c) => ({ value: c.id, label: c.name }));
};

/** A win rate as people read it: "62 %", or a dash without decided deals. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate)} %`);

/** The buyer's name: the customer's, or the account's. */
export const buyerOf = (d: Pick<Deal, 'customer' | 'accountName'>) => d.customer?.name ?? d.accountName;
