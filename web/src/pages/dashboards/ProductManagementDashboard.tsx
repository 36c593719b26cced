import { AreaChart, BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatMoney, formatNumber } from '../../app/format';
import { optionsOf, useProducts } from '../../app/lookups';
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
  percent,
  type ProductManagement,
  retentionShade,
  useFilters,
  useProductManagement,
  weekLabel,
} from './product-dashboards';
import { useDateRange } from './range';

/** Product management's dashboard: adoption of shipped features, usage, retention and what feedback says. */
export default function ProductManagementDashboard() {
  const [range, setRange] = useDateRange();
  const [filters, setFilter] = useFilters();
  const products = useProducts();
  const dashboard = useProductManagement(range, filters.productId);
  return (
    <DashboardPage
      title="Product management dashboard"
      subtitle="Who uses what shipped, who comes back, and what customers tell you"
      range={range}
      onRangeChange={setRange}
      controls={
        <DashboardFilter
          w={200}
          label="Product"
          placeholder="All products"
          data={optionsOf(products.data)}
          value={filters.productId}
          onChange={(v) => setFilter('productId', v)}
        />
      }
      role="product_manager"
      query={dashboard}
    >
      {(d) => <Figures d={d} />}
    </DashboardPage>
  );
}

function Figures({ d }: { d: ProductManagement }) {
  const negativeShare = d.feedback.current > 0 ? d.feedback.sentiment.negative / d.feedback.current : null;
  return (
    <Stack>
      <KpiGrid>
        <Kpi
          label="Active persons"
          value={formatNumber(d.usage.current)}
          change={changeOf(d.usage.current, d.usage.previous, 'count')}
          hint="Anyone with an event in the range"
        />
        <Kpi
          label="Top feature adoption"
          value={percent(d.adoption.top[0]?.rate)}
          hint={d.adoption.top[0] ? d.adoption.top[0].title : 'No shipped feature has an adoption signal'}
        />
        <Kpi
          label="Feedback received"
          value={formatNumber(d.feedback.current)}
          change={changeOf(d.feedback.current, d.feedback.previous, 'count')}
        />
        <Kpi
          label="Negative feedback"
          value={percent(negativeShare)}
          hint={`${d.feedback.sentiment.negative} of ${d.feedback.current} items`}
        />
      </KpiGrid>
      <Adoption d={d} />
      <CardRow>
        <Usage d={d} />
        <FeedbackVolume d={d} />
      </CardRow>
      <Retention d={d} />
      <CardRow>
        <Themes d={d} />
        <Flagged d={d} />
      </CardRow>
    </Stack>
  );
}

type FeatureRow = ProductManagement['adoption']['top'][number];

function Adoption({ d }: { d: ProductManagement }) {
  const all = [...d.adoption.top, ...d.adoption.bottom];
  const table = (caption: string, list: FeatureRow[]) => (
    <Table fz="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{caption}</Table.Th>
          <Table.Th scope="col">Using it</Table.Th>
          <Table.Th scope="col">Before → after launch</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((f) => (
          <Table.Tr key={f.id}>
            <Table.Td>
              <EntityLink kind="feature" id={f.id}>
                {f.title}
              </EntityLink>
            </Table.Td>
            <Table.Td>
              {percent(f.rate)} ({formatNumber(f.persons)})
            </Table.Td>
            <Table.Td>
              {f.before == null && f.after == null ? '—' : `${percent(f.before)} → ${percent(f.after)}`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <ChartCard
      title="Adoption of shipped features"
      label="Bar chart of the share of active persons using each shipped feature"
      description={`Share of the range’s ${formatNumber(d.adoption.activePersons)} active persons whose events show the feature’s adoption signal; ${d.adoption.shipped} shipped features have one. Before → after: the 4 weeks either side of its launch.`}
      footer={
        all.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {table('Most adopted', d.adoption.top)}
            {d.adoption.bottom.length > 0 && table('Least adopted', d.adoption.bottom)}
          </SimpleGrid>
        )
      }
    >
      {all.length === 0 ? (
        <Empty title="No shipped feature with an adoption signal">
          Set a feature’s adoption signal (an event or a feature flag) on its page to see who uses it.
        </Empty>
      ) : (
        <BarChart
          h={Math.max(120, all.length * 32)}
          data={all.map((f) => ({ name: f.title, Adoption: f.rate == null ? null : f.rate * 100 }))}
          dataKey="name"
          orientation="vertical"
          unit="%"
          yAxisProps={{ width: 160 }}
          series={[{ name: 'Adoption', color: 'indigo.6' }]}
        />
      )}
    </ChartCard>
  );
}

function Usage({ d }: { d: ProductManagement }) {
  return (
    <ChartCard
      title="Usage"
      label="Area chart of active persons per day"
      description={`Per day; per week: ${d.usage.weekly.map((w) => `${weekLabel(w.week)} ${w.persons}`).join(' · ')}`}
      table={
        <FigureTable
          caption="Active persons per day"
          head={['Day', 'Active persons']}
          rows={d.usage.daily.map((p) => [formatDate(p.day), p.persons])}
        />
      }
    >
      <AreaChart
        h={220}
        data={d.usage.daily.map((p) => ({ day: weekLabel(p.day), 'Active persons': p.persons }))}
        dataKey="day"
        series={[{ name: 'Active persons', color: 'indigo.6' }]}
      />
    </ChartCard>
  );
}

function FeedbackVolume({ d }: { d: ProductManagement }) {
  const rows = d.feedback.weeks.map((w) => ({
    week: weekLabel(w.week),
    Positive: w.positive,
    Neutral: w.neutral,
    Negative: w.negative,
    'Not rated': w.unknown,
  }));
  return (
    <ChartCard
      title="Feedback and sentiment"
      label="Stacked bar chart of feedback per week by sentiment"
      table={
        <FigureTable
          caption="Feedback per week by sentiment"
          head={['Week of', 'Positive', 'Neutral', 'Negative', 'Not rated']}
          rows={d.feedback.weeks.map((w) => [
            formatDate(w.week),
            w.positive,
            w.neutral,
            w.negative,
            w.unknown,
          ])}
        />
      }
    >
      <WeeklyStack
        data={rows}
        series={[
          { name: 'Positive', color: 'teal.6' },
          { name: 'Neutral', color: 'gray.5' },
          { name: 'Negative', color: 'red.6' },
          { name: 'Not rated', color: 'blue.2' },
        ]}
      />
    </ChartCard>
  );
}

/** The weekly cohort grid: an accessible table whose cells are shaded by the share that came back. */
function Retention({ d }: { d: ProductManagement }) {
  const periods = d.retention.cohorts[0]?.returning.length ?? 0;
  return (
    <Panel
      title="Retention"
      description="Persons by the week they were first seen, and the share who came back in each week after (week 0 is their first)."
    >
      <Table fz="xs" aria-label="Weekly retention cohorts" withTableBorder style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={110}>
              First seen
            </Table.Th>
            <Table.Th scope="col" w={70}>
              Persons
            </Table.Th>
            {Array.from({ length: periods }, (_, i) => (
              <Table.Th key={i} scope="col" ta="center">
                Week {i}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.retention.cohorts.map((c) => (
            <Table.Tr key={c.start}>
              <Table.Th scope="row">{formatDate(c.start)}</Table.Th>
              <Table.Td>{formatNumber(c.size)}</Table.Td>
              {Array.from({ length: periods }, (_, i) => {
                const n = c.returning[i];
                if (n === undefined || n === null) return <Table.Td key={i} />;
                const share = c.size > 0 ? n / c.size : null;
                const alpha = retentionShade(n, c.size);
                return (
                  <Table.Td
                    key={i}
                    ta="center"
                    title={`${n} of ${c.size}`}
                    style={{
                      background: `rgba(59, 91, 219, ${alpha})`,
                      color: alpha > 0.5 ? 'white' : undefined,
                    }}
                  >
                    {percent(share, 0)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}

function Themes({ d }: { d: ProductManagement }) {
  const ws = useWorkspace();
  const t = d.detractorThemes;
  const inbox = (params: Record<string, string>) =>
    `/w/${ws.id}/feedback?${new URLSearchParams({ status: 'all', sentiment: 'negative', ...params })}`;
  return (
    <Panel
      title="Detractor themes"
      description={`From ${t.feedback} negative survey comments in the range: the tags they were given, the words at least two of them share (common words left out, each counted once per comment), and the features they are linked to.`}
    >
      {t.feedback === 0 ? (
        <NoData>No negative survey feedback in this range.</NoData>
      ) : (
        <SimpleGrid cols={3}>
          <ThemeList
            title="Tags"
            items={t.tags.map((x) => ({
              key: x.tag,
              label: x.tag,
              count: x.count,
              to: inbox({ tag: x.tag }),
            }))}
          />
          <ThemeList
            title="Words"
            items={t.words.map((x) => ({
              key: x.word,
              label: x.word,
              count: x.count,
              to: inbox({ q: x.word }),
            }))}
          />
          <ThemeList
            title="Features"
            items={t.features.map((x) => ({
              key: x.id,
              label: x.title,
              count: x.count,
              to: `/w/${ws.id}/features/${x.id}`,
            }))}
          />
        </SimpleGrid>
      )}
    </Panel>
  );
}

function ThemeList(props: {
  title: string;
  items: { key: string; label: string; count: number; to: string }[];
}) {
  return (
    <div>
      <Text size="sm" fw={600} component="h3" m={0} mb={4}>
        {props.title}
      </Text>
      {props.items.length === 0 ? (
        <Text size="xs" c="dimmed">
          None yet
        </Text>
      ) : (
        <List size="sm" listStyleType="none" spacing={2} aria-label={props.title}>
          {props.items.map((i) => (
            <List.Item key={i.key}>
              <Anchor component={Link} to={i.to}>
                {i.label}
              </Anchor>{' '}
              <Badge size="xs" variant="light" color="gray">
                {i.count}
              </Badge>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function Flagged({ d }: { d: ProductManagement }) {
  const ws = useWorkspace();
  return (
    <Panel
      title="Flagged feedback"
      description="The newest comments from survey detractors whose customer brings revenue."
    >
      {d.flagged.length === 0 ? (
        <NoData>No detractor from a customer with revenue in this range.</NoData>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Flagged feedback"
        >
          {d.flagged.map((f) => (
            <li key={f.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color="red" variant="light" aria-label={`${f.kind.toUpperCase()} score ${f.score}`}>
                  {f.kind.toUpperCase()} {f.score}
                </Badge>
                <div>
                  <EntityLink kind="feedback" id={f.id} size="sm" fw={600}>
                    {f.title || f.text.slice(0, 80)}
                  </EntityLink>
                  <Text size="xs" c="dimmed">
                    {/* A link inside a sentence is underlined: colour alone does not tell it apart (axe). */}
                    <Anchor
                      component={Link}
                      to={`/w/${ws.id}/customers/${f.customer.id}`}
                      size="xs"
                      underline="always"
                    >
                      {f.customer.name}
                    </Anchor>{' '}
                    · {formatMoney(f.customer.annualRevenue)} a year · {formatDate(f.createdAt)}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Panel>
  );
}
