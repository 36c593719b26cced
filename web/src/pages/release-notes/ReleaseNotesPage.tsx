import { Anchor, Badge, Group, Paper, Select, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { FoldedComments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading, PageHeader } from '../../components/States';
import { optionsOf, useReleases } from '../../app/lookups';
import { Changelog } from './Changelog';
import { loadNotes, type Note, NoteForm } from './NoteForm';
import { Markdown } from './Markdown';
import { groupByRelease, NOTE_STATE, noteState } from './notes';
import { PublishDialog } from './PublishDialog';
import { FormModal } from '../../components/FormModal';

export default function ReleaseNotesPage() {
  const ws = useWorkspace();
  const [creating, createModal] = useDisclosure(false);
  const [releaseId, setReleaseId] = useState<string | null>(null);
  const releases = useReleases();
  const notes = useQuery({ queryKey: ['release-notes', ws.id, 'all'], queryFn: () => loadNotes(ws.id) });

  return (
    <Stack>
      <PageHeader
        title="Release notes"
        subtitle="What each release brings, in customers' words. Public notes feed the changelog once published."
        actions={
          <GuardedButton artefact="release_note" action="create" onClick={createModal.open}>
            New release note
          </GuardedButton>
        }
      />
      <Tabs defaultValue="notes" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="notes">Notes by release</Tabs.Tab>
          <Tabs.Tab value="changelog">Public changelog preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="notes" pt="md">
          <Stack>
            <Select
              label="Release"
              placeholder="All releases"
              data={optionsOf(releases.data)}
              value={releaseId}
              onChange={setReleaseId}
              clearable
              searchable
              maw={320}
            />
            <Loading query={notes}>
              {(data) => {
                const shown = data.items.filter((n) => !releaseId || n.releaseId === releaseId);
                if (shown.length === 0)
                  return (
                    <Empty
                      title={releaseId ? 'No notes for this release' : 'No release notes yet'}
                      action={
                        <GuardedButton artefact="release_note" action="create" onClick={createModal.open}>
                          New release note
                        </GuardedButton>
                      }
                    >
                      Draft a note while its release is planned; publish it once the release ships to show it
                      in the changelog.
                    </Empty>
                  );
                return groupByRelease(shown, releases.data?.items ?? []).map((g) => (
                  <Stack key={g.releaseId} gap="xs">
                    <Title order={2} size="h4">
                      {g.releaseName}
                    </Title>
                    {g.notes.map((n) => (
                      <NoteCard key={n.id} note={n} />
                    ))}
                  </Stack>
                ));
              }}
            </Loading>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="changelog" pt="md">
          <Changelog />
        </Tabs.Panel>
      </Tabs>
      <FormModal opened={creating} onClose={createModal.close} title="New release note" size="lg">
        <NoteForm onDone={createModal.close} />
      </FormModal>
    </Stack>
  );
}

function NoteCard({ note }: { note: Note }) {
  const ws = useWorkspace();
  const [editing, editModal] = useDisclosure(false);
  const [publishing, publishModal] = useDisclosure(false);
  const state = noteState(note);
  const params = { path: { workspaceId: ws.id, id: note.id } };
  const conflict = { workspaceId: ws.id, entityType: 'release_note', entityId: note.id };
  const unpublish = useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/release-notes/{id}/unpublish', {
          params,
          body: { version },
        }),
      ),
    meta: { inline: true, success: 'Back to draft', conflict },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/workspaces/{workspaceId}/release-notes/{id}', { params })),
    meta: { success: 'Release note deleted' },
  });

  return (
    <Paper withBorder p="md" component="article" aria-label={note.title}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Text fw={600}>{note.title}</Text>
            <Badge color={NOTE_STATE[state].color}>{NOTE_STATE[state].label}</Badge>
            <Badge variant="outline" color={note.visibility === 'public' ? 'indigo' : 'gray'}>
              {note.visibility === 'public' ? 'Public' : 'Internal'}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {note.publishAt
              ? `${state === 'published' ? 'Published' : 'Publishes'} ${dayjs(note.publishAt).format('D MMM YYYY, HH:mm')}${state === 'waiting' ? ', once the release has shipped' : ''}`
              : `Draft · updated ${dayjs(note.updatedAt).format('D MMM YYYY')}`}
          </Text>
        </div>
        <Group gap="xs">
          {state === 'draft' ? (
            <GuardedButton artefact="release_note" action="update" size="xs" onClick={publishModal.open}>
              Publish…
            </GuardedButton>
          ) : (
            <GuardedButton
              artefact="release_note"
              action="update"
              size="xs"
              variant="default"
              loading={unpublish.isPending}
              onClick={() => unpublish.mutate({ version: note.version })}
            >
              {state === 'published' ? 'Unpublish' : 'Back to draft'}
            </GuardedButton>
          )}
          <GuardedButton
            artefact="release_note"
            action="update"
            size="xs"
            variant="light"
            onClick={editModal.open}
          >
            Edit
          </GuardedButton>
          <GuardedButton
            artefact="release_note"
            action="delete"
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            Delete
          </GuardedButton>
        </Group>
      </Group>
      <ErrorNote error={unpublish.error} title="Could not change publication" />
      {note.features.length > 0 && (
        <Group gap={4} mt="xs">
          <Text size="xs" c="dimmed">
            Announces:
          </Text>
          {note.features.map((f) => (
            <Anchor key={f.id} component={Link} to={`/w/${ws.id}/features/${f.id}`} size="xs">
              {f.status === 'shipped' ? f.title : `${f.title} (${f.status.replaceAll('_', ' ')})`}
            </Anchor>
          ))}
        </Group>
      )}
      <Spoiler mt="xs" maxHeight={160} showLabel="Show all" hideLabel="Show less">
        {note.body.trim() ? (
          <Markdown source={note.body} headingOffset={2} />
        ) : (
          <Text size="sm" c="dimmed">
            No body yet.
          </Text>
        )}
      </Spoiler>
      <FoldedComments entityType="release_note" entityId={note.id} title={note.title} />
      {publishing && <PublishDialog note={note} opened onClose={publishModal.close} />}
      <FormModal opened={editing} onClose={editModal.close} title={`Edit: ${note.title}`} size="lg">
        <NoteForm note={note} onDone={editModal.close} />
      </FormModal>
    </Paper>
  );
}
