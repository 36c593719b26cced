import '@mantine/charts/styles.css';
import { AreaChart, BarChart, LineChart } from '@mantine/charts';
import { Anchor, SegmentedControl, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate, formatMoney, formatNumber } from '../../app/format';
import { useWorkspace } from '../../app/workspace';
import { Empty } from '../../components/States';
import { Panel } from './DashboardCards';
import { DashboardPage } from './DashboardPage';
import { Kpis } from './MarketingKpis';
import {
  AffiliatesTable,
  BudgetSection,
  CampaignsTable,
  ChannelsTable,
  ProgramsTable,
} from './MarketingSections';
import {
  chartRows,
  isEmpty,
  type MarketingData,
  type Model,
  MODELS,
  TRAFFIC_CHANNEL_LABEL,
} from './marketing';
import { useDateRange } from './range';

const isModel = (v: string | null): v is Model => MODELS.some((m) => m.value === v);

/**
 * The marketing dashboard: what the market answered to marketing's campaigns in a range (in the address, with
 * the previous period beside it), credited by the attribution model chosen here (the workspace's by default).
 */
export default function MarketingDashboard() {
  const ws = useWorkspace();
  const [range, setRange] = useDateRange();
  const [params, setParams] = useSearchParams();
  const asked = params.get('model');
  const model = isModel(asked) ? asked : null;
  const setModel = (m: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('model', m);
        return out;
      },
      { replace: true },
    );
  const dashboard = useQuery({
    queryKey: ['dashboards', ws.id, 'marketing', range.from, range.to, range.compare, model],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/dashboards/marketing', {
          params: {
            path: { workspaceId: ws.id },
            query: {
              from: range.from,
              to: range.to,
              compare: range.compare ? '1' : '0',
              ...(model ? { model } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <DashboardPage
      title="Marketing dashboard"
      subtitle="Traffic, leads, conversions and revenue your campaigns brought, against spend and budget"
      range={range}
      onRangeChange={setRange}
      controls={
        <Stack gap={2}>
          <Text size="xs" c="dimmed" id="attribution-model-label">
            Attribution model
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="attribution-model-label"
            value={model ?? dashboard.data?.model ?? 'last_touch'}
            onChange={setModel}
            data={MODELS}
          />
        </Stack>
      }
      role="marketer"
      query={dashboard}
      loadingLabel="Loading the marketing dashboard"
      gap="lg"
    >
      {(d) => <Body d={d} />}
    </DashboardPage>
  );
}

function SetUpSignals({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  return (
    <Empty
      title={d.goals === 0 ? 'No market signals yet' : 'Nothing happened in this range'}
      action={
        <Anchor component={Link} to={`/w/${ws.id}/signals`}>
          Open Marketing › Market signals
        </Anchor>
      }
    >
      {d.goals === 0
        ? 'Add a source (your website’s snippet, or PostHog or Segment pointed at Tandem) and conversion goals: visits, leads and conversions then appear here, credited to your campaigns.'
        : 'No visits, leads or conversions between these days. Pick a longer range, or check that your sources are sending events.'}
    </Empty>
  );
}

function Body({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  if (isEmpty(d) && d.budget.spend === 0) return <SetUpSignals d={d} />;
  const rows = chartRows(d);
  const compared = d.previous !== null;
  const previousNote = d.previous
    ? ` Dashed: ${formatDate(d.previous.from)} – ${formatDate(d.previous.to)}.`
    : '';
  return (
    <Stack gap="lg">
      <Kpis d={d} />
      {d.goals === 0 && (
        <Text size="sm" c="dimmed">
          No conversion goals yet: conversions and revenue stay at 0.{' '}
          <Anchor component={Link} to={`/w/${ws.id}/signals`} size="sm" underline="always">
            Set up goals in Market signals
          </Anchor>
        </Text>
      )}
      <Panel title="Over time">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Text size="sm" c="dimmed" mb="xs">
              Visits per day.{previousNote}
            </Text>
            <AreaChart
              h={220}
              data={rows}
              dataKey="day"
              withLegend={compared}
              series={[
                { name: 'Visits', color: 'indigo.6' },
                ...(compared ? [{ name: 'Visits (previous)', color: 'gray.5', strokeDasharray: '5 5' }] : []),
              ]}
              role="img"
              aria-label="Area chart of visits per day"
            />
          </div>
          <div>
            <Text size="sm" c="dimmed" mb="xs">
              Leads and conversions per day ({MODELS.find((m) => m.value === d.model)?.label.toLowerCase()}{' '}
              credit).{previousNote}
            </Text>
            <LineChart
              h={220}
              data={rows}
              dataKey="day"
              withLegend
              series={[
                { name: 'Leads', color: 'teal.6' },
                { name: 'Conversions', color: 'orange.6' },
                ...(compared
                  ? [
                      { name: 'Leads (previous)', color: 'teal.3', strokeDasharray: '5 5' },
                      { name: 'Conversions (previous)', color: 'orange.3', strokeDasharray: '5 5' },
                    ]
                  : []),
              ]}
              role="img"
              aria-label="Line chart of leads and conversions per day"
            />
          </div>
        </SimpleGrid>
        <VisuallyHidden>
          <table aria-label="Visits, leads, conversions and revenue per day">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Visits</th>
                <th scope="col">Leads</th>
                <th scope="col">Conversions</th>
                <th scope="col">Revenue</th>
              </tr>
            </thead>
            <tbody>
              {d.series.map((p) => (
                <tr key={p.day}>
                  <td>{formatDate(p.day)}</td>
                  <td>{formatNumber(p.visits)}</td>
                  <td>{formatNumber(p.leads)}</td>
                  <td>{formatNumber(p.conversions)}</td>
                  <td>{formatMoney(p.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Panel>
      <Panel title="By channel">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <BarChart
            h={Math.max(160, d.channels.length * 36)}
            orientation="vertical"
            data={d.channels.map((c) => ({ channel: TRAFFIC_CHANNEL_LABEL[c.channel], Visits: c.visits }))}
            dataKey="channel"
            series={[{ name: 'Visits', color: 'indigo.5' }]}
            role="img"
            aria-label="Bar chart of visits by channel"
          />
          <ChannelsTable d={d} />
        </SimpleGrid>
      </Panel>
      <Panel title="By campaign">
        <CampaignsTable d={d} />
      </Panel>
      <Panel title="By program">
        <ProgramsTable d={d} />
      </Panel>
      <Panel title="Spend and outcome against budget">
        <BudgetSection d={d} />
      </Panel>
      <Panel title="Affiliates">
        <AffiliatesTable d={d} />
      </Panel>
    </Stack>
  );
}
