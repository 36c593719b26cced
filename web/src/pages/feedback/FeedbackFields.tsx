import { Button, Paper, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { ReadOnlyNote } from '../../components/Guarded';
import { ContactPicker } from '../../components/ContactPicker';
import { CustomerPicker } from '../../components/CustomerPicker';
import { ErrorNote } from '../../components/States';
import { SENTIMENTS, SOURCES, type Sentiment, type Source } from '../../app/labels';
import { optionsOf, usePersonas, useProducts } from '../../app/lookups';
import type { FeedbackDetailData } from './FeedbackDetail';

type Values = {
  customerId: string | null;
  contactId: string | null;
  productId: string | null;
  personaId: string | null;
  source: Source;
  sentiment: Sentiment | null;
  tags: string[];
};

const valuesOf = (f: FeedbackDetailData): Values => ({
  customerId: f.customerId,
  contactId: f.contactId,
  productId: f.productId,
  personaId: f.personaId,
  source: f.source,
  sentiment: f.sentiment,
  tags: f.tags,
});

/** Triage details product management sets: customer, product, persona, source, sentiment, tags. */
export function FeedbackFields({ f }: { f: FeedbackDetailData }) {
  const ws = useWorkspace();
  const can = useCan('feedback', 'update');
  const products = useProducts();
  const personas = usePersonas();
  const form = useForm<Values>({ initialValues: valuesOf(f) });
  // A saved or reloaded item becomes the new starting point.
  useEffect(() => {
    form.setInitialValues(valuesOf(f));
    form.setValues(valuesOf(f));
  }, [f.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Values & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/feedback/{id}', {
          params: { path: { workspaceId: ws.id, id: f.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'feedback', entityId: f.id },
      success: 'Saved',
      inline: true,
    },
  });
  const disabled = !can.allowed;
  // A contact belongs to one customer: moving the item to another customer drops its contact.
  const chooseCustomer = (customerId: string | null) =>
    form.setValues({
      customerId,
      contactId: customerId === form.values.customerId ? form.values.contactId : null,
    });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Details">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Details
      </Text>
      <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: f.version }))}>
        <Stack gap="sm">
          <ReadOnlyNote artefact="feedback" />
          <CustomerPicker
            description="Who asked: their revenue weighs the demand of linked features"
            disabled={disabled}
            {...form.getInputProps('customerId')}
            onChange={chooseCustomer}
          />
          <ContactPicker
            customerId={form.values.customerId}
            disabled={disabled}
            {...form.getInputProps('contactId')}
          />
          <Select
            label="Product"
            placeholder="None"
            clearable
            data={optionsOf(products.data)}
            disabled={disabled}
            {...form.getInputProps('productId')}
          />
          <Select
            label="Persona"
            description="The buyer this feedback speaks for"
            placeholder="None"
            clearable
            searchable
            data={optionsOf(personas.data)}
            disabled={disabled}
            {...form.getInputProps('personaId')}
          />
          <Select
            label="Source"
            data={SOURCES.map((s) => ({ ...s }))}
            allowDeselect={false}
            disabled={disabled}
            {...form.getInputProps('source')}
          />
          <Select
            label="Sentiment"
            clearable
            placeholder="Not set"
            data={SENTIMENTS.map((s) => ({ ...s }))}
            disabled={disabled}
            {...form.getInputProps('sentiment')}
          />
          <TagsInput label="Tags" disabled={disabled} {...form.getInputProps('tags')} />
          <ErrorNote error={save.error} title="Could not save" />
          {can.allowed && (
            <Button type="submit" disabled={!form.isDirty()} loading={save.isPending}>
              Save details
            </Button>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
