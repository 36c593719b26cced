import { Group, Select, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { METRIC_ROLES } from './labels';
import { MetricStrip } from './MetricStrip';
import type { MetricRole } from './queries';

/**
 * Home's "Your metrics": the member's role's metrics against target over the current month (with the month
 * before for comparison). Admins choose the role (product management first); viewers own no metric.
 */
export function HomeMetrics({ today = dayjs() }: { today?: dayjs.Dayjs }) {
  const ws = useWorkspace();
  const own = (METRIC_ROLES as readonly string[]).includes(ws.role) ? (ws.role as MetricRole) : null;
  const [chosen, setChosen] = useState<MetricRole>('product_manager');
  if (ws.role !== 'admin' && !own) return null;
  const role = own ?? chosen;
  const range = {
    from: today.startOf('month').format('YYYY-MM-DD'),
    to: today.endOf('month').format('YYYY-MM-DD'),
    compare: true,
  };
  return (
    <Stack gap="xs" mb="md" component="section" aria-labelledby="home-metrics">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4" id="home-metrics">
            Your metrics
          </Title>
          <Text size="xs" c="dimmed">
            {today.format('MMMM YYYY')} so far, against target
          </Text>
        </div>
        {ws.role === 'admin' && (
          <Select
            size="xs"
            w={200}
            label="Metrics of"
            allowDeselect={false}
            value={chosen}
            onChange={(v) => v && setChosen(v as MetricRole)}
            data={METRIC_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          />
        )}
      </Group>
      <MetricStrip role={role} range={range} />
    </Stack>
  );
}
