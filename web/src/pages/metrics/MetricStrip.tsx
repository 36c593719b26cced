import '@mantine/charts/styles.css';
import { Sparkline } from '@mantine/charts';
import { Anchor, Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';
import type { DateRange } from '../dashboards/range';
import { changeOf, drillDown, formatMetric, mayEdit, STATUS_COLOR, statusLabel } from './labels';
import { type MetricRole, type SummaryItem, useMetricSummary } from './queries';

/**
 * The row of metric cards a role owns, at the top of its dashboard and on Home: the value over the range in
 * its unit, the change against the previous period (arrow, amount and "better"/"worse" in words, coloured by
 * direction), the target and status with the rule that decided it, and a sparkline. Each card leads to its
 * drill-down: the campaign, launch or feature its filter names, else the metric's page.
 */
export function MetricStrip({ role, range }: { role: MetricRole; range: DateRange }) {
  const ws = useWorkspace();
  const summary = useMetricSummary(role, range);
  return (
    <section aria-label={`${roleLabel(role)} metrics`}>
      <Loading query={summary} label="Loading metrics">
        {(d) =>
          d.metrics.length === 0 ? (
            <Card withBorder padding="sm">
              <Empty
                title={`No ${roleLabel(role).toLowerCase()} metrics yet`}
                action={
                  mayEdit(ws.role, role) ? (
                    <Anchor component={Link} to={`/w/${ws.id}/metrics?new=${role}`} size="sm">
                      Define a metric
                    </Anchor>
                  ) : undefined
                }
              >
                Metrics with targets show here with their status against target.
              </Empty>
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              {d.metrics.map((m) => (
                <MetricCard key={m.id} m={m} compare={d.compare} to={drillDown(ws.id, m)} />
              ))}
            </SimpleGrid>
          )
        }
      </Loading>
    </section>
  );
}

function MetricCard({ m, compare, to }: { m: SummaryItem; compare: boolean; to: string }) {
  const change = compare ? changeOf(m) : null;
  const points = m.series.map((p) => p.value ?? 0);
  return (
    <Card withBorder padding="sm" component="article" aria-label={m.name}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Anchor component={Link} to={to} size="sm" fw={600} lineClamp={1}>
          {m.name}
        </Anchor>
        <Badge color={STATUS_COLOR[m.status]} variant="light" style={{ flexShrink: 0 }}>
          {statusLabel(m.status, m.target)}
        </Badge>
      </Group>
      <Text fz={26} fw={700} lh={1.3}>
        {formatMetric(m.value, m.unit)}
      </Text>
      <Group gap={6} wrap="wrap">
        {change && (
          <Text size="xs" c={change.color}>
            {change.arrow} {change.text}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {m.target == null ? 'No target' : `Target ${formatMetric(m.target, m.unit)}`}
        </Text>
      </Group>
      {points.length > 1 && (
        // One image for assistive technology, named by its figures; the chart inside is inert (recharts makes it focusable).
        <div
          role="img"
          aria-label={`Trend: ${m.series.map((p) => formatMetric(p.value, m.unit)).join(', ')}`}
        >
          <div inert>
            <Sparkline
              h={36}
              mt={4}
              data={points}
              curveType="linear"
              color={STATUS_COLOR[m.status]}
              fillOpacity={0.2}
              strokeWidth={1.5}
            />
          </div>
        </div>
      )}
      <Text size="xs" c="dimmed" mt={4} lineClamp={2}>
        {m.rule}
      </Text>
    </Card>
  );
}
