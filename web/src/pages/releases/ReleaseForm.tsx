import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { type Release, useProducts } from '../../app/lookups';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { fieldErrors } from '../auth/AuthPages';
import type { CatalogFormProps } from '../products/ProductForms';
import { groupedProductOptions, NAME_MAX, TEXT_MAX } from '../products/values';
import { capacityError, releaseChanges, releaseValues, type ReleaseValues, statusOptions } from './values';

/**
 * A release: create (it starts planned) or edit, status moves as the server offers them. Compact: the name,
 * the product or product line, and the target date.
 */
export function ReleaseForm(props: CatalogFormProps<Release> & { defaultProductId?: string | null }) {
  const { initial, compact } = props;
  const ws = useWorkspace();
  const products = useProducts();
  const can = useCan('release', initial ? 'update' : 'create');
  const ro = !can.allowed;
  const form = useForm<ReleaseValues>({
    initialValues: initial
      ? releaseValues(initial)
      : { ...releaseValues(), productId: props.defaultProductId ?? null },
    validate: {
      name: (v) =>
        !v.trim()
          ? 'Give the release a name'
          : v.trim().length > NAME_MAX
            ? `Keep the name under ${NAME_MAX} characters (now ${v.trim().length})`
            : null,
      description: (v) =>
        v.length > TEXT_MAX ? `Keep it under ${TEXT_MAX.toLocaleString('en')} characters` : null,
      capacity: capacityError,
    },
  });
  const save = useMutation({
    mutationFn: async (v: ReleaseValues) => {
      const { status, ...changes } = releaseChanges(initial, v);
      if (!initial)
        return unwrap(
          api.POST('/api/v1/workspaces/{workspaceId}/releases', {
            params: { path: { workspaceId: ws.id } },
            body: { ...changes, name: v.name.trim() },
          }),
        );
      return unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/releases/{id}', {
          params: { path: { workspaceId: ws.id, id: initial.id } },
          body: { ...changes, ...(status && { status }), version: initial.version },
        }),
      );
    },
    meta: {
      inline: true,
      success: initial ? 'Release saved' : 'Release created',
      ...(initial && { conflict: { workspaceId: ws.id, entityType: 'release', entityId: initial.id } }),
    },
    onSuccess: (saved) => {
      if (!initial) form.reset();
      else form.resetDirty(releaseValues(saved));
      props.onSaved?.({ id: saved.id, name: saved.name });
    },
    onError: (err) => form.setErrors(fieldErrors(err)),
  });
  const unplaced = save.error && !Object.keys(fieldErrors(save.error)).some((k) => k in form.values);
  const field = (name: keyof ReleaseValues) => ({ disabled: ro, ...form.getInputProps(name) });
  const productData = groupedProductOptions(products.data?.items ?? []);

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        {!initial && ro && (
          <Text size="sm" c="dimmed" role="note">
            Your role cannot create releases. {can.reason}.
          </Text>
        )}
        {initial && <ReadOnlyNote artefact="release" />}
        <SimpleGrid cols={{ base: 1, sm: compact ? 1 : 2 }}>
          <TextInput label="Name" required data-autofocus placeholder="Release 8.1" {...field('name')} />
          <Select
            label="Product or product line"
            description="A line's release is open to the features of all its products"
            placeholder="None (across products)"
            data={productData}
            clearable
            searchable
            nothingFoundMessage="No product of that name"
            {...field('productId')}
          />
          <DateInput
            label="Target date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear target date' }}
            valueFormat="D MMM YYYY"
            placeholder="Not dated yet"
            {...field('targetDate')}
          />
          {!compact && (
            <NumberInput
              label="Capacity"
              description="Effort the release can hold, in the units of features' effort; empty for no limit"
              min={0}
              max={1_000_000}
              allowNegative={false}
              thousandSeparator=","
              {...field('capacity')}
            />
          )}
          {initial && !compact && (
            <Select
              label="Status"
              description="Only the moves the release workflow allows from here"
              data={statusOptions(initial)}
              allowDeselect={false}
              {...field('status')}
            />
          )}
        </SimpleGrid>
        {!compact && <Textarea label="Description" autosize minRows={2} {...field('description')} />}
        {unplaced && <ErrorNote error={save.error} title="Could not save the release" />}
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          {initial && (
            <Button variant="default" onClick={form.reset} disabled={ro || !form.isDirty()}>
              Discard changes
            </Button>
          )}
          <GuardedButton
            artefact="release"
            action={initial ? 'update' : 'create'}
            type="submit"
            loading={save.isPending}
            disabled={Boolean(initial) && !form.isDirty()}
          >
            {initial ? 'Save release' : 'Create release'}
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
