import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { METRIC_KIND_INFO } from '../../../../src/modules/metrics/kinds.ts';
import { addDays, periodEndOf, periodStartOf } from '../../../../src/modules/metrics/periods.ts';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote, Loading, PageHeader } from '../../components/States';
import { formatMetric, mayEdit, STATUS_COLOR, statusLabel } from './labels';
import { type MetricDetail as Detail, useMetric } from './queries';

/** One metric: its status in each period with the rule, its targets, and (manual metrics) its values. */
export default function MetricDetail() {
  const { metricId = '' } = useParams();
  const ws = useWorkspace();
  const metric = useMetric(metricId);
  return (
    <Loading query={metric}>
      {(m) => {
        const editable = mayEdit(ws.role, m.ownerRole);
        return (
          <>
            <PageHeader
              title={m.name}
              subtitle={`${METRIC_KIND_INFO[m.kind].label} · owned by ${roleLabel(m.ownerRole)} · ${m.direction === 'up' ? 'more is better' : 'less is better'}`}
              actions={
                <Anchor component={Link} to={`/w/${ws.id}/metrics`} size="sm">
                  All metrics
                </Anchor>
              }
            />
            <Stack>
              {m.description && <Text size="sm">{m.description}</Text>}
              <Periods m={m} />
              <Targets key={`t${m.version}`} m={m} editable={editable} />
              {m.kind === 'manual' && <Values m={m} editable={editable} />}
            </Stack>
          </>
        );
      }}
    </Loading>
  );
}

function Periods({ m }: { m: Detail }) {
  return (
    <Card withBorder component="section" aria-labelledby="metric-periods">
      <Title order={2} size="h4" id="metric-periods" mb="xs">
        Status by {m.period}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Period</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Rule</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.periods.map((p) => (
            <Table.Tr key={p.periodStart}>
              <Table.Td>{p.label}</Table.Td>
              <Table.Td>{formatMetric(p.value, m.unit)}</Table.Td>
              <Table.Td>{formatMetric(p.target, m.unit)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[p.status]} variant="light">
                  {statusLabel(p.status, p.target)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{p.rule}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** The periods the editor offers: three before the current one, it, and two ahead, plus any with a target. */
function editablePeriods(m: Detail, today = dayjs().format('YYYY-MM-DD')): string[] {
  const starts = new Set(m.targets.map((t) => t.periodStart));
  let s = periodStartOf(m.period, today);
  for (let i = 0; i < 3; i++) s = periodStartOf(m.period, addDays(s, -1));
  for (let i = 0; i < 6; i++) {
    starts.add(s);
    s = addDays(periodEndOf(m.period, s), 1);
  }
  return [...starts].sort();
}

function Targets({ m, editable }: { m: Detail; editable: boolean }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const periods = editablePeriods(m);
  const [values, setValues] = useState<Record<string, number | string>>(
    Object.fromEntries(m.targets.map((t) => [t.periodStart, t.value])),
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/metrics/{id}/targets', {
          params: { path: { workspaceId: ws.id, id: m.id } },
          body: {
            version: m.version,
            targets: Object.entries(values)
              .filter(([, v]) => typeof v === 'number')
              .map(([periodStart, value]) => ({ periodStart, value: value as number })),
          },
        }),
      ),
    meta: { inline: true, success: 'Targets saved' },
    onSuccess: () => client.invalidateQueries({ queryKey: ['metrics', ws.id] }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="metric-targets">
      <Title order={2} size="h4" id="metric-targets" mb="xs">
        Targets
      </Title>
      <Group align="flex-end" gap="sm">
        {periods.map((start) => (
          <NumberInput
            key={start}
            w={140}
            label={`${m.period === 'week' ? 'Week of ' : ''}${dayjs(start).format(m.period === 'week' ? 'D MMM' : 'MMM YYYY')}`}
            readOnly={!editable}
            value={values[start] ?? ''}
            onChange={(v) => setValues({ ...values, [start]: v })}
          />
        ))}
        {editable && (
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            Save targets
          </Button>
        )}
      </Group>
      <ErrorNote error={save.error} />
    </Card>
  );
}

function Values({ m, editable }: { m: Detail; editable: boolean }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const path = { workspaceId: ws.id, id: m.id };
  const refresh = () => client.invalidateQueries({ queryKey: ['metrics', ws.id] });
  const [on, setOn] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [value, setValue] = useState<number | string>('');
  const [csv, setCsv] = useState('');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/metrics/{id}/values', {
          params: { path },
          body: { values: [{ on: on!, value: Number(value) }] },
        }),
      ),
    meta: { inline: true, success: 'Value saved' },
    onSuccess: () => {
      setValue('');
      void refresh();
    },
  });
  const importCsv = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/metrics/{id}/values/import', {
          params: { path },
          body: { csv },
        }),
      ),
    meta: { inline: true },
    onSuccess: (r) => {
      if (r.rejected.length === 0) setCsv('');
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (day: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/metrics/{id}/values/{on}', {
          params: { path: { ...path, on: day } },
        }),
      ),
    meta: { success: 'Value deleted' },
    onSuccess: refresh,
  });
  return (
    <Card withBorder component="section" aria-labelledby="metric-values">
      <Title order={2} size="h4" id="metric-values" mb="xs">
        Values
      </Title>
      {editable && (
        <Stack gap="sm" mb="md">
          <Group align="flex-end">
            <DateInput label="Day" valueFormat="D MMM YYYY" value={on} onChange={setOn} w={160} />
            <NumberInput label="Value" value={value} onChange={setValue} w={160} />
            <Button
              onClick={() => add.mutate()}
              disabled={!on || typeof value !== 'number'}
              loading={add.isPending}
            >
              Add value
            </Button>
          </Group>
          <ErrorNote error={add.error} />
          <Textarea
            label="Paste CSV"
            description="Columns date,value — one row a day (a CRM export). A day already entered takes the new value."
            placeholder={'date,value\n2026-11-02,125000'}
            autosize
            minRows={3}
            value={csv}
            onChange={(e) => setCsv(e.currentTarget.value)}
          />
          <Group>
            <Button
              variant="light"
              onClick={() => importCsv.mutate()}
              disabled={!csv.trim()}
              loading={importCsv.isPending}
            >
              Import values
            </Button>
            {importCsv.data && (
              <Text size="sm" role="status">
                {importCsv.data.imported} imported
                {importCsv.data.rejected.length > 0 &&
                  `; skipped ${importCsv.data.rejected
                    .map(
                      (r) => `row ${r.row} (${r.errors.map((e) => `${e.column}: ${e.message}`).join(' ')})`,
                    )
                    .join(', ')}`}
              </Text>
            )}
          </Group>
          <ErrorNote error={importCsv.error} />
        </Stack>
      )}
      {m.values.length === 0 ? (
        <Text size="sm" c="dimmed">
          No values yet.
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Day</Table.Th>
              <Table.Th>Value</Table.Th>
              {editable && <Table.Th>Delete</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...m.values].reverse().map((v) => (
              <Table.Tr key={v.on}>
                <Table.Td>{dayjs(v.on).format('D MMM YYYY')}</Table.Td>
                <Table.Td>{formatMetric(v.value, m.unit)}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate(v.on)}
                      aria-label={`Delete the value of ${v.on}`}
                    >
                      Delete
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
