import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading } from '../../components/States';
import { type Contact, loadContacts } from './data';

type Values = { name: string; email: string; title: string };

const validate = {
  name: (v: string) =>
    !v.trim()
      ? 'Give the contact a name'
      : v.trim().length > 200
        ? 'Keep the name under 200 characters'
        : null,
  email: (v: string) =>
    !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())
      ? null
      : 'Enter an email address like ana@example.com',
  title: (v: string) => (v.trim().length > 200 ? 'Keep the job title under 200 characters' : null),
};

const body = (v: Values) => ({
  name: v.name.trim(),
  email: v.email.trim() || null,
  title: v.title.trim() || null,
});

/** The people at a customer: sales and product marketing add them, product management keeps them. */
export function Contacts({ customerId, customerName }: { customerId: string; customerName: string }) {
  const ws = useWorkspace();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const contacts = useQuery({
    queryKey: ['contacts', ws.id, { customerId }],
    queryFn: () => loadContacts(ws.id, customerId),
  });
  const add = (
    <GuardedButton
      artefact="contact"
      action="create"
      variant="light"
      size="xs"
      onClick={() => setEditing('new')}
    >
      Add contact
    </GuardedButton>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Contacts">
      <Group justify="space-between" mb="xs">
        <Text fw={700} component="h2" size="md" m={0}>
          Contacts
        </Text>
        {add}
      </Group>
      <Loading query={contacts} label="Loading contacts">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No contacts yet">
              Add the people you talk to at {customerName}, so feedback can name who said it.
            </Empty>
          ) : (
            <Table aria-label={`Contacts at ${customerName}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Job title</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.name}</Table.Td>
                    <Table.Td>{p.title || <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>
                      {p.email ? (
                        <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
                      ) : (
                        <Text c="dimmed">—</Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <GuardedButton
                        artefact="contact"
                        action="update"
                        variant="subtle"
                        size="xs"
                        onClick={() => setEditing(p)}
                        aria-label={`Edit ${p.name}`}
                      >
                        Edit
                      </GuardedButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loading>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? `New contact at ${customerName}` : 'Edit contact'}
      >
        {editing !== null && (
          <ContactForm
            customerId={customerId}
            contact={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}

function ContactForm(props: { customerId: string; contact: Contact | null; onDone: () => void }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const c = props.contact;
  const [confirming, setConfirming] = useState(false);
  const form = useForm<Values>({
    initialValues: { name: c?.name ?? '', email: c?.email ?? '', title: c?.title ?? '' },
    validate,
  });
  const done = () => {
    void client.invalidateQueries({ queryKey: ['contacts', ws.id] });
    props.onDone();
  };
  const save = useMutation({
    mutationFn: (v: Values & { version?: number }) =>
      c
        ? unwrap(
            api.PATCH('/api/v1/workspaces/{workspaceId}/contacts/{id}', {
              params: { path: { workspaceId: ws.id, id: c.id } },
              body: { ...body(v), version: v.version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/contacts', {
              params: { path: { workspaceId: ws.id } },
              body: { customerId: props.customerId, ...body(v) },
            }),
          ),
    meta: {
      inline: true,
      success: c ? 'Contact saved' : 'Contact added',
      ...(c && { conflict: { workspaceId: ws.id, entityType: 'contact', entityId: c.id } }),
    },
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/contacts/{id}', {
          params: { path: { workspaceId: ws.id, id: c!.id } },
          headers: { 'If-Match': `"${c!.version}"` },
        }),
      ),
    meta: { inline: true, success: 'Contact deleted' },
    onSuccess: done,
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: c?.version }))}>
      <Stack>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Job title" placeholder="VP Operations" {...form.getInputProps('title')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
        <ErrorNote error={save.error} title="Could not save the contact" />
        <ErrorNote error={remove.error} title="Could not delete the contact" />
        <Group justify="space-between">
          {c ? (
            // Deleting asks once more: a second click on the same place confirms.
            <GuardedButton
              artefact="contact"
              action="delete"
              variant={confirming ? 'filled' : 'subtle'}
              color="red"
              loading={remove.isPending}
              onClick={() => (confirming ? remove.mutate() : setConfirming(true))}
            >
              {confirming ? `Yes, delete ${c.name}` : 'Delete contact'}
            </GuardedButton>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={props.onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {c ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
