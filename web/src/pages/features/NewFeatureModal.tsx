import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { optionsOf, useProducts } from '../../app/lookups';
import { ProductForm } from '../products/ProductForms';
import { useState } from 'react';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

type Values = { productId: string | null; title: string; asA: string; iWant: string; soThat: string };

/** A new user story: product and title required, the story itself encouraged. */
export function NewFeatureModal(props: {
  opened: boolean;
  onClose: () => void;
  defaultProductId?: string | null;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="New feature" size="lg">
      {props.opened && <NewFeatureForm {...props} />}
    </FormModal>
  );
}

function NewFeatureForm(props: { onClose: () => void; defaultProductId?: string | null }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const products = useProducts();
  const form = useForm<Values>({
    initialValues: { productId: props.defaultProductId ?? null, title: '', asA: '', iWant: '', soThat: '' },
    validate: {
      productId: (v) => (v ? null : 'Choose the product'),
      title: (v) => (v.trim() ? null : 'Give the feature a title'),
    },
  });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/features', {
          params: { path: { workspaceId: ws.id } },
          body: {
            productId: v.productId!,
            title: v.title.trim(),
            asA: v.asA.trim(),
            iWant: v.iWant.trim(),
            soThat: v.soThat.trim(),
          },
        }),
      ),
    meta: { inline: true, success: 'Feature created' },
    onSuccess: (f) => {
      props.onClose();
      navigate(`/w/${ws.id}/features/${f.id}`);
    },
  });
  // A new workspace has no product yet: the first one is created here, then the feature goes in it.
  const [started, setStarted] = useState<{ id: string; name: string } | null>(null);
  if (products.data?.items.length === 0 && !started)
    return (
      <Stack>
        <Text size="sm">
          Every feature belongs to a product, and there is none yet. Create the first one; you can add its
          vision and its product line later on its page.
        </Text>
        <ProductForm
          compact
          onCancel={props.onClose}
          onSaved={(p) => {
            setStarted(p);
            form.setFieldValue('productId', p.id);
          }}
        />
      </Stack>
    );
  const productOptions = optionsOf(products.data);
  if (started && !productOptions.some((o) => o.value === started.id))
    productOptions.push({ value: started.id, label: started.name });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <Select label="Product" required data={productOptions} {...form.getInputProps('productId')} />
        <TextInput
          label="Title"
          required
          data-autofocus
          {...form.getInputProps('title')}
          {...charLimit(form.values.title, LIMITS.name)}
        />
        <TextInput label="As a" placeholder="finance manager" {...form.getInputProps('asA')} />
        <Textarea
          label="I want"
          autosize
          minRows={2}
          placeholder="a dashboard emailed to my team every Monday"
          {...form.getInputProps('iWant')}
        />
        <Textarea
          label="So that"
          autosize
          minRows={2}
          placeholder="we start the week from the same numbers"
          {...form.getInputProps('soThat')}
        />
        <ErrorNote form={form} error={create.error} title="Could not create the feature" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create feature
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
