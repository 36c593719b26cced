import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { useUnsavedChanges } from '../../components/FormModal';
import { EntityForm, useEntityForm } from '../../components/EntityForm';
import { type FilterKind, type FilterRow, filterOf, rowProblem, rowsOf } from './goal-filter';
import type { Goal } from './queries';

type Values = { name: string; event: string; filter: FilterRow[]; revenueProperty: string; currency: string };

const KINDS: { value: FilterKind; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'Yes / no' },
];

/** A new goal, or an existing one: marketing and product marketing edit it, everyone else reads it. */
export function GoalForm({ goal: g, onDone }: { goal: Goal | null; onDone: () => void }) {
  const ws = useWorkspace();
  const form = useForm<Values>({
    initialValues: {
      name: g?.name ?? '',
      event: g?.event ?? '',
      filter: g ? rowsOf(g.filter) : [],
      revenueProperty: g?.revenueProperty ?? '',
      currency: g?.currency ?? 'USD',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the goal a name'),
      event: (v) => (v.trim() ? null : 'Name the event, e.g. signed_up'),
      currency: (v) => (/^[A-Z]{3}$/.test(v.trim().toUpperCase()) ? null : 'A three-letter code such as USD'),
      filter: {
        key: (_v, all, path) => problemAt(all.filter, path, 'key'),
        value: (_v, all, path) => problemAt(all.filter, path, 'value'),
      },
    },
  });
  useUnsavedChanges(form.isDirty());
  const bodyOf = (v: Values) => ({
    name: v.name.trim(),
    event: v.event.trim(),
    filter: filterOf(v.filter),
    revenueProperty: v.revenueProperty.trim() || null,
    currency: v.currency.trim().toUpperCase(),
  });
  const goal = useEntityForm({
    artefact: 'goal',
    noun: 'goal',
    entity: g,
    form,
    create: (v) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/goals', {
          params: { path: { workspaceId: ws.id } },
          body: bodyOf(v),
        }),
      ),
    update: (v, { id }, version) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/goals/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          body: { ...bodyOf(v), version },
        }),
      ),
    remove: ({ id, version }) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/goals/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          headers: { 'If-Match': `"${version}"` },
        }),
      ),
    onDone,
  });
  const readOnly = goal.readOnly;
  return (
    <EntityForm of={goal}>
      <TextInput
        label="Name"
        placeholder="Purchase"
        required
        readOnly={readOnly}
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Event"
        description="The event name as your site or app sends it"
        placeholder="purchase"
        required
        readOnly={readOnly}
        {...form.getInputProps('event')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Only when the event has
        </Text>
        {form.values.filter.length === 0 && (
          <Text size="sm" c="dimmed">
            Any {form.values.event.trim() || 'such'} event counts.
          </Text>
        )}
        {form.values.filter.map((row, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Property ${i + 1}`}
              placeholder="plan"
              readOnly={readOnly}
              {...form.getInputProps(`filter.${i}.key`)}
            />
            <Select
              aria-label={`Type of property ${i + 1}`}
              data={KINDS}
              allowDeselect={false}
              readOnly={readOnly}
              w={120}
              {...form.getInputProps(`filter.${i}.kind`)}
            />
            {row.kind === 'boolean' ? (
              <Select
                aria-label={`Value of property ${i + 1}`}
                data={[
                  { value: 'true', label: 'Yes' },
                  { value: 'false', label: 'No' },
                ]}
                readOnly={readOnly}
                {...form.getInputProps(`filter.${i}.value`)}
              />
            ) : (
              <TextInput
                aria-label={`Value of property ${i + 1}`}
                placeholder={row.kind === 'number' ? '5' : 'pro'}
                readOnly={readOnly}
                {...form.getInputProps(`filter.${i}.value`)}
              />
            )}
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={`Remove property ${i + 1}`}
                onClick={() => form.removeListItem('filter', i)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && form.values.filter.length < 20 && (
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            onClick={() => form.insertListItem('filter', { key: '', value: '', kind: 'text' })}
          >
            Add a property
          </Button>
        )}
      </Stack>
      <Group grow align="flex-start">
        <TextInput
          label="Revenue property"
          description="The property holding the amount, if the event has one"
          placeholder="revenue"
          readOnly={readOnly}
          {...form.getInputProps('revenueProperty')}
        />
        <TextInput label="Currency" maxLength={3} readOnly={readOnly} {...form.getInputProps('currency')} />
      </Group>
    </EntityForm>
  );
}

/** The validator of one filter field: `path` is "filter.2.key". */
function problemAt(rows: FilterRow[], path: string, field: 'key' | 'value'): string | null {
  const i = Number(path.split('.')[1]);
  const row = rows[i];
  if (!row) return null;
  const p = rowProblem(row, rows);
  return p && p.field === field ? p.message : null;
}
