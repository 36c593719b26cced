import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import {
  CommercialFields,
  customerBody,
  customerValidation,
  emptyCustomer,
  useCreateCustomer,
  type CustomerForm,
  type CustomerValues,
} from './fields';
import type { Customer } from './data';

function IdentityFields({ form, readOnly }: { form: CustomerForm; readOnly?: boolean }) {
  return (
    <>
      <TextInput label="Name" required readOnly={readOnly} data-autofocus {...form.getInputProps('name')} />
      <TextInput
        label="Website"
        placeholder="https://…"
        type="url"
        readOnly={readOnly}
        {...form.getInputProps('website')}
      />
      <TextInput
        label="External id"
        description="The id in your CRM or billing system; CSV imports find the customer by it"
        readOnly={readOnly}
        {...form.getInputProps('externalId')}
      />
    </>
  );
}

/** New customer, from the customers page: created, then opened. */
export function NewCustomerForm({ onDone }: { onDone: () => void }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const form = useForm<CustomerValues>({ initialValues: emptyCustomer(), validate: customerValidation });
  const create = useCreateCustomer({
    onCreated: (c) => {
      onDone();
      navigate(`/w/${ws.id}/customers/${c.id}`);
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <IdentityFields form={form} />
        <CommercialFields form={form} />
        <ErrorNote error={create.error} title="Could not add the customer" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add customer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const valuesOf = (c: Customer): CustomerValues => ({
  name: c.name,
  segment: c.segment,
  plan: c.plan ?? '',
  annualRevenue: c.annualRevenue,
  website: c.website ?? '',
  externalId: c.externalId ?? '',
});

/** The customer's details: product management edits them, everyone else reads them. */
export function CustomerDetails({ customer: c }: { customer: Customer }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const can = useCan('customer', 'update');
  const form = useForm<CustomerValues>({ initialValues: valuesOf(c), validate: customerValidation });
  // A saved or reloaded customer becomes the new starting point.
  useEffect(() => {
    form.setInitialValues(valuesOf(c));
    form.setValues(valuesOf(c));
  }, [c.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useMutation({
    mutationFn: ({ version, ...v }: CustomerValues & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/customers/{id}', {
          params: { path: { workspaceId: ws.id, id: c.id } },
          body: { ...customerBody(v), version },
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'customer', entityId: c.id },
      success: 'Customer saved',
      inline: true,
    },
    onSuccess: (saved) => {
      client.setQueryData(['customers', ws.id, c.id], saved);
      void client.invalidateQueries({ queryKey: ['customers', ws.id] });
    },
  });
  // Read only, not disabled: what a role may not change must stay easy to read.
  const readOnly = !can.allowed;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Details">
      <Text fw={700} component="h2" size="md" m={0} mb="xs">
        Details
      </Text>
      <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: c.version }))}>
        <Stack gap="sm">
          <ReadOnlyNote artefact="customer" />
          <IdentityFields form={form} readOnly={readOnly} />
          <CommercialFields form={form} readOnly={readOnly} />
          <ErrorNote error={save.error} title="Could not save the customer" />
          {can.allowed && (
            <Group justify="flex-end">
              <Button type="submit" disabled={!form.isDirty()} loading={save.isPending}>
                Save customer
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
