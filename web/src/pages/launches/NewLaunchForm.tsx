import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { optionsOf, useProducts, useReleases } from '../../app/lookups';
import { TIER_LABEL } from './labels';
import { countByRole, TASK_ROLES } from './tasks';
import { plural } from '../../app/plural';
import { useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

/** A launch: product, release, tier (its template generates the tasks) and launch date. */
export function NewLaunchForm({ onDone }: { onDone: () => void }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const products = useProducts();
  const releases = useReleases();
  const templates = useQuery({
    queryKey: ['launch-templates', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/launch-templates', {
          params: { path: { workspaceId: ws.id } },
        }),
      ),
  });
  const form = useForm({
    initialValues: {
      name: '',
      productId: null as string | null,
      releaseId: null as string | null,
      tier: '2',
      launchDate: '',
    },
  });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/launches', {
          params: { path: { workspaceId: ws.id } },
          body: {
            name: v.name,
            productId: v.productId,
            releaseId: v.releaseId,
            tier: Number(v.tier) as 1 | 2 | 3,
            launchDate: v.launchDate,
          },
        }),
      ),
    meta: { inline: true, success: 'Launch planned; its tasks are ready' },
    onSuccess: (l) => {
      onDone();
      navigate(`/w/${ws.id}/launches/${l.id}`);
    },
  });
  const { productId } = form.values;
  const releaseOptions = optionsOf(
    releases.data && {
      items: releases.data.items.filter((r) => !productId || !r.productId || r.productId === productId),
    },
  );
  const template = templates.data?.items.find((t) => String(t.tier) === form.values.tier);
  const counts = template && countByRole(template.tasks);

  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <TextInput
          label="Name"
          required
          placeholder="Governance launch (7.3)"
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <Group grow align="flex-start">
          <Select
            label="Product"
            data={optionsOf(products.data)}
            searchable
            clearable
            nothingFoundMessage="No product yet: product managers create them under Products"
            {...form.getInputProps('productId')}
          />
          <Select
            label="Release"
            description="Defaults the product; one launch per release"
            // The hint goes under the input, so the Product and Release inputs stay on one line.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={releaseOptions}
            searchable
            clearable
            nothingFoundMessage="No release yet: product managers plan them under Releases"
            {...form.getInputProps('releaseId')}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="tier-label">
            Tier
          </Text>
          <SegmentedControl
            aria-labelledby="tier-label"
            data={(['1', '2', '3'] as const).map((t) => ({
              value: t,
              label: TIER_LABEL[Number(t) as 1 | 2 | 3],
            }))}
            {...form.getInputProps('tier')}
          />
        </Stack>
        {template && counts && (
          <Paper bg="gray.0" p="sm">
            <Text size="sm">
              The tier {template.tier} template{template.isDefault ? ' (built-in)' : ''} generates{' '}
              <b>{plural(template.tasks.length, 'task')}</b>:{' '}
              {TASK_ROLES.filter((r) => counts[r] > 0)
                .map((r) => `${counts[r]} ${roleLabel(r).toLowerCase()}`)
                .join(', ')}
              , due relative to the launch date.
            </Text>
          </Paper>
        )}
        <TextInput label="Launch date" type="date" required {...form.getInputProps('launchDate')} />
        <ErrorNote form={form} error={create.error} title="Could not plan the launch" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Plan launch
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
