import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDate, formatMoney } from '../../app/format';
import { labelOptions, SEGMENT_LABEL } from '../../app/labels';
import { optionsOf, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { FormModal } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import {
  FilterSelect,
  ListFilters,
  PagedList,
  SearchFilter,
  usePages,
  useSearch,
} from '../../components/PagedList';
import { ErrorNote, PageHeader } from '../../components/States';
import {
  buyerOf,
  type Deal,
  type DealFilter,
  formatRate,
  loadCompetitorOptions,
  loadDeal,
  loadDealPage,
  loadWinRates,
  OUTCOME_COLOR,
  OUTCOME_LABEL,
  type Outcome,
  parsePeriod,
  PERIODS,
  periodFrom,
  REASON_LABEL,
  type Segment,
  segmentLabel,
  type WinRates,
} from './data';
import { DealForm } from './DealForm';
import { ImportDeals } from './ImportDeals';

/** Deals won and lost: win rates, by competitor, and every deal with filters. `?deal=<id>` opens one. */
export default function DealsPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const period = parsePeriod(params.get('period'));
  const search = useSearch();
  const q = search.q;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [competitorId, setCompetitorId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [segment, setSegment] = useState<Segment | null>(null);
  const [editing, setEditing] = useState<Deal | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const products = useProducts();
  const competitors = useQuery({
    queryKey: ['competitors', ws.id, 'options'],
    queryFn: () => loadCompetitorOptions(ws.id),
    staleTime: 60_000,
  });
  const from = periodFrom(period);
  const scope = { from, productId: productId ?? undefined, segment: segment ?? undefined };
  const rates = useQuery({
    queryKey: ['deals', ws.id, 'win-rates', scope],
    queryFn: () => loadWinRates(ws.id, scope, 'competitor'),
    placeholderData: keepPreviousData,
  });
  const filter: DealFilter = {
    ...scope,
    q: q || undefined,
    outcome: outcome ?? undefined,
    competitorId: competitorId ?? undefined,
  };
  const list = usePages(['deals', ws.id, 'list', filter], (cursor) => loadDealPage(ws.id, filter, cursor));
  // A link from a battlecard's recent losses opens that deal.
  const linked = params.get('deal');
  const opened = useQuery({
    queryKey: ['deals', ws.id, 'one', linked],
    queryFn: () => loadDeal(ws.id, linked!),
    enabled: Boolean(linked),
  });
  const closeDeal = () => {
    setEditing(null);
    if (linked)
      setParams(
        (p) => {
          p.delete('deal');
          return p;
        },
        { replace: true },
      );
  };
  const shown = editing ?? (linked && opened.data ? opened.data : null);
  const filtered = Boolean(q || outcome || competitorId || productId || segment);
  const recordButton = (
    <GuardedButton artefact="deal" action="create" onClick={() => setEditing('new')}>
      Record deal
    </GuardedButton>
  );
  return (
    <Stack>
      <PageHeader
        title="Win / loss"
        subtitle="Deals won and lost: against whom, why, and the win rate by competitor. Battlecards show the same figures to sales."
        actions={
          <Group gap="xs">
            <GuardedButton
              artefact="deal"
              action="create"
              variant="default"
              onClick={() => setImporting(true)}
            >
              Import CSV
            </GuardedButton>
            {recordButton}
          </Group>
        }
      />
      <ListFilters>
        <Select
          label="Closed in"
          allowDeselect={false}
          data={PERIODS.map((p) => ({ ...p }))}
          value={period}
          onChange={(v) =>
            setParams(
              (p) => {
                p.set('period', v ?? '365');
                return p;
              },
              { replace: true },
            )
          }
          w={170}
        />
        <FilterSelect
          label="Product"
          data={optionsOf(products.data)}
          value={productId}
          onChange={setProductId}
          w={220}
        />
        <FilterSelect
          label="Segment"
          data={labelOptions(SEGMENT_LABEL)}
          value={segment}
          onChange={(v) => setSegment(v as Segment | null)}
          w={170}
        />
      </ListFilters>
      {rates.isError ? <ErrorNote error={rates.error} /> : rates.data && <Summary rates={rates.data} />}
      <Title order={2} size="h4">
        Deals
      </Title>
      <ListFilters>
        <SearchFilter search={search} placeholder="Deal, account or customer" w={260} />
        <FilterSelect
          label="Outcome"
          data={labelOptions(OUTCOME_LABEL)}
          value={outcome}
          onChange={setOutcome}
          w={160}
        />
        <FilterSelect
          label="Competitor"
          searchable
          data={competitors.data ?? []}
          value={competitorId}
          onChange={setCompetitorId}
          w={220}
        />
      </ListFilters>
      <PagedList
        query={list}
        noun="deals"
        filtered={filtered}
        noMatch={{
          title: 'No deal matches these filters',
          hint: 'Clear the filters to see every deal of the period.',
        }}
        empty={{
          title: 'No deals in this period',
          action: recordButton,
          hint: 'Record the deals that closed, won or lost, with the competitor met and the reason, or import them from your CRM as CSV. Win rates and battlecards fill in from them.',
        }}
      >
        {(rows) => <DealTable rows={rows} onOpen={setEditing} />}
      </PagedList>
      <FormModal
        opened={shown !== null}
        onClose={closeDeal}
        title={shown === 'new' ? 'Record a deal' : shown ? shown.name : ''}
        size="xl"
      >
        {shown !== null && <DealForm deal={shown === 'new' ? null : shown} onDone={closeDeal} />}
      </FormModal>
      <FormModal
        opened={importing}
        onClose={() => setImporting(false)}
        title="Import deals from CSV"
        size="xl"
      >
        {importing && <ImportDeals onDone={() => setImporting(false)} />}
      </FormModal>
    </Stack>
  );
}

function Card({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The period's win rate, counts and amounts, and the win rate by competitor as bars. */
export function Summary({ rates }: { rates: WinRates }) {
  const o = rates.overall;
  const decided = rates.groups.filter((g) => g.winRate !== null);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} aria-label="Win rate summary">
        <Card label="Win rate" value={formatRate(o.winRate)} note="Won ÷ (won + lost); no decision apart" />
        <Card label="Won" value={String(o.won)} note={formatMoney(o.wonAmount)} />
        <Card label="Lost" value={String(o.lost)} note={formatMoney(o.lostAmount)} />
        <Card label="No decision" value={String(o.noDecision)} />
      </SimpleGrid>
      {decided.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            Win rate by competitor
          </Title>
          {/* The chart is a picture of the table below it; a div with a role carries its name (axe refuses a
              name on the chart's own element). */}
          <div
            role="img"
            aria-label={`Bar chart of the win rate against each competitor: ${decided
              .map((g) => `${g.label} ${formatRate(g.winRate)}`)
              .join(', ')}`}
          >
            <BarChart
              h={Math.max(160, decided.length * 44)}
              data={decided.map((g) => ({ competitor: g.label, 'Win rate': g.winRate ?? 0 }))}
              dataKey="competitor"
              orientation="vertical"
              yAxisProps={{ width: 170 }}
              xAxisProps={{ domain: [0, 100] }}
              valueFormatter={(v) => `${Math.round(v)} %`}
              series={[{ name: 'Win rate', color: 'teal.6' }]}
            />
          </div>
          <Table mt="sm" aria-label="Win rate by competitor" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Competitor</Table.Th>
                <Table.Th scope="col">Won</Table.Th>
                <Table.Th scope="col">Lost</Table.Th>
                <Table.Th scope="col">No decision</Table.Th>
                <Table.Th scope="col">Win rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.groups.map((g) => (
                <Table.Tr key={g.key ?? 'none'}>
                  <Table.Td>{g.label}</Table.Td>
                  <Table.Td>{g.won}</Table.Td>
                  <Table.Td>{g.lost}</Table.Td>
                  <Table.Td>{g.noDecision}</Table.Td>
                  <Table.Td fw={600}>{formatRate(g.winRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function DealTable({ rows, onOpen }: { rows: Deal[]; onOpen: (d: Deal) => void }) {
  return (
    <Table aria-label="Deals" striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Deal</Table.Th>
          <Table.Th scope="col">Buyer</Table.Th>
          <Table.Th scope="col">Outcome</Table.Th>
          <Table.Th scope="col">Amount</Table.Th>
          <Table.Th scope="col">Competitor</Table.Th>
          <Table.Th scope="col">Reason</Table.Th>
          <Table.Th scope="col">Product</Table.Th>
          <Table.Th scope="col">Closed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              <Anchor component="button" type="button" fw={600} ta="left" onClick={() => onOpen(d)}>
                {d.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{buyerOf(d)}</Text>
              <Text size="xs" c="dimmed">
                {segmentLabel(d.segment)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge color={OUTCOME_COLOR[d.outcome]} variant="light" miw="max-content">
                {OUTCOME_LABEL[d.outcome]}
              </Badge>
            </Table.Td>
            <Table.Td>{formatMoney(d.amount)}</Table.Td>
            <Table.Td>{d.competitor?.name ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm">{d.reason ? REASON_LABEL[d.reason] : '—'}</Text>
              {d.reasonDetail && (
                <Text size="xs" c="dimmed" lineClamp={1} title={d.reasonDetail}>
                  {d.reasonDetail}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{d.product?.name ?? '—'}</Table.Td>
            <Table.Td>{formatDate(d.closedOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
