import {
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../app/format';
import { useWorkspace } from '../../app/workspace';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Spinner } from '../../components/States';
import { type SourceKind, useSources } from './queries';
import { cleanDomains, domainProblem, KIND_HINT, KIND_LABEL } from './setup';

const kindOptions = (Object.keys(KIND_LABEL) as SourceKind[]).map((k) => ({
  value: k,
  label: KIND_LABEL[k],
}));

/** The workspace's sources: kind, domains, whether the key works; a new one opens its setup page. */
export function SourcesTab() {
  const ws = useWorkspace();
  const list = useSources();
  const [adding, setAdding] = useState(false);
  const newButton = (
    <GuardedButton artefact="source" action="create" onClick={() => setAdding(true)}>
      New source
    </GuardedButton>
  );
  const rows = list.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Each source has a public write-only key: it can only send events to that source.
        </Text>
        {rows.length > 0 && newButton}
      </Group>
      {list.isPending ? (
        <Spinner label="Loading sources" />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : rows.length === 0 ? (
        <Empty title="No sources yet" action={newButton}>
          Add your website to get a one-line snippet, or your product app or server to send events with the
          PostHog or Segment SDK you already use.
        </Empty>
      ) : (
        <Table aria-label="Sources" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Source</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Domains</Table.Th>
              <Table.Th>Key</Table.Th>
              <Table.Th>Added</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws.id}/signals/sources/${s.id}`} fw={600}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{KIND_LABEL[s.kind]}</Table.Td>
                <Table.Td>{s.domains.length ? s.domains.join(', ') : <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  {s.status === 'revoked' ? (
                    <Badge color="red" variant="light">
                      Revoked
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      Active
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(s.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title="New source">
        <NewSourceForm onCancel={() => setAdding(false)} />
      </FormModal>
    </Stack>
  );
}

type Values = { name: string; kind: SourceKind; domains: string[] };

/** Name, kind and (for a website) its host names; created, the source's setup page opens. */
export function NewSourceForm({ onCancel }: { onCancel: () => void }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: { name: '', kind: 'website', domains: [] },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the source a name'),
      domains: (v, all) =>
        all.kind !== 'website'
          ? null
          : (v.map(domainProblem).find(Boolean) ?? (v.length > 20 ? 'At most 20 domains' : null)),
    },
  });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/sources', {
          params: { path: { workspaceId: ws.id } },
          body: {
            name: v.name.trim(),
            kind: v.kind,
            ...(v.kind === 'website' ? { domains: cleanDomains(v.domains) } : {}),
          },
        }),
      ),
    meta: { inline: true, success: 'Source added' },
    onSuccess: (s) => navigate(`/w/${ws.id}/signals/sources/${s.id}`),
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <TextInput
          label="Name"
          placeholder="Marketing website"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label="Kind"
          allowDeselect={false}
          data={kindOptions}
          description={KIND_HINT[form.values.kind]}
          {...form.getInputProps('kind')}
        />
        {form.values.kind === 'website' && (
          <TagsInput
            label="Domains"
            description="The exact host names the site is served from, e.g. www.example.com (press Enter after each)"
            placeholder="www.example.com"
            {...form.getInputProps('domains')}
          />
        )}
        <ErrorNote error={create.error} title="Could not add the source" form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add source
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
