import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, type paths, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import type { DateRange } from './range';

/** Data and pure helpers of the product marketing and product management dashboards. */

type Get<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

export type ProductMarketing = Get<'/api/v1/workspaces/{workspaceId}/dashboards/product-marketing'>;
export type ProductManagement = Get<'/api/v1/workspaces/{workspaceId}/dashboards/product-management'>;
export type Score = NonNullable<ProductMarketing['surveys']>['nps']['current'];

/** The filters the product marketing dashboard keeps in the address beside the range. */
export const PMM_FILTERS = ['productId', 'launchId', 'personaId', 'segment'] as const;
export type Filters = Partial<Record<(typeof PMM_FILTERS)[number], string>>;

/** Filters read from and written to the address (an empty value removes the parameter). */
export function useFilters(): [Filters, (key: keyof Filters, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const key of PMM_FILTERS) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  const set = (key: keyof Filters, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return [filters, set];
}

const rangeQuery = (range: DateRange) => ({
  from: range.from,
  to: range.to,
  compare: (range.compare ? '1' : '0') as '1' | '0',
});

export function useProductMarketing(range: DateRange, filters: Filters) {
  const ws = useWorkspace();
  const query = { ...rangeQuery(range), ...filters } as const;
  return useQuery({
    queryKey: ['dashboards', ws.id, 'product-marketing', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/dashboards/product-marketing', {
          params: {
            path: { workspaceId: ws.id },
            query: query as never,
          },
        }),
      ),
    placeholderData: (prev) => prev,
  });
}

export function useProductManagement(range: DateRange, productId: string | undefined) {
  const ws = useWorkspace();
  const query = { ...rangeQuery(range), ...(productId ? { productId } : {}) };
  return useQuery({
    queryKey: ['dashboards', ws.id, 'product-management', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/dashboards/product-management', {
          params: { path: { workspaceId: ws.id }, query },
        }),
      ),
    placeholderData: (prev) => prev,
  });
}

/** A share (0…1) as a percentage: "12.5%", or a dash. */
export const percent = (rate: number | null | undefined, digits = 1) =>
  rate == null ? '—' : `${(rate * 100).toFixed(digits).replace(/\.0+$/, '')}%`;

/** A signed score: "+12", "−8", "0", or a dash (NPS reads with its sign). */
export const signed = (n: number | null | undefined) =>
  n == null ? '—' : n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';

export type Change = { text: string; tone: 'good' | 'bad' | 'flat' } | null;

/**
 * The change against the previous period, in the figure's own terms: points for scores and percentages
 * ("+4.5 pts"), a relative change for counts. Higher is better for every figure on these dashboards. Null
 * when there is no previous period or either side has no value.
 */
export function changeOf(
  current: number | null | undefined,
  previous: number | null | undefined,
  unit: 'points' | 'rate' | 'count',
): Change {
  if (current == null || previous == null) return null;
  const delta = unit === 'rate' ? (current - previous) * 100 : current - previous;
  const tone = Math.abs(delta) < 1e-9 ? 'flat' : delta > 0 ? 'good' : 'bad';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const abs = Math.abs(delta);
  if (unit === 'count') {
    if (previous === 0) return { text: current === 0 ? 'no change' : 'new', tone };
    const pct = (abs / previous) * 100;
    return { text: `${sign}${pct.toFixed(pct < 10 ? 1 : 0).replace(/\.0$/, '')}%`, tone };
  }
  return { text: `${sign}${abs.toFixed(1).replace(/\.0$/, '')} pts`, tone };
}

/** Weeks as chart rows with a short label ("5 Oct"). */
export const weekLabel = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}`;
};

/**
 * The shade of a retention cell: the share of the cohort that came back, as an alpha between 0.08 and 0.9
 * (a cell with nobody back stays almost white; one with everybody the full colour).
 */
export const retentionShade = (returning: number, size: number) =>
  size === 0 ? 0 : Math.round((0.08 + 0.82 * Math.min(1, returning / size)) * 100) / 100;
