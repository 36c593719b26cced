import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CUSTOMER_SEGMENTS, TRAFFIC_CHANNELS } from '../../../../src/core/enums.ts';
import { METRIC_KIND_INFO, type FilterKey } from '../../../../src/modules/metrics/kinds.ts';
import { api, unwrap } from '../../api/client';
import { optionsOf, usePersonas, useProducts } from '../../app/lookups';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { mayEdit, METRIC_ROLES, UNIT_LABEL } from './labels';
import type { Metric, MetricRole, MetricUnit } from './queries';

type Kind = Metric['kind'];
type Values = {
  name: string;
  description: string;
  ownerRole: MetricRole;
  kind: Kind;
  unit: MetricUnit;
  direction: Metric['direction'];
  period: Metric['period'];
  tolerance: number | string;
  filters: Partial<Record<FilterKey, string>>;
};

const FILTER_LABEL: Record<FilterKey, string> = {
  productId: 'Product',
  campaignId: 'Campaign',
  programId: 'Program',
  launchId: 'Launch',
  featureId: 'Feature',
  personaId: 'Persona',
  competitorId: 'Competitor',
  segment: 'Segment',
  channel: 'Channel',
};
const words = (s: string) => s.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
const KINDS = Object.entries(METRIC_KIND_INFO).map(([value, k]) => ({ value, label: k.label }));

type Listed = { items: { id: string; name?: string; title?: string }[] };
/** A picker's options for a workspace list the lookups module does not hold (campaigns, launches, …). */
function useList(
  resource: 'campaigns' | 'programs' | 'launches' | 'features' | 'competitors',
  enabled: boolean,
) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: [resource, ws.id, 'metric-picker'],
    enabled,
    queryFn: async () => {
      const r = (await unwrap(
        api.GET(
          `/api/v1/workspaces/{workspaceId}/${resource}` as '/api/v1/workspaces/{workspaceId}/campaigns',
          {
            params: { path: { workspaceId: ws.id }, query: { limit: 200 } },
          },
        ),
      )) as unknown as Listed;
      return r.items.map((i) => ({ value: i.id, label: i.name ?? i.title ?? i.id }));
    },
  });
}

const valuesOf = (m: Metric | null, role: MetricRole): Values => ({
  name: m?.name ?? '',
  description: m?.description ?? '',
  ownerRole: m?.ownerRole ?? role,
  kind: m?.kind ?? 'leads',
  unit: m?.unit ?? METRIC_KIND_INFO.leads.unit,
  direction: m?.direction ?? METRIC_KIND_INFO.leads.direction,
  period: m?.period ?? 'month',
  tolerance: m ? Math.round(m.tolerance * 100) : 10,
  filters: (m?.filters ?? {}) as Values['filters'],
});

/** New metric, or an existing one: its own role (or an admin) edits it; the kind picker sets unit and direction. */
export function MetricForm({
  metric: m,
  defaultRole,
  onDone,
}: {
  metric: Metric | null;
  defaultRole: MetricRole;
  onDone: () => void;
}) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const roles = ws.role === 'admin' ? METRIC_ROLES : METRIC_ROLES.filter((r) => r === ws.role);
  const form = useForm<Values>({
    initialValues: valuesOf(m, roles.includes(defaultRole) ? defaultRole : (roles[0] ?? defaultRole)),
    validate: {
      name: (v) => (v.trim() ? null : 'Give the metric a name'),
      tolerance: (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? null : 'Use 0 to 100 %'),
    },
  });
  const kind = METRIC_KIND_INFO[form.values.kind];
  const shows = (k: FilterKey) => kind.filters.includes(k);
  const products = useProducts();
  const personas = usePersonas();
  const lists = {
    campaignId: useList('campaigns', shows('campaignId')),
    programId: useList('programs', shows('programId')),
    launchId: useList('launches', shows('launchId')),
    featureId: useList('features', shows('featureId')),
    competitorId: useList('competitors', shows('competitorId')),
  };
  const optionsFor = (k: FilterKey) =>
    k === 'productId'
      ? optionsOf(products.data)
      : k === 'personaId'
        ? optionsOf(personas.data)
        : k === 'segment'
          ? CUSTOMER_SEGMENTS.map((s) => ({ value: s, label: words(s) }))
          : k === 'channel'
            ? TRAFFIC_CHANNELS.map((s) => ({ value: s, label: words(s) }))
            : (lists[k].data ?? []);
  const readOnly = m !== null && !mayEdit(ws.role, m.ownerRole);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const filters = Object.fromEntries(
        Object.entries(v.filters).filter(([k, x]) => x && kind.filters.includes(k as FilterKey)),
      );
      const body = {
        name: v.name.trim(),
        description: v.description,
        ownerRole: v.ownerRole,
        kind: v.kind,
        unit: v.unit,
        direction: v.direction,
        period: v.period,
        tolerance: Number(v.tolerance) / 100,
        filters,
      };
      return m
        ? unwrap(
            api.PATCH('/api/v1/workspaces/{workspaceId}/metrics/{id}', {
              params: { path: { workspaceId: ws.id, id: m.id } },
              body: { ...body, version: m.version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/metrics', {
              params: { path: { workspaceId: ws.id } },
              body,
            }),
          );
    },
    meta: { inline: true, success: m ? 'Metric saved' : 'Metric defined' },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['metrics', ws.id] });
      onDone();
    },
  });
  const pickKind = (value: string | null) => {
    if (!value) return;
    const info = METRIC_KIND_INFO[value as Kind];
    form.setValues({ kind: value as Kind, unit: info.unit, direction: info.direction });
  };
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
      <Stack>
        {readOnly && (
          <Text size="sm" c="dimmed" role="note">
            Read only: owned by {roleLabel(m!.ownerRole)} (and admins).
          </Text>
        )}
        <TextInput label="Name" required readOnly={readOnly} data-autofocus {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <Select
            label="Owner role"
            allowDeselect={false}
            readOnly={readOnly}
            data={(readOnly ? [m!.ownerRole] : roles).map((r) => ({ value: r, label: roleLabel(r) }))}
            {...form.getInputProps('ownerRole')}
          />
          <Select
            label="What it measures"
            allowDeselect={false}
            searchable
            readOnly={readOnly}
            data={KINDS}
            value={form.values.kind}
            onChange={pickKind}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {kind.help}
        </Text>
        {kind.filters.length > 0 && (
          <Group grow align="flex-start">
            {kind.filters.map((k) => (
              <Select
                key={k}
                label={FILTER_LABEL[k]}
                placeholder={k === 'featureId' && form.values.kind === 'feature_adoption' ? 'Choose' : 'All'}
                clearable
                searchable
                readOnly={readOnly}
                data={optionsFor(k)}
                value={form.values.filters[k] ?? null}
                onChange={(v) =>
                  form.setFieldValue('filters', { ...form.values.filters, [k]: v ?? undefined })
                }
              />
            ))}
          </Group>
        )}
        <Group grow align="flex-start">
          <Select
            label="Unit"
            allowDeselect={false}
            readOnly={readOnly || form.values.kind !== 'manual'}
            data={Object.entries(UNIT_LABEL).map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('unit')}
          />
          <Select
            label="Good direction"
            allowDeselect={false}
            readOnly={readOnly}
            data={[
              { value: 'up', label: 'Up (more is better)' },
              { value: 'down', label: 'Down (less is better)' },
            ]}
            {...form.getInputProps('direction')}
          />
          <Select
            label="Target period"
            allowDeselect={false}
            readOnly={readOnly}
            data={[
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
              { value: 'quarter', label: 'Quarter' },
            ]}
            {...form.getInputProps('period')}
          />
          <NumberInput
            label="At risk within (%)"
            min={0}
            max={100}
            readOnly={readOnly}
            {...form.getInputProps('tolerance')}
          />
        </Group>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          readOnly={readOnly}
          {...form.getInputProps('description')}
        />
        <ErrorNote error={save.error} form={form} />
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {m ? 'Save metric' : 'Define metric'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
