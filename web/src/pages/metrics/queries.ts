import { useQuery } from '@tanstack/react-query';
import { api, type paths, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import type { DateRange } from '../dashboards/range';

/** Metrics as the pages load them: the list, one metric's detail, and the cards of a role over a range. */

type P = '/api/v1/workspaces/{workspaceId}/metrics';
export type Metric = paths[P]['get']['responses'][200]['content']['application/json']['items'][number];
export type MetricDetail = paths[`${P}/{id}`]['get']['responses'][200]['content']['application/json'];
export type Summary = paths[`${P}/summary`]['get']['responses'][200]['content']['application/json'];
export type SummaryItem = Summary['metrics'][number];
export type MetricRole = Metric['ownerRole'];
export type MetricUnit = Metric['unit'];
export type MetricStatus = SummaryItem['status'];

export function useMetrics() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['metrics', ws.id, 'list'],
    queryFn: () =>
      unwrap(
        api.GET(`/api/v1/workspaces/{workspaceId}/metrics`, { params: { path: { workspaceId: ws.id } } }),
      ),
  });
}

export function useMetric(id: string) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['metrics', ws.id, id],
    queryFn: () =>
      unwrap(
        api.GET(`/api/v1/workspaces/{workspaceId}/metrics/{id}`, {
          params: { path: { workspaceId: ws.id, id } },
        }),
      ),
  });
}

export function useMetricSummary(role: MetricRole, range: DateRange) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['metrics', ws.id, 'summary', role, range.from, range.to, range.compare],
    queryFn: () =>
      unwrap(
        api.GET(`/api/v1/workspaces/{workspaceId}/metrics/summary`, {
          params: {
            path: { workspaceId: ws.id },
            query: { ownerRole: role, from: range.from, to: range.to, compare: range.compare ? '1' : '0' },
          },
        }),
      ),
  });
}
