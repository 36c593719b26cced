import { Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { SENTIMENTS, SOURCES, type Sentiment, type Source } from '../../app/labels';
import { optionsOf, useProducts } from '../../app/lookups';
import { ContactPicker } from '../../components/ContactPicker';
import { CustomerPicker } from '../../components/CustomerPicker';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

type Values = {
  text: string;
  title: string;
  customerId: string | null;
  contactId: string | null;
  productId: string | null;
  source: Source;
  sentiment: Sentiment | null;
  tags: string[];
};

/** Record what a customer said: the text first, the rest optional. */
export function AddFeedbackModal(props: {
  opened: boolean;
  onClose: () => void;
  defaultProductId?: string | null;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Add feedback" size="lg">
      {props.opened && <AddFeedbackForm {...props} />}
    </FormModal>
  );
}

function AddFeedbackForm(props: { onClose: () => void; defaultProductId?: string | null }) {
  const ws = useWorkspace();
  const products = useProducts();
  const form = useForm<Values>({
    initialValues: {
      text: '',
      title: '',
      customerId: null,
      contactId: null,
      productId: props.defaultProductId ?? null,
      source: 'sales_call',
      sentiment: null,
      tags: [],
    },
    validate: { text: (v) => (v.trim() ? null : 'Say what the customer asked for') },
  });
  useUnsavedChanges(form.isDirty());
  // A contact belongs to one customer: another customer starts without one.
  const chooseCustomer = (customerId: string | null) =>
    form.setValues({
      customerId,
      contactId: customerId === form.values.customerId ? form.values.contactId : null,
    });
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/feedback', {
          params: { path: { workspaceId: ws.id } },
          body: {
            text: v.text.trim(),
            title: v.title.trim() || undefined,
            customerId: v.customerId,
            contactId: v.contactId,
            productId: v.productId,
            source: v.source,
            sentiment: v.sentiment,
            tags: v.tags,
          },
        }),
      ),
    meta: { inline: true, success: 'Feedback recorded' },
    onSuccess: () => props.onClose(),
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <Textarea
          label="What did the customer say?"
          autosize
          minRows={4}
          required
          data-autofocus
          {...form.getInputProps('text')}
          {...charLimit(form.values.text, LIMITS.longText)}
        />
        <TextInput
          label="Title"
          {...form.getInputProps('title')}
          {...charLimit(
            form.values.title,
            LIMITS.name,
            'Optional: a short summary; the first words of the text otherwise',
          )}
        />
        <Group grow align="flex-start">
          <CustomerPicker {...form.getInputProps('customerId')} onChange={chooseCustomer} />
          <ContactPicker customerId={form.values.customerId} {...form.getInputProps('contactId')} />
        </Group>
        <Group grow align="flex-start">
          <Select
            label="Product"
            placeholder="Any product"
            clearable
            data={optionsOf(products.data)}
            {...form.getInputProps('productId')}
          />
          <Select
            label="Source"
            data={SOURCES.map((s) => ({ ...s }))}
            allowDeselect={false}
            {...form.getInputProps('source')}
          />
          <Select
            label="Sentiment"
            clearable
            data={SENTIMENTS.map((s) => ({ ...s }))}
            {...form.getInputProps('sentiment')}
          />
        </Group>
        <TagsInput label="Tags" description="Press Enter after each tag" {...form.getInputProps('tags')} />
        <ErrorNote form={form} error={create.error} title="Could not record the feedback" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Record feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
