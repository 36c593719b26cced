import { Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { formatMoney, formatNumber } from '../../app/format';
import { plural } from '../../app/plural';
import { useWorkspace } from '../../app/workspace';
import { Loading } from '../../components/States';

type Model = 'first_touch' | 'last_touch' | 'linear' | 'position_based';

/** The attribution models as a marketer reads them. */
export const MODEL_LABEL: Record<Model, string> = {
  first_touch: 'First touch',
  last_touch: 'Last touch',
  linear: 'Linear',
  position_based: 'Position-based (40/20/40)',
};
const DEFAULT = 'default';

const share = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

/** Revenue in the goals' currency: the app's dollar format for USD, the amount and its code otherwise. */
const amount = (n: number, currency: string) =>
  currency === 'USD' ? formatMoney(n) : `${formatNumber(n)} ${currency}`;

/** What has results of its own: the API resource and the fetch of its `…/{id}/results`. */
const RESULTS = {
  campaigns: (workspaceId: string, id: string, query: { model?: Model }) =>
    api.GET('/api/v1/workspaces/{workspaceId}/campaigns/{id}/results', {
      params: { path: { workspaceId, id }, query },
    }),
  programs: (workspaceId: string, id: string, query: { model?: Model }) =>
    api.GET('/api/v1/workspaces/{workspaceId}/programs/{id}/results', {
      params: { path: { workspaceId, id }, query },
    }),
  launches: (workspaceId: string, id: string, query: { model?: Model }) =>
    api.GET('/api/v1/workspaces/{workspaceId}/launches/{id}/results', {
      params: { path: { workspaceId, id }, query },
    }),
} as const;
export type ResultsOf = keyof typeof RESULTS;

/** A campaign's results: see Results. */
export function CampaignResults({ campaignId }: { campaignId: string }) {
  return <Results of="campaigns" id={campaignId} />;
}

/**
 * A campaign's, program's or launch's results over the last 30 days: visits, leads, conversions, revenue and
 * ROI, credited by the workspace's attribution model or the one chosen here.
 */
export function Results({ of, id }: { of: ResultsOf; id: string }) {
  const ws = useWorkspace();
  const [model, setModel] = useState<Model | typeof DEFAULT>(DEFAULT);
  const results = useQuery({
    queryKey: [of, ws.id, id, 'results', model],
    queryFn: () => unwrap(RESULTS[of](ws.id, id, model === DEFAULT ? {} : { model })),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          Last 30 days
        </Text>
        <Select
          label="Attribution model"
          size="xs"
          w={220}
          allowDeselect={false}
          value={model}
          onChange={(v) => setModel((v ?? DEFAULT) as Model | typeof DEFAULT)}
          data={[
            { value: DEFAULT, label: 'Workspace default' },
            ...Object.entries(MODEL_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
      </Group>
      <Loading query={results} label="Loading results">
        {(r) => (
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <Figure label="Visits" value={formatNumber(r.visits)} hint={plural(r.visitors, 'visitor')} />
            <Figure label="Leads" value={formatNumber(r.leads)} />
            <Figure
              label="Conversions"
              value={formatNumber(r.conversions)}
              hint={r.conversionRate === null ? undefined : `${share.format(r.conversionRate)} of visitors`}
            />
            <Figure label="Revenue" value={amount(r.revenue, r.currency)} />
            <Figure
              label="ROI"
              value={r.roi === null ? '—' : percent.format(r.roi).replace('-', '−')}
              hint={`on ${amount(r.spend, r.currency)} spent`}
            />
          </SimpleGrid>
        )}
      </Loading>
    </Stack>
  );
}

function Figure(props: { label: string; value: string; hint?: string }) {
  return (
    <div role="group" aria-label={props.label}>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={600} size="lg">
        {props.value}
      </Text>
      {props.hint && (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      )}
    </div>
  );
}
