import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading, PageHeader } from '../../components/States';
import { quarterChartData, variance, yearOptions, verdict } from './budget';
import { PROGRAM_STATUS } from '../../app/labels';
import { formatMoney, signedMoney } from '../../app/format';
import { BudgetLines } from './BudgetLines';

const loadRollup = (workspaceId: string, year: number) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/budget/rollup', {
      params: { path: { workspaceId }, query: { year } },
    }),
  );
type Rollup = Awaited<ReturnType<typeof loadRollup>>;

function Figure(props: { label: string; value: string; tone?: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="lg" c={props.tone}>
        {props.value}
      </Text>
      {props.hint && (
        <Text size="xs" c={props.tone ?? 'dimmed'}>
          {props.hint}
        </Text>
      )}
    </Paper>
  );
}

function Totals({ rollup }: { rollup: Rollup }) {
  const t = rollup.totals;
  const v = variance(t.planned, t.actual);
  const f = verdict(t.planned, t.forecast);
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      <Figure
        label="Planned"
        value={formatMoney(t.planned)}
        hint={`${formatMoney(t.unallocatedPlanned)} unallocated`}
      />
      <Figure
        label="Actual spend"
        value={formatMoney(t.actual)}
        hint={v.used === null ? undefined : `${Math.round(v.used * 100)}% of plan`}
      />
      <Figure
        label="Forecast vs plan"
        value={signedMoney(f.amount)}
        tone={f.tone}
        hint={`${f.label}: ${formatMoney(t.forecast)} expected`}
      />
      <Figure label="Remaining" value={formatMoney(t.remaining)} tone={t.remaining < 0 ? 'red' : undefined} />
      <Figure
        label="Committed"
        value={formatMoney(t.committed)}
        tone={t.committed > t.planned ? 'orange' : undefined}
        hint={t.committed > t.planned ? 'Campaigns plan more than the budget' : "Campaigns' planned spend"}
      />
    </SimpleGrid>
  );
}

function ProgramTable({ rollup }: { rollup: Rollup }) {
  const ws = useWorkspace();
  if (rollup.programs.length === 0)
    return (
      <Empty title="No program has budget or spend this year">Plan a budget line for a program below.</Empty>
    );
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder striped aria-label={`Budget by program, ${rollup.year}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Program</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Planned {rollup.year}</Table.Th>
            <Table.Th ta="right">Actual {rollup.year}</Table.Th>
            <Table.Th ta="right">Committed</Table.Th>
            <Table.Th ta="right">Forecast vs plan</Table.Th>
            <Table.Th ta="right">Program budget</Table.Th>
            <Table.Th ta="right">Spent to date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rollup.programs.map((p) => {
            const f = verdict(p.year.planned, p.year.forecast);
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws.id}/handoff?program=${p.id}`} size="sm">
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={PROGRAM_STATUS[p.status].color}>
                    {PROGRAM_STATUS[p.status].label}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatMoney(p.year.planned)}</Table.Td>
                <Table.Td ta="right">{formatMoney(p.year.actual)}</Table.Td>
                <Table.Td ta="right" c={p.year.committed > p.year.planned ? 'orange' : undefined}>
                  {formatMoney(p.year.committed)}
                </Table.Td>
                <Table.Td ta="right" c={f.over ? 'red' : undefined} fw={f.over ? 600 : undefined}>
                  {signedMoney(f.amount)}
                  {f.over && <VisuallyHidden> ({f.label})</VisuallyHidden>}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(p.plannedBudget)}</Table.Td>
                <Table.Td ta="right" c={p.overBudget ? 'red' : undefined} fw={p.overBudget ? 600 : undefined}>
                  {formatMoney(p.spentToDate)}
                  {p.overBudget && ' (over budget)'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function QuarterTable({ rollup }: { rollup: Rollup }) {
  return (
    <Table withTableBorder aria-label={`Budget by quarter, ${rollup.year}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Quarter</Table.Th>
          <Table.Th ta="right">Planned</Table.Th>
          <Table.Th ta="right">Actual</Table.Th>
          <Table.Th ta="right">Committed</Table.Th>
          <Table.Th ta="right">Forecast vs plan</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rollup.quarters.map((q) => {
          const f = verdict(q.planned, q.forecast);
          return (
            <Table.Tr key={q.quarter}>
              <Table.Td>Q{q.quarter}</Table.Td>
              <Table.Td ta="right">{formatMoney(q.planned)}</Table.Td>
              <Table.Td ta="right">{formatMoney(q.actual)}</Table.Td>
              <Table.Td ta="right" c={q.overCommitted ? 'orange' : undefined}>
                {formatMoney(q.committed)}
              </Table.Td>
              <Table.Td ta="right" c={f.over ? 'red' : undefined} fw={f.over ? 600 : undefined}>
                {signedMoney(f.amount)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export default function BudgetPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const current = dayjs().year();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : current;
  const rollup = useQuery({
    queryKey: ['budget-rollup', ws.id, year],
    queryFn: () => loadRollup(ws.id, year),
  });
  return (
    <Stack>
      <PageHeader
        title="Budget"
        subtitle="Planned budget against what campaigns spend (actual), plan to spend (committed) and are expected to cost (forecast: planned spend, or actual once higher), counted in the quarter each campaign starts."
        actions={
          <Select
            label="Year"
            w={120}
            allowDeselect={false}
            data={yearOptions(current, year).map(String)}
            value={String(year)}
            onChange={(v) => setParams(v && Number(v) !== current ? { year: v } : {}, { replace: true })}
          />
        }
      />
      <Loading query={rollup} label="Loading the budget roll-up">
        {(r) => (
          <Stack>
            <Totals rollup={r} />
            <Paper withBorder radius="md" p="md">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  Planned vs actual by quarter
                </Title>
                {r.quarters.some((q) => q.overBudget) && (
                  <Text size="sm" c="red">
                    Over plan in{' '}
                    {r.quarters
                      .filter((q) => q.overBudget)
                      .map((q) => `Q${q.quarter}`)
                      .join(', ')}
                  </Text>
                )}
              </Group>
              <BarChart
                h={280}
                data={quarterChartData(r.quarters)}
                dataKey="quarter"
                withLegend
                valueFormatter={formatMoney}
                series={[
                  { name: 'Planned', color: 'indigo.5' },
                  { name: 'Actual', color: 'teal.6' },
                  { name: 'Committed', color: 'gray.5' },
                ]}
                aria-label={`Bar chart of planned, actual and committed spend per quarter of ${r.year}`}
              />
              <QuarterTable rollup={r} />
            </Paper>
            <Title order={2} size="h4">
              By program
            </Title>
            <ProgramTable rollup={r} />
          </Stack>
        )}
      </Loading>
      <Title order={2} size="h4">
        Budget lines {year}
      </Title>
      <BudgetLines year={year} />
    </Stack>
  );
}
