import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { roleLabel } from '../app/roles';
import { useCan, useWorkspace, type WorkspaceContext } from '../app/workspace';
import {
  CommercialFields,
  customerValidation,
  emptyCustomer,
  useCreateCustomer,
  type CustomerValues,
} from '../pages/customers/fields';
import { ErrorNote } from './States';

/** The option that stands for "create what I typed"; never a customer id (ids are UUIDs). */
const CREATE = '+create';
const RESULTS = 20;
// Mantine modals close on Escape unless the key comes from an element marked like this: Escape in the
// inline form cancels the form, not the modal holding it.
const STOP_ESCAPE = { 'data-mantine-stop-propagation': 'true' };

type Named = { id: string; name: string };

/** Who may add customers, read from the matrix (owners and contributors who may create). */
function creators(ownership: WorkspaceContext['ownership']) {
  const rule = ownership.artefacts.find((a) => a.artefact === 'customer');
  const roles = [
    ...(rule?.owners ?? []),
    ...(rule?.contributors ?? []).filter((c) => (c.may as string[]).includes('create')).map((c) => c.role),
  ].filter((r) => r !== 'admin');
  return roles.map(roleLabel).join(', ');
}

type Props = {
  /** The chosen customer's id (optional so a form's getInputProps spreads in). */
  value?: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  description?: string;
  placeholder?: string;
  disabled?: boolean;
  error?: React.ReactNode;
};

/**
 * The one customer picker: searches the server as you type (never the whole list), and offers to
 * create the customer you typed when none has that name and your role may add customers.
 */
export function CustomerPicker({ value = null, ...props }: Props) {
  const ws = useWorkspace();
  const canCreate = useCan('customer', 'create');
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  // The chosen customer's name, kept so it shows whatever the current search returns.
  const [picked, setPicked] = useState<Named | null>(null);
  const known = useQuery({
    queryKey: ['customers', ws.id, value],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/customers/{id}', {
          params: { path: { workspaceId: ws.id, id: value! } },
        }),
      ),
    enabled: Boolean(value) && picked?.id !== value,
  });
  const selected: Named | null =
    value && picked?.id === value ? picked : value && known.data ? known.data : null;
  // Showing the chosen name in the box is not a search for it: list from the start then.
  const typed = search.trim() === selected?.name ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 200);
  const results = useQuery({
    queryKey: ['customers', ws.id, 'search', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/customers', {
          params: {
            path: { workspaceId: ws.id },
            query: { q: q || undefined, limit: RESULTS, sort: 'name' },
          },
        }),
      ),
    // Nothing is asked of the server until the person opens the list: a form with a picker costs no request.
    enabled: !props.disabled && opened,
    placeholderData: keepPreviousData,
  });

  const found = results.data?.items ?? [];
  const exact = found.some((c) => c.name.toLocaleLowerCase() === typed.toLocaleLowerCase());
  const offerCreate = canCreate.allowed && typed !== '' && q === typed && !results.isFetching && !exact;
  const options = [...(selected && !found.some((c) => c.id === selected.id) ? [selected] : []), ...found].map(
    (c) => ({ value: c.id, label: c.name }),
  );
  if (offerCreate) options.push({ value: CREATE, label: `Create customer “${typed}”` });

  const choose = (id: string | null) => {
    if (id === CREATE) {
      setCreating(typed);
      return;
    }
    const customer = found.find((c) => c.id === id) ?? (selected?.id === id ? selected : null);
    setPicked(customer);
    props.onChange(id);
  };

  return (
    <Stack gap={6}>
      <Select
        label={props.label ?? 'Customer'}
        description={props.description}
        placeholder={props.placeholder ?? 'Search customers'}
        searchable
        clearable
        disabled={props.disabled || creating !== null}
        error={props.error}
        value={value}
        onChange={choose}
        searchValue={search}
        onSearchChange={setSearch}
        onDropdownOpen={() => setOpened(true)}
        data={options}
        // The server already matched the name; the create option must survive the typed text.
        filter={({ options: all }) => all}
        nothingFoundMessage={
          typed && !results.isFetching
            ? canCreate.allowed
              ? 'No customer by that name'
              : `No customer by that name. Adding customers is for: ${creators(ws.ownership)}, admins.`
            : undefined
        }
      />
      {creating !== null && (
        <InlineCustomerForm
          name={creating}
          onCancel={() => setCreating(null)}
          onCreated={(c) => {
            setCreating(null);
            setPicked(c);
            setSearch(c.name);
            props.onChange(c.id);
          }}
        />
      )}
    </Stack>
  );
}

/**
 * A small form inside whatever form holds the picker, so it is not a <form> of its own (forms do not
 * nest): Enter creates, Escape cancels, and neither reaches the form or the modal around it.
 */
function InlineCustomerForm(props: { name: string; onCancel: () => void; onCreated: (c: Named) => void }) {
  const form = useForm<CustomerValues>({
    initialValues: emptyCustomer(props.name),
    validate: customerValidation,
  });
  const create = useCreateCustomer({ onCreated: props.onCreated });
  const submit = () => {
    if (!form.validate().hasErrors) create.mutate(form.getValues());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    // An open Select dropdown handles its own keys.
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (e.key === 'Enter' && target.tagName === 'INPUT') {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onCancel();
    }
  };
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label="New customer" onKeyDown={onKeyDown}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          New customer
        </Text>
        <TextInput
          label="Customer name"
          required
          data-autofocus
          {...STOP_ESCAPE}
          {...form.getInputProps('name')}
        />
        <CommercialFields form={form} inputProps={STOP_ESCAPE} />
        <ErrorNote error={create.error} title="Could not add the customer" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button size="xs" loading={create.isPending} onClick={submit}>
            Create customer
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
