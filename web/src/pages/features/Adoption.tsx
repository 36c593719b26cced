import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../app/format';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote, Loading } from '../../components/States';
import type { Feature } from './data';
import {
  type Adoption,
  chartRows,
  describeSignal,
  filterText,
  launchWeek,
  loadAdoption,
  parseFilter,
  percent,
} from './adoption';

const WEEKS = 12;
const adoptionKey = (workspaceId: string, id: string) => ['feature-adoption', workspaceId, id, WEEKS];

/** The adoption query the panel and the summary beside demand share. */
function useAdoption(f: Feature) {
  const ws = useWorkspace();
  return useQuery({ queryKey: adoptionKey(ws.id, f.id), queryFn: () => loadAdoption(ws.id, f.id, WEEKS) });
}

/** Beside demand: how many of last week's active persons and customers used the feature. */
export function AdoptionSummary({ f }: { f: Feature }) {
  const adoption = useAdoption(f);
  const last = adoption.data?.weeks.at(-1);
  if (!adoption.data?.signal || !last) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Usage">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Usage
      </Text>
      <Group grow>
        <Stat label="Active persons using it" value={percent(last.rate)} />
        <Stat label="Active customers using it" value={percent(last.customerRate)} />
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Week of {formatDate(last.start)}
      </Text>
    </Paper>
  );
}

/** Adoption since shipping, week by week, and around the launch; product management sets the signal here. */
export function AdoptionPanel({ f }: { f: Feature }) {
  const adoption = useAdoption(f);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Adoption">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Adoption
      </Text>
      <Stack gap="md">
        <SignalForm f={f} />
        <Loading query={adoption} label="Loading adoption">
          {(a) => <Figures a={a} />}
        </Loading>
      </Stack>
    </Paper>
  );
}

function Figures({ a }: { a: Adoption }) {
  if (!a.signal) return null;
  if (!a.shippedAt) {
    return (
      <Text size="sm" c="dimmed">
        Weekly adoption starts the week the feature ships.
      </Text>
    );
  }
  const launch = launchWeek(a.weeks, a.launch?.date);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Shipped {formatDate(a.shippedAt)}
        {a.launch ? ` · launched ${formatDate(a.launch.date)} (${a.launch.name})` : ''}. Share of the week’s
        active persons and customers who used it.
      </Text>
      <LineChart
        h={220}
        data={chartRows(a.weeks)}
        dataKey="week"
        unit="%"
        withLegend
        connectNulls={false}
        series={[
          { name: 'Persons', color: 'indigo.6' },
          { name: 'Customers', color: 'teal.6' },
        ]}
        referenceLines={launch ? [{ x: launch, label: 'Launch', color: 'orange.6' }] : []}
        aria-label="Line chart of the share of active persons and customers using the feature, per week since it shipped"
      />
      <table
        aria-label="Adoption per week"
        style={{ fontSize: 'var(--mantine-font-size-sm)', borderSpacing: '12px 2px' }}
      >
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Persons using / active</th>
            <th scope="col">Customers using / active</th>
          </tr>
        </thead>
        <tbody>
          {a.weeks.map((w) => (
            <tr key={w.start}>
              <td>{formatDate(w.start)}</td>
              <td>
                {w.persons} / {w.activePersons} ({percent(w.rate)})
              </td>
              <td>
                {w.customers} / {w.activeCustomers} ({percent(w.customerRate)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.beforeLaunch && a.afterLaunch && (
        <SimpleGrid cols={2} aria-label="Before and after the launch">
          <Stat
            label={`4 weeks before launch (${formatDate(a.beforeLaunch.from)} – ${formatDate(a.beforeLaunch.to)})`}
            value={`${percent(a.beforeLaunch.rate)} of persons · ${percent(a.beforeLaunch.customerRate)} of customers`}
          />
          <Stat
            label={`4 weeks from launch (${formatDate(a.afterLaunch.from)} – ${formatDate(a.afterLaunch.to)})`}
            value={`${percent(a.afterLaunch.rate)} of persons · ${percent(a.afterLaunch.customerRate)} of customers`}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

type Kind = 'event' | 'flag';

function SignalForm({ f }: { f: Feature }) {
  const ws = useWorkspace();
  const can = useCan('feature', 'update');
  const signal = f.adoptionSignal;
  const initial = () => ({
    kind: (signal && 'flag' in signal ? 'flag' : 'event') as Kind,
    event: signal && 'event' in signal ? signal.event : '',
    filter: signal && 'event' in signal ? filterText(signal.filter) : '',
    flag: signal && 'flag' in signal ? signal.flag : '',
  });
  const [values, setValues] = useState(initial);
  const [filterError, setFilterError] = useState<string | null>(null);
  useEffect(() => setValues(initial()), [f.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const path = { workspaceId: ws.id, id: f.id };
  const save = useMutation({
    mutationFn: (
      body: { event: string; filter: Record<string, string | number | boolean> } | { flag: string },
    ) =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/features/{id}/adoption-signal', {
          params: { path },
          headers: { 'if-match': `"${f.version}"` },
          body,
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'feature', entityId: f.id },
      success: 'Adoption signal saved',
      inline: true,
    },
  });
  const clear = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/features/{id}/adoption-signal', { params: { path } }),
      ),
    meta: { success: 'Adoption signal cleared', inline: true },
  });
  const submit = () => {
    if (values.kind === 'flag') return save.mutate({ flag: values.flag.trim() });
    const parsed = parseFilter(values.filter);
    if ('error' in parsed) return setFilterError(parsed.error);
    setFilterError(null);
    save.mutate({ event: values.event.trim(), filter: parsed.filter });
  };
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  return (
    <Stack gap="xs">
      <Text size="sm">{describeSignal(signal)}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (can.allowed) submit();
        }}
        aria-label="Adoption signal"
      >
        <Stack gap="xs">
          <SegmentedControl
            aria-label="Signal kind"
            value={values.kind}
            onChange={(kind) => set({ kind: kind as Kind })}
            disabled={!can.allowed}
            data={[
              { value: 'event', label: 'Event' },
              { value: 'flag', label: 'Feature flag' },
            ]}
          />
          {values.kind === 'event' ? (
            <>
              <TextInput
                label="Event name"
                placeholder="report_exported"
                value={values.event}
                onChange={(e) => set({ event: e.currentTarget.value })}
                disabled={!can.allowed}
                required
              />
              <Textarea
                label="Property filter"
                description="One condition per line: name = value"
                placeholder="format = pdf"
                rows={2}
                value={values.filter}
                onChange={(e) => set({ filter: e.currentTarget.value })}
                error={filterError}
                disabled={!can.allowed}
              />
            </>
          ) : (
            <TextInput
              label="Feature flag key"
              description="Counts $feature_flag_called events for this flag with a truthy response"
              placeholder="new-reports"
              value={values.flag}
              onChange={(e) => set({ flag: e.currentTarget.value })}
              disabled={!can.allowed}
              required
            />
          )}
          <ErrorNote error={save.error ?? clear.error} title="Could not save the adoption signal" />
          <Group justify="flex-end" gap="xs">
            {signal && (
              <GuardedButton
                artefact="feature"
                action="update"
                variant="default"
                loading={clear.isPending}
                onClick={() => clear.mutate()}
              >
                Clear signal
              </GuardedButton>
            )}
            <GuardedButton artefact="feature" action="update" type="submit" loading={save.isPending}>
              Save signal
            </GuardedButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}
