import '@mantine/charts/styles.css';
import { BarChart, type BarChartSeries } from '@mantine/charts';
import {
  Anchor,
  Group,
  type MantineSize,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type EntityKind, linkTo } from '../../app/links';
import { useWorkspace } from '../../app/workspace';
import type { Change } from './product-dashboards';

/**
 * Pieces the dashboards share: KPI cards with their change, chart cards with a table alternative, titled panels,
 * the grids they stand in, and links to what a figure is about.
 */

export function Kpi(props: { label: string; value: string; change?: Change; hint?: ReactNode }) {
  const { change } = props;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={props.label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {props.label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {props.value}
      </Text>
      {change && (
        <Text
          size="sm"
          fw={600}
          c={change.tone === 'good' ? 'teal.9' : change.tone === 'bad' ? 'red.9' : 'dimmed'}
        >
          <span aria-hidden="true">{change.tone === 'good' ? '▲ ' : change.tone === 'bad' ? '▼ ' : ''}</span>
          {change.text} vs previous period
        </Text>
      )}
      {props.hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {props.hint}
        </Text>
      )}
    </Paper>
  );
}

/**
 * A chart with a title; the chart is one image to assistive technology (named by `label`), and `table` is the
 * same figures as a table for screen readers.
 */
export function ChartCard(props: {
  title: string;
  label: string;
  description?: ReactNode;
  children: ReactNode;
  table?: ReactNode;
  /** Shown under the chart (a table with links, a note). */
  footer?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={props.title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">
            {props.title}
          </Title>
          {props.actions}
        </Group>
        {props.description && (
          <Text size="xs" c="dimmed">
            {props.description}
          </Text>
        )}
        <div role="img" aria-label={props.label}>
          {props.children}
        </div>
        {props.table && <VisuallyHidden>{props.table}</VisuallyHidden>}
        {props.footer}
      </Stack>
    </Paper>
  );
}

/** A titled section of a dashboard (tables, lists). */
export function Panel(props: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={props.title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.description && (
          <Text size="xs" c="dimmed">
            {props.description}
          </Text>
        )}
        {props.children}
      </Stack>
    </Paper>
  );
}

/** A plain table for a chart's figures (read by screen readers; shown where a list is the better view). */
export function FigureTable(props: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The row of KPI cards at the top of a dashboard or a panel. */
export function KpiGrid({ children }: { children: ReactNode }) {
  return <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>{children}</SimpleGrid>;
}

/** Cards side by side on a wide screen (two by default), one above the other on a narrow one. */
export function CardRow({ cols = 2, children }: { cols?: number; children: ReactNode }) {
  return <SimpleGrid cols={{ base: 1, lg: cols }}>{children}</SimpleGrid>;
}

/** What a card says when the range holds nothing for it. */
export function NoData({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** A link to the page of an item a figure is about (a feature, a launch, a competitor). */
export function EntityLink(props: {
  kind: EntityKind;
  id: string;
  children: ReactNode;
  size?: MantineSize;
  fw?: number;
  underline?: 'always';
}) {
  const ws = useWorkspace();
  return (
    <Anchor
      component={Link}
      to={linkTo(ws.id, { entityType: props.kind, entityId: props.id })}
      size={props.size}
      fw={props.fw}
      underline={props.underline}
    >
      {props.children}
    </Anchor>
  );
}

/** Counts per week stacked in one bar (won and lost, feedback by sentiment), with a legend. */
export function WeeklyStack(props: { data: Record<string, unknown>[]; series: BarChartSeries[] }) {
  return (
    <BarChart h={220} data={props.data} dataKey="week" type="stacked" withLegend series={props.series} />
  );
}
