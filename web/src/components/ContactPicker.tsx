import { Select } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useCan, useWorkspace } from '../app/workspace';
import { ErrorNote } from './States';

/** The option that stands for "add the person I typed"; never a contact id (ids are UUIDs). */
const CREATE = '+create';

type Props = {
  /** The customer whose people are offered; without one there is no one to pick. */
  customerId: string | null;
  value?: string | null;
  onChange: (id: string | null) => void;
  disabled?: boolean;
  error?: React.ReactNode;
};

/**
 * Who said it: a person at the chosen customer. Typing a name nobody there has offers to add them
 * (name only; email and title are kept on the customer's page), for the roles that may add contacts.
 */
export function ContactPicker({ customerId, value = null, ...props }: Props) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const canCreate = useCan('contact', 'create');
  const [search, setSearch] = useState('');
  const contacts = useQuery({
    queryKey: ['contacts', ws.id, { customerId }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/contacts', {
          params: {
            path: { workspaceId: ws.id },
            query: { customerId: customerId!, limit: 200, sort: 'name' },
          },
        }),
      ),
    enabled: Boolean(customerId),
  });
  const create = useMutation({
    mutationFn: (name: string) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/contacts', {
          params: { path: { workspaceId: ws.id } },
          body: { customerId: customerId!, name },
        }),
      ),
    meta: { inline: true, success: 'Contact added' },
    onSuccess: (created) => {
      client.setQueryData(['contacts', ws.id, { customerId }], {
        items: [...(contacts.data?.items ?? []), created],
        nextCursor: contacts.data?.nextCursor ?? null,
      });
      void client.invalidateQueries({ queryKey: ['contacts', ws.id] });
      setSearch(labelOf(created));
      props.onChange(created.id);
    },
  });
  const people = contacts.data?.items ?? [];
  const typed = search.trim();
  const labelOf = (p: { name: string; title: string | null }) => (p.title ? `${p.name}, ${p.title}` : p.name);
  const chosen = people.find((p) => p.id === value);
  const offerCreate =
    canCreate.allowed &&
    typed !== '' &&
    typed !== (chosen && labelOf(chosen)) &&
    !people.some((p) => p.name.toLocaleLowerCase() === typed.toLocaleLowerCase());
  const options = people.map((p) => ({ value: p.id, label: labelOf(p) }));
  if (offerCreate) options.push({ value: CREATE, label: `Add contact “${typed}”` });

  return (
    <>
      <Select
        label="Contact"
        description={customerId ? 'The person who said it' : 'Choose the customer first'}
        // Under the input, so the field lines up with the customer field beside it.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder={customerId ? 'Search people at this customer' : undefined}
        searchable
        clearable
        disabled={props.disabled || !customerId || create.isPending}
        error={props.error}
        value={value}
        onChange={(id) => (id === CREATE ? create.mutate(typed) : props.onChange(id))}
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        nothingFoundMessage={customerId && !contacts.isPending ? 'No one by that name here' : undefined}
      />
      <ErrorNote error={create.error} title="Could not add the contact" />
    </>
  );
}
