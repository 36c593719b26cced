import { Alert, Button, Group, MultiSelect, Stack, Table, TagsInput, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { nameOf, useCustomers } from '../../app/lookups';
import { plural } from '../../app/plural';
import { useWorkspace } from '../../app/workspace';
import { CopyCode } from '../../components/CopyCode';
import { ErrorNote } from '../../components/States';
import { call, type Recipient, type Survey } from './api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Personal links: contacts picked (searched as you type) and addresses typed become recipients, each with a
 * link whose token ties the answer to the person and takes one answer. The server keeps only a hash of each
 * token, so the links are shown here once, to copy into the invitation.
 */
export function AddRecipients({ survey, onClose }: { survey: Survey; onClose: () => void }) {
  const ws = useWorkspace();
  const customers = useCustomers();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<string[]>([]);
  const [emails, setEmails] = useState<string[]>([]);
  const [known, setKnown] = useState<Record<string, string>>({});
  const contacts = useQuery({
    queryKey: ['contacts', ws.id, { q, limit: 50 }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/contacts', {
          params: { path: { workspaceId: ws.id }, query: { limit: 50, sort: 'name', ...(q ? { q } : {}) } },
        }),
      ),
  });
  const labelOf = (c: { name: string; email: string | null; customerId: string }) =>
    `${c.name}${c.email ? ` <${c.email}>` : ''} · ${nameOf(customers.data, c.customerId, 'customer')}`;
  const options = [
    ...(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: labelOf(c) })),
    // What was picked stays listed while another search shows other people.
    ...picked
      .filter((id) => !contacts.data?.items.some((c) => c.id === id))
      .map((id) => ({ value: id, label: known[id] ?? id })),
  ];
  const badEmail = emails.find((e) => !EMAIL.test(e));
  const add = useMutation({
    mutationFn: () =>
      call<{ recipients: Recipient[] }>('POST', '/surveys/{id}/recipients', {
        params: { path: { workspaceId: ws.id, id: survey.id } },
        body: {
          recipients: [...picked.map((contactId) => ({ contactId })), ...emails.map((email) => ({ email }))],
        },
      }),
    meta: { inline: true },
  });

  if (add.data) {
    const rows = add.data.recipients;
    const who = (r: Recipient) => (r.contactId && known[r.contactId]) || r.email || 'Anyone with the link';
    const all = rows.map((r) => `${who(r)}\t${r.url}`).join('\n');
    return (
      <Stack>
        <Alert color="yellow" title="Copy these links now" role="note">
          {plural(rows.length, 'personal link')} made. They are shown only once: Tandem keeps no copy it could
          show again. Each link takes one answer.
        </Alert>
        <Table aria-label="Personal links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Recipient</Table.Th>
              <Table.Th>Link</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{who(r)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{r.url}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" fw={600}>
          All links (recipient, tab, link: pastes into a spreadsheet or mail merge)
        </Text>
        <CopyCode value={all} label="All links" />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!badEmail && picked.length + emails.length > 0) add.mutate();
      }}
    >
      <Stack>
        <MultiSelect
          label="Contacts"
          description="Search by name or email; the answer is tied to the contact and their customer"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={options}
          value={picked}
          onChange={(ids) => {
            const labels = { ...known };
            for (const c of contacts.data?.items ?? []) labels[c.id] = labelOf(c);
            setKnown(labels);
            setPicked(ids);
          }}
          nothingFoundMessage={contacts.isFetching ? 'Searching…' : 'No contact matches'}
        />
        <TagsInput
          label="Email addresses"
          description="For people who are not contacts yet (an address of a contact links to them); press Enter after each"
          value={emails}
          onChange={(list) => setEmails(list.map((e) => e.trim()).filter(Boolean))}
          error={badEmail ? `Not an email address: ${badEmail}` : undefined}
        />
        <ErrorNote error={add.error} title="Could not make the links" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending} disabled={picked.length + emails.length === 0}>
            {picked.length + emails.length > 0
              ? `Make ${plural(picked.length + emails.length, 'link')}`
              : 'Make links'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
