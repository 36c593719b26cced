import '@mantine/charts/styles.css';
import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Change } from './product-dashboards';

/** Pieces both product dashboards share: a KPI card with its change, and a chart card with a table alternative. */

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
