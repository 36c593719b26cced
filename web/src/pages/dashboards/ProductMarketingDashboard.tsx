import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Group, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../app/format';
import { labelOptions, SEGMENT_LABEL } from '../../app/labels';
import { optionsOf, usePersonas, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { Empty } from '../../components/States';
import {
  CardRow,
  ChartCard,
  EntityLink,
  FigureTable,
  Kpi,
  KpiGrid,
  NoData,
  Panel,
  WeeklyStack,
} from './DashboardCards';
import { DashboardFilter, DashboardPage } from './DashboardPage';
import {
  changeOf,
  type Filters,
  percent,
  type ProductMarketing,
  signed,
  useFilters,
  useProductMarketing,
  weekLabel,
} from './product-dashboards';
import { useDateRange } from './range';

/** Product marketing's dashboard: conversion, NPS / CSAT and win rate over time and by persona, segment, launch. */
export default function ProductMarketingDashboard() {
  const [range, setRange] = useDateRange();
  const [filters, setFilter] = useFilters();
  const dashboard = useProductMarketing(range, filters);
  return (
    <DashboardPage
      title="Product marketing dashboard"
      subtitle="Conversion, what customers say and how deals go, by persona, segment and launch"
      range={range}
      onRangeChange={setRange}
      controls={<FilterBar filters={filters} onChange={setFilter} />}
      role="product_marketer"
      query={dashboard}
    >
      {(d) => <Figures d={d} />}
    </DashboardPage>
  );
}

function FilterBar({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (key: keyof Filters, value: string | null) => void;
}) {
  const ws = useWorkspace();
  const products = useProducts();
  const personas = usePersonas();
  const launches = useQuery({
    queryKey: ['launches', ws.id, 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/launches', { params: { path: { workspaceId: ws.id } } }),
      ),
    staleTime: 60_000,
  });
  const select = (key: keyof Filters, label: string, data: { value: string; label: string }[]) => (
    <DashboardFilter label={label} data={data} value={filters[key]} onChange={(v) => onChange(key, v)} />
  );
  return (
    <Group gap="xs" align="flex-end" role="group" aria-label="Filters">
      {select('productId', 'Product', optionsOf(products.data))}
      {select('launchId', 'Launch', optionsOf(launches.data))}
      {select('personaId', 'Persona', optionsOf(personas.data))}
      {select('segment', 'Segment', labelOptions(SEGMENT_LABEL))}
    </Group>
  );
}

function Figures({ d }: { d: ProductMarketing }) {
  const s = d.surveys;
  const w = d.winRate;
  const interval = (c: { low: number; high: number } | null) =>
    c ? `95 % interval ${signed(c.low)} to ${signed(c.high)}` : 'No interval without answers';
  return (
    <Stack>
      <KpiGrid>
        <Kpi
          label="Conversion rate"
          value={percent(d.conversion.current.rate)}
          change={changeOf(d.conversion.current.rate, d.conversion.previous?.rate, 'rate')}
          hint={`${formatNumber(d.conversion.current.conversions)} conversions of ${formatNumber(
            d.conversion.current.visitors,
          )} visitors${d.conversion.scope === 'launch' ? ' (this launch’s campaigns)' : ''}`}
        />
        {s ? (
          <>
            <Kpi
              label="NPS"
              value={signed(s.nps.current.score)}
              change={changeOf(s.nps.current.score, s.nps.previous?.score, 'points')}
              hint={`${formatNumber(s.nps.current.answers)} answers · ${interval(s.nps.current.confidence)}`}
            />
            <Kpi
              label="CSAT"
              value={s.csat.current.score == null ? '—' : `${s.csat.current.score}%`}
              change={changeOf(s.csat.current.score, s.csat.previous?.score, 'points')}
              hint={`${formatNumber(s.csat.current.answers)} answers · ${formatNumber(s.csat.current.promoters)} rated 4 or 5 of 5`}
            />
          </>
        ) : null}
        <Kpi
          label="Win rate"
          value={w.current.rate == null ? '—' : `${w.current.rate}%`}
          change={changeOf(w.current.rate, w.previous?.rate, 'points')}
          hint={`${w.current.won} won · ${w.current.lost} lost · ${w.current.noDecision} no decision (not counted)`}
        />
      </KpiGrid>
      {d.surveysHidden && (
        <Alert color="gray" role="note" title="Survey results are not shown to your role">
          {d.surveysHidden}
        </Alert>
      )}
      {s && <SurveyCharts s={s} />}
      <CardRow>
        <WinRateByCompetitor w={w} />
        <WinRateOverTime w={w} />
      </CardRow>
      <Launches d={d} />
    </Stack>
  );
}

type Surveys = NonNullable<ProductMarketing['surveys']>;

function SurveyCharts({ s }: { s: Surveys }) {
  const rows = s.series.map((p) => ({
    week: weekLabel(p.week),
    NPS: p.nps.score,
    CSAT: p.csat.score,
    Promoters: p.nps.promoters,
    Passives: p.nps.passives,
    Detractors: p.nps.detractors,
  }));
  const weekTable = (
    <FigureTable
      caption="NPS and CSAT per week"
      head={['Week of', 'NPS', 'Promoters', 'Passives', 'Detractors', 'CSAT']}
      rows={s.series.map((p) => [
        formatDate(p.week),
        signed(p.nps.score),
        p.nps.promoters,
        p.nps.passives,
        p.nps.detractors,
        p.csat.score == null ? '—' : `${p.csat.score}%`,
      ])}
    />
  );
  return (
    <>
      <CardRow>
        <ChartCard
          title="NPS and CSAT over time"
          label="Line chart of NPS and CSAT per week"
          description="NPS from −100 to 100; CSAT: share of 4 and 5 out of 5. Weeks start on Monday."
          table={weekTable}
        >
          <LineChart
            h={220}
            data={rows}
            dataKey="week"
            connectNulls={false}
            withLegend
            series={[
              { name: 'NPS', color: 'indigo.6' },
              { name: 'CSAT', color: 'teal.6' },
            ]}
          />
        </ChartCard>
        <ChartCard
          title="Promoters, passives and detractors"
          label="Stacked bar chart of NPS promoters, passives and detractors per week"
          description="Promoters 9–10, passives 7–8, detractors 0–6."
        >
          <WeeklyStack
            data={rows}
            series={[
              { name: 'Promoters', color: 'teal.6' },
              { name: 'Passives', color: 'gray.5' },
              { name: 'Detractors', color: 'red.6' },
            ]}
          />
        </ChartCard>
      </CardRow>
      <CardRow cols={3}>
        <NpsBars title="NPS by persona" groups={s.byPersona} none="No persona" />
        <NpsBars
          title="NPS by segment"
          groups={s.bySegment.map((g) => ({ ...g, label: g.key ? (SEGMENT_LABEL[g.key] ?? g.key) : null }))}
          none="No segment"
        />
        <NpsBars title="NPS by launch" groups={s.byLaunch} none="No launch" />
      </CardRow>
    </>
  );
}

function NpsBars(props: { title: string; groups: Surveys['byPersona']; none: string }) {
  const rows = props.groups.map((g) => ({ name: g.label ?? props.none, NPS: g.score, answers: g.answers }));
  return (
    <ChartCard
      title={props.title}
      label={`Bar chart: ${props.title}`}
      table={
        <FigureTable
          caption={props.title}
          head={['Group', 'NPS', 'Answers']}
          rows={rows.map((r) => [r.name, signed(r.NPS), r.answers])}
        />
      }
    >
      {rows.length === 0 ? (
        <NoData>No answers in this range.</NoData>
      ) : (
        <BarChart
          h={Math.max(120, rows.length * 36)}
          data={rows}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 110 }}
          xAxisProps={{ domain: [-100, 100] }}
          series={[{ name: 'NPS', color: 'indigo.6' }]}
        />
      )}
    </ChartCard>
  );
}

function WinRateByCompetitor({ w }: { w: ProductMarketing['winRate'] }) {
  return (
    <ChartCard
      title="Win rate by competitor"
      label="Bar chart of the win rate against each competitor"
      description="Won ÷ (won + lost) of deals closed in the range where the competitor was met; no decision is not a loss."
      footer={
        w.byCompetitor.length > 0 && (
          <Table fz="sm" aria-label="Deals by competitor">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Competitor (battlecard)</Table.Th>
                <Table.Th scope="col">Win rate</Table.Th>
                <Table.Th scope="col">Won</Table.Th>
                <Table.Th scope="col">Lost</Table.Th>
                <Table.Th scope="col">No decision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {w.byCompetitor.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>
                    {c.key ? (
                      <EntityLink kind="competitor" id={c.key}>
                        {c.label}
                      </EntityLink>
                    ) : (
                      c.label
                    )}
                  </Table.Td>
                  <Table.Td>{c.rate == null ? '—' : `${c.rate}%`}</Table.Td>
                  <Table.Td>{c.won}</Table.Td>
                  <Table.Td>{c.lost}</Table.Td>
                  <Table.Td>{c.noDecision}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    >
      {w.byCompetitor.length === 0 ? (
        <NoData>No deals against a named competitor in this range.</NoData>
      ) : (
        <BarChart
          h={Math.max(120, w.byCompetitor.length * 36)}
          data={w.byCompetitor.map((c) => ({ name: c.label ?? '—', 'Win rate': c.rate }))}
          dataKey="name"
          orientation="vertical"
          unit="%"
          yAxisProps={{ width: 110 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'Win rate', color: 'teal.6' }]}
        />
      )}
    </ChartCard>
  );
}

function WinRateOverTime({ w }: { w: ProductMarketing['winRate'] }) {
  const rows = w.series.map((p) => ({
    week: weekLabel(p.week),
    Won: p.won,
    Lost: p.lost,
    'Win rate': p.rate,
  }));
  return (
    <ChartCard
      title="Deals won and lost"
      label="Stacked bar chart of deals won and lost per week"
      description={`By segment: ${
        w.bySegment
          .map(
            (g) =>
              `${g.key ? (SEGMENT_LABEL[g.key] ?? g.key) : 'no segment'} ${g.rate == null ? '—' : `${g.rate}%`}`,
          )
          .join(' · ') || 'no deals'
      }`}
      table={
        <FigureTable
          caption="Deals per week"
          head={['Week of', 'Won', 'Lost', 'Win rate']}
          rows={w.series.map((p) => [formatDate(p.week), p.won, p.lost, p.rate == null ? '—' : `${p.rate}%`])}
        />
      }
    >
      <WeeklyStack
        data={rows}
        series={[
          { name: 'Won', color: 'teal.6' },
          { name: 'Lost', color: 'red.6' },
        ]}
      />
    </ChartCard>
  );
}

function Launches({ d }: { d: ProductMarketing }) {
  return (
    <Panel
      title="Launches"
      description="Reach and conversions in the range from each launch’s campaigns; adoption of its shipped features in the 4 weeks before its date against the 4 weeks from it."
    >
      {d.launches.length === 0 ? (
        <Empty title="No launches in or near this range">
          Launches dated within four weeks of the range show their results here.
        </Empty>
      ) : (
        <Table fz="sm" aria-label="Launch results" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Launch</Table.Th>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Visits</Table.Th>
              <Table.Th scope="col">Visitors</Table.Th>
              <Table.Th scope="col">Conversions</Table.Th>
              <Table.Th scope="col">Adoption before → after</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.launches.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <EntityLink kind="launch" id={l.id}>
                    {l.name}
                  </EntityLink>
                </Table.Td>
                <Table.Td>{formatDate(l.date)}</Table.Td>
                <Table.Td>{formatNumber(l.visits)}</Table.Td>
                <Table.Td>{formatNumber(l.visitors)}</Table.Td>
                <Table.Td>
                  {formatNumber(l.conversions)} ({percent(l.conversionRate)})
                </Table.Td>
                <Table.Td>
                  {l.adoption.features.length === 0
                    ? 'No shipped feature with a signal'
                    : `${percent(l.adoption.before)} → ${percent(l.adoption.after)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
