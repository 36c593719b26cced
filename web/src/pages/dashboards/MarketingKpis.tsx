import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMoney, formatNumber } from '../../app/format';
import { amount, changeOf, formatRoi, type MarketingData, type Totals } from './marketing';

type Kpi = {
  label: string;
  value: (t: Totals, currency: string) => string;
  of: (t: Totals) => number | null;
  lowerIsBetter?: boolean;
  hint?: (t: Totals, currency: string) => string;
};

const KPIS: Kpi[] = [
  { label: 'Visits', value: (t) => formatNumber(t.visits), of: (t) => t.visits },
  { label: 'Visitors', value: (t) => formatNumber(t.visitors), of: (t) => t.visitors },
  { label: 'Leads', value: (t) => formatNumber(t.leads), of: (t) => t.leads },
  {
    label: 'Conversions',
    value: (t) => formatNumber(t.conversions),
    of: (t) => t.conversions,
    hint: (t) =>
      t.conversionRate === null ? 'No visitors' : `${formatNumber(t.conversionRate * 100)} % of visitors`,
  },
  { label: 'Revenue', value: (t, c) => amount(t.revenue, c), of: (t) => t.revenue },
  {
    label: 'Cost per lead',
    value: (t) => formatMoney(t.costPerLead),
    of: (t) => t.costPerLead,
    lowerIsBetter: true,
    hint: (t) => `${formatMoney(t.spend)} spent`,
  },
  {
    label: 'ROI',
    value: (t) => formatRoi(t.roi),
    of: (t) => t.roi,
    hint: (t) => (t.roi === null ? 'No spend in range' : `on ${formatMoney(t.spend)} spent`),
  },
];

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

/** The range's headline figures, each with its change against the previous period when compared. */
export function Kpis({ d }: { d: MarketingData }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
      {KPIS.map((k) => {
        const change = d.previousTotals
          ? changeOf(k.of(d.totals), k.of(d.previousTotals), k.lowerIsBetter)
          : null;
        return (
          <Paper key={k.label} withBorder p="sm" radius="md" role="group" aria-label={k.label}>
            <Text size="xs" c="dimmed">
              {k.label}
            </Text>
            <Text fw={700} size="xl">
              {k.value(d.totals, d.currency)}
            </Text>
            {change && (
              <Group gap={4} wrap="nowrap">
                <Text
                  size="xs"
                  fw={600}
                  c={change.good === null ? 'dimmed' : change.good ? 'teal.9' : 'red.9'}
                  aria-hidden
                >
                  {ARROW[change.direction]}
                </Text>
                <Text size="xs" c={change.good === null ? 'dimmed' : change.good ? 'teal.9' : 'red.9'}>
                  {change.text}
                </Text>
              </Group>
            )}
            {k.hint && (
              <Text size="xs" c="dimmed">
                {k.hint(d.totals, d.currency)}
              </Text>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
