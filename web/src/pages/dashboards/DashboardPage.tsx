import { Group, Select, type StackProps, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, PageHeader } from '../../components/States';
import { MetricStrip } from '../metrics/MetricStrip';
import type { MetricRole } from '../metrics/queries';
import { RangePicker } from './RangePicker';
import type { DateRange } from './range';

/**
 * The frame every dashboard shares: its title, the range picker with the dashboard's own controls beside it,
 * the role's metric cards, then the dashboard's figures once they load.
 */
export function DashboardPage<T>(props: {
  title: string;
  subtitle: string;
  range: DateRange;
  onRangeChange: (r: Partial<DateRange>) => void;
  /** Beside the range picker: filters, the attribution model. */
  controls?: ReactNode;
  /** Whose metric cards stand above the figures. */
  role: MetricRole;
  query: UseQueryResult<T>;
  loadingLabel?: string;
  gap?: StackProps['gap'];
  children: (data: T) => ReactNode;
}) {
  return (
    <Stack gap={props.gap}>
      <PageHeader title={props.title} subtitle={props.subtitle} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <RangePicker range={props.range} onChange={props.onRangeChange} />
        {props.controls}
      </Group>
      <MetricStrip role={props.role} range={props.range} />
      <Loading query={props.query} label={props.loadingLabel ?? 'Loading the dashboard'}>
        {props.children}
      </Loading>
    </Stack>
  );
}

/** A dashboard filter: one choice of a list, all when cleared. */
export function DashboardFilter(props: {
  label: string;
  data: { value: string; label: string }[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  placeholder?: string;
  w?: number;
}) {
  return (
    <Select
      size="xs"
      w={props.w ?? 170}
      label={props.label}
      placeholder={props.placeholder ?? 'All'}
      clearable
      searchable
      data={props.data}
      value={props.value ?? null}
      onChange={props.onChange}
    />
  );
}
