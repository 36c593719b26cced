import { BarChart } from '@mantine/charts';
import { Anchor, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../app/format';
import { plural } from '../../app/plural';
import { useWorkspace } from '../../app/workspace';
import { amount, formatRoi, type MarketingData, TRAFFIC_CHANNEL_LABEL } from './marketing';

const num = (n: number) => formatNumber(n);

export function ChannelsTable({ d }: { d: MarketingData }) {
  return (
    <Table aria-label="Visits, leads, conversions and revenue by channel" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Channel</Table.Th>
          <Table.Th ta="right">Visits</Table.Th>
          <Table.Th ta="right">Leads</Table.Th>
          <Table.Th ta="right">Conversions</Table.Th>
          <Table.Th ta="right">Revenue</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.channels.map((c) => (
          <Table.Tr key={c.channel}>
            <Table.Td>{TRAFFIC_CHANNEL_LABEL[c.channel]}</Table.Td>
            <Table.Td ta="right">{num(c.visits)}</Table.Td>
            <Table.Td ta="right">{num(c.leads)}</Table.Td>
            <Table.Td ta="right">{num(c.conversions)}</Table.Td>
            <Table.Td ta="right">{amount(c.revenue, d.currency)}</Table.Td>
          </Table.Tr>
        ))}
        {(d.unattributed.leads > 0 || d.unattributed.conversions > 0) && (
          <Table.Tr>
            <Table.Td>
              <Text size="sm" c="dimmed">
                No touch in the {d.lookbackDays}-day lookback
              </Text>
            </Table.Td>
            <Table.Td ta="right">—</Table.Td>
            <Table.Td ta="right">{num(d.unattributed.leads)}</Table.Td>
            <Table.Td ta="right">{num(d.unattributed.conversions)}</Table.Td>
            <Table.Td ta="right">{amount(d.unattributed.revenue, d.currency)}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}

/** Campaigns with a bar of their revenue (or visits, before any revenue) against the best one. */
export function CampaignsTable({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  if (d.campaigns.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No campaign had visits, leads or spend in this range. Campaigns are credited when visits carry their
        UTM campaign value: use the tagged links on each campaign page.
      </Text>
    );
  const byRevenue = d.campaigns.some((c) => c.revenue > 0);
  const measure = (c: MarketingData['campaigns'][number]) => (byRevenue ? c.revenue : c.visits);
  const best = Math.max(...d.campaigns.map(measure), 1);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label="Results by campaign" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Campaign</Table.Th>
            <Table.Th w={140}>{byRevenue ? 'Revenue share' : 'Visits share'}</Table.Th>
            <Table.Th ta="right">Visits</Table.Th>
            <Table.Th ta="right">Leads</Table.Th>
            <Table.Th ta="right">Conversions</Table.Th>
            <Table.Th ta="right">Revenue</Table.Th>
            <Table.Th ta="right">Spend</Table.Th>
            <Table.Th ta="right">Cost per lead</Table.Th>
            <Table.Th ta="right">ROI</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.campaigns.map((c) => (
            <Table.Tr key={c.id ?? 'others'}>
              <Table.Td>
                {c.id ? (
                  <Anchor component={Link} to={`/w/${ws.id}/campaigns/${c.id}`} size="sm">
                    {c.name}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {plural(c.others, 'other campaign')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Progress value={(measure(c) / best) * 100} aria-hidden size="sm" />
              </Table.Td>
              <Table.Td ta="right">{num(c.visits)}</Table.Td>
              <Table.Td ta="right">{num(c.leads)}</Table.Td>
              <Table.Td ta="right">{num(c.conversions)}</Table.Td>
              <Table.Td ta="right">{amount(c.revenue, d.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(c.spend)}</Table.Td>
              <Table.Td ta="right">{formatMoney(c.costPerLead)}</Table.Td>
              <Table.Td ta="right">{formatRoi(c.roi)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ProgramsTable({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  if (d.programs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No program’s campaigns had visits, leads or spend in this range.
      </Text>
    );
  return (
    <Table aria-label="Results by program" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Program</Table.Th>
          <Table.Th ta="right">Visits</Table.Th>
          <Table.Th ta="right">Leads</Table.Th>
          <Table.Th ta="right">Conversions</Table.Th>
          <Table.Th ta="right">Revenue</Table.Th>
          <Table.Th ta="right">Spend</Table.Th>
          <Table.Th ta="right">ROI</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.programs.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Anchor component={Link} to={`/w/${ws.id}/handoff?program=${p.id}`} size="sm">
                {p.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {plural(p.campaigns, 'campaign')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{num(p.visits)}</Table.Td>
            <Table.Td ta="right">{num(p.leads)}</Table.Td>
            <Table.Td ta="right">{num(p.conversions)}</Table.Td>
            <Table.Td ta="right">{amount(p.revenue, d.currency)}</Table.Td>
            <Table.Td ta="right">{formatMoney(p.spend)}</Table.Td>
            <Table.Td ta="right">{formatRoi(p.roi)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Planned against actual spend by month, with what the spend brought (cost per lead, ROI). */
export function BudgetSection({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  const b = d.budget;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {formatMoney(b.spend)} spent of {formatMoney(b.planned)} planned for these days
        {d.filter.campaignId ? ' (the campaign’s own plan)' : ''}.{' '}
        <Anchor component={Link} to={`/w/${ws.id}/budget`} size="sm" underline="always">
          Open the budget
        </Anchor>
      </Text>
      <BarChart
        h={200}
        data={b.months.map((m) => ({ month: m.month, Planned: m.planned, Actual: m.spend }))}
        dataKey="month"
        withLegend
        valueFormatter={formatMoney}
        series={[
          { name: 'Planned', color: 'indigo.5' },
          { name: 'Actual', color: 'teal.6' },
        ]}
        role="img"
        aria-label="Bar chart of planned and actual spend per month"
      />
      <Table aria-label="Spend and outcome per month" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">Planned</Table.Th>
            <Table.Th ta="right">Actual</Table.Th>
            <Table.Th ta="right">Leads</Table.Th>
            <Table.Th ta="right">Cost per lead</Table.Th>
            <Table.Th ta="right">Revenue</Table.Th>
            <Table.Th ta="right">ROI</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {b.months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{m.month}</Table.Td>
              <Table.Td ta="right">{formatMoney(m.planned)}</Table.Td>
              <Table.Td ta="right" c={m.spend > m.planned ? 'red.8' : undefined}>
                {formatMoney(m.spend)}
              </Table.Td>
              <Table.Td ta="right">{num(m.leads)}</Table.Td>
              <Table.Td ta="right">{formatMoney(m.costPerLead)}</Table.Td>
              <Table.Td ta="right">{amount(m.revenue, d.currency)}</Table.Td>
              <Table.Td ta="right">{formatRoi(m.roi)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function AffiliatesTable({ d }: { d: MarketingData }) {
  const ws = useWorkspace();
  if (d.affiliates.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No active affiliate and no referral visits in this range.{' '}
        <Anchor component={Link} to={`/w/${ws.id}/partners`} size="sm" underline="always">
          Open partners
        </Anchor>
      </Text>
    );
  return (
    <Table aria-label="Affiliates" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Affiliate</Table.Th>
          <Table.Th>Code</Table.Th>
          <Table.Th ta="right">Visits</Table.Th>
          <Table.Th ta="right">Conversions</Table.Th>
          <Table.Th ta="right">Revenue</Table.Th>
          <Table.Th ta="right">Commission owed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.affiliates.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.name}</Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {a.referralCode}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{num(a.visits)}</Table.Td>
            <Table.Td ta="right">{num(a.conversions)}</Table.Td>
            <Table.Td ta="right">{amount(a.revenue, d.currency)}</Table.Td>
            <Table.Td ta="right">
              {formatMoney(a.commissionOwed)}
              <Text size="xs" c="dimmed">
                {a.commissionModel === 'percentage'
                  ? `${formatNumber(a.commissionValue)} % of revenue`
                  : `${formatMoney(a.commissionValue)} per conversion`}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
