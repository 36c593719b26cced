import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { type Body, type Product, useProducts } from '../../app/lookups';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { fieldErrors } from '../auth/AuthPages';
import { lineOptions, NAME_MAX, productValues, type ProductValues, productChanges, TEXT_MAX } from './values';

/** What every create/edit form of the catalog takes (the first-run guide reuses them). */
export type CatalogFormProps<T> = {
  /** The entity to edit; without it the form creates one. */
  initial?: T;
  onSaved?: (saved: { id: string; name: string }) => void;
  onCancel?: () => void;
  /** Only the fields needed to start (name, product line); the rest can follow on the detail page. */
  compact?: boolean;
};

/** A product line: a top-level product that groups products (releases can belong to it). */
export function ProductLineForm(props: CatalogFormProps<Product>) {
  return <ProductEditor {...props} kind="line" />;
}

/** A product, usually inside a product line. */
export function ProductForm(props: CatalogFormProps<Product> & { defaultLineId?: string | null }) {
  return <ProductEditor {...props} kind="product" />;
}

type ProductBody = Body<'/api/v1/workspaces/{workspaceId}/products', 'post'>;
type ProductPatch = Omit<Body<'/api/v1/workspaces/{workspaceId}/products/{id}', 'patch'>, 'version'>;

const tooLong = (max: number) => (v: string) =>
  v.length > max
    ? `Keep it under ${max.toLocaleString('en')} characters (now ${v.length.toLocaleString('en')})`
    : null;

function ProductEditor(
  props: CatalogFormProps<Product> & { kind: 'line' | 'product'; defaultLineId?: string | null },
) {
  const { initial, kind, compact } = props;
  const ws = useWorkspace();
  const products = useProducts();
  const can = useCan('product', initial ? 'update' : 'create');
  const ro = !can.allowed;
  const noun = kind === 'line' ? 'product line' : 'product';
  const form = useForm<ProductValues>({
    initialValues: initial
      ? productValues(initial)
      : { ...productValues(), parentId: props.defaultLineId ?? null },
    validate: {
      name: (v) => (v.trim() ? tooLong(NAME_MAX)(v.trim()) : `Give the ${noun} a name`),
      description: tooLong(TEXT_MAX),
      vision: tooLong(TEXT_MAX),
      function: tooLong(TEXT_MAX),
      targetDemographic: tooLong(TEXT_MAX),
      value: tooLong(TEXT_MAX),
    },
  });
  const save = useMutation({
    mutationFn: async (v: ProductValues) => {
      if (!initial) {
        const body: ProductBody = { ...productChanges(undefined, v), name: v.name.trim() };
        return unwrap(
          api.POST('/api/v1/workspaces/{workspaceId}/products', {
            params: { path: { workspaceId: ws.id } },
            body,
          }),
        );
      }
      const patch: ProductPatch = productChanges(initial, v);
      return unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/products/{id}', {
          params: { path: { workspaceId: ws.id, id: initial.id } },
          body: { ...patch, version: initial.version },
        }),
      );
    },
    meta: {
      inline: true,
      success: initial
        ? `${kind === 'line' ? 'Product line' : 'Product'} saved`
        : `${kind === 'line' ? 'Product line' : 'Product'} created`,
      ...(initial && { conflict: { workspaceId: ws.id, entityType: 'product', entityId: initial.id } }),
    },
    onSuccess: (saved) => {
      if (!initial) form.reset();
      else form.resetDirty(productValues(saved));
      props.onSaved?.({ id: saved.id, name: saved.name });
    },
    onError: (err) => form.setErrors(fieldErrors(err)),
  });
  const serverFields = fieldErrors(save.error);
  const unplaced = save.error && !Object.keys(serverFields).some((k) => k in form.values);
  const lines = lineOptions(products.data?.items ?? [], initial?.id);
  const field = (name: keyof ProductValues) => ({ disabled: ro, ...form.getInputProps(name) });

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        {!initial && ro && (
          <Text size="sm" c="dimmed" role="note">
            Your role cannot create {noun}s. {can.reason}.
          </Text>
        )}
        {initial && <ReadOnlyNote artefact="product" />}
        <SimpleGrid cols={{ base: 1, sm: kind === 'product' ? 2 : 1 }}>
          <TextInput
            label="Name"
            required
            data-autofocus
            placeholder={kind === 'line' ? 'Northwind Analytics Platform' : 'Northwind Dashboards'}
            {...field('name')}
          />
          {kind === 'product' && (
            <Select
              label="Product line"
              description="Releases of the line are open to its products' features"
              placeholder={lines.length ? 'None (a product on its own)' : 'No product line yet'}
              data={lines}
              clearable
              searchable
              nothingFoundMessage="No product line of that name"
              {...field('parentId')}
            />
          )}
        </SimpleGrid>
        {!compact && (
          <>
            <Textarea label="Description" autosize minRows={2} {...field('description')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label="Vision"
                description="Where it is going, in a sentence"
                autosize
                minRows={2}
                {...field('vision')}
              />
              <Textarea
                label="Function"
                description="What it is for"
                autosize
                minRows={2}
                {...field('function')}
              />
              <Textarea
                label="Target demographic"
                description="Who it is for"
                autosize
                minRows={2}
                {...field('targetDemographic')}
              />
              <Textarea
                label="Value"
                description="Which problems it solves for whom"
                autosize
                minRows={2}
                {...field('value')}
              />
            </SimpleGrid>
          </>
        )}
        {unplaced && <ErrorNote error={save.error} title={`Could not save the ${noun}`} />}
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
            artefact="product"
            action={initial ? 'update' : 'create'}
            type="submit"
            loading={save.isPending}
            disabled={Boolean(initial) && !form.isDirty()}
          >
            {initial ? `Save ${noun}` : `Create ${noun}`}
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
