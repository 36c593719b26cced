import { Anchor, Badge, Button, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading, PageHeader } from '../../components/States';
import { collect } from '../../app/lookups';
import { displayHost, matchesName, staleCompetitorIds } from './battlecards';
import { loadAllBattlecards } from './data';
import { ExternalLink } from '../../components/ExternalLink';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

export default function CompetitorsPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [creating, createModal] = useDisclosure(false);
  const competitors = useQuery({
    queryKey: ['competitors', ws.id, 'all'],
    queryFn: () =>
      collect((cursor) =>
        unwrap(
          api.GET('/api/v1/workspaces/{workspaceId}/competitors', {
            params: { path: { workspaceId: ws.id }, query: { limit: 200, cursor } },
          }),
        ),
      ),
  });
  const battlecards = useQuery({
    queryKey: ['battlecards', ws.id, 'all'],
    queryFn: () => loadAllBattlecards(ws.id),
  });
  const stale = staleCompetitorIds(battlecards.data?.items ?? []);
  const setSearch = (value: string) =>
    setParams(
      (p) => {
        if (value) p.set('q', value);
        else p.delete('q');
        return p;
      },
      { replace: true },
    );

  return (
    <Stack>
      <PageHeader
        title="Competitors"
        subtitle="Who we meet in deals, and the battlecards sales use against them."
        actions={
          <GuardedButton artefact="competitor" action="create" onClick={createModal.open}>
            New competitor
          </GuardedButton>
        }
      />
      <TextInput
        label="Find a competitor"
        placeholder="Type a competitor's name to reach its battlecards"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        autoFocus
      />
      <Loading query={competitors}>
        {(data) => {
          const rows = data.items.filter((c) => matchesName(c.name, search));
          if (data.items.length === 0)
            return (
              <Empty
                title="No competitors yet"
                action={
                  <GuardedButton artefact="competitor" action="create" onClick={createModal.open}>
                    New competitor
                  </GuardedButton>
                }
              >
                Record who you meet in deals, then write a battlecard for sales against each one.
              </Empty>
            );
          if (rows.length === 0)
            return (
              <Empty title={`No competitor matches "${search}"`}>
                Check the spelling, or clear the search to see every competitor.
              </Empty>
            );
          return (
            <Table aria-label="Competitors" striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Competitor</Table.Th>
                  <Table.Th>Website</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th ta="right">Battlecards</Table.Th>
                  <Table.Th>Review</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/competitors/${c.id}`} fw={600}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {c.website ? (
                        <ExternalLink href={c.website}>{displayHost(c.website)}</ExternalLink>
                      ) : (
                        <Text c="dimmed">—</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.category || <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td ta="right">{c.battlecardCount}</Table.Td>
                    <Table.Td>
                      {c.battlecardCount === 0 ? (
                        <Text size="sm" c="dimmed">
                          No battlecard
                        </Text>
                      ) : stale.has(c.id) ? (
                        <Badge color="red">Stale</Badge>
                      ) : battlecards.data ? (
                        <Badge color="teal" variant="light">
                          Fresh
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </Loading>
      <FormModal opened={creating} onClose={createModal.close} title="New competitor">
        <NewCompetitorForm onDone={createModal.close} />
      </FormModal>
    </Stack>
  );
}

function NewCompetitorForm({ onDone }: { onDone: () => void }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { name: '', website: '', category: '', description: '' } });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (body: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/competitors', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true, success: 'Competitor recorded' },
    onSuccess: (c) => {
      onDone();
      navigate(`/w/${ws.id}/competitors/${c.id}`);
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
      <Stack>
        <TextInput
          label="Name"
          required
          placeholder="Lumina BI"
          {...form.getInputProps('name')}
          {...charLimit(form.values.name, LIMITS.name)}
        />
        <TextInput label="Website" placeholder="https://…" type="url" {...form.getInputProps('website')} />
        <TextInput label="Category" placeholder="Enterprise BI suite" {...form.getInputProps('category')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <ErrorNote form={form} error={create.error} title="Could not record the competitor" />
        <Button type="submit" loading={create.isPending}>
          Record competitor
        </Button>
      </Stack>
    </form>
  );
}
