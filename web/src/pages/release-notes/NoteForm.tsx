import {
  Box,
  Button,
  Group,
  Input,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { changedFields } from '../personas/lists';
import { type Body, collect, optionsOf, useReleases } from '../../app/lookups';
import { Markdown } from './Markdown';
import { featureOptions } from './notes';
import { useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/release-notes/{id}', 'patch'>, 'version'>;

export const loadNotes = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/release-notes', {
        params: { path: { workspaceId }, query: { limit: 200, cursor } },
      }),
    ),
  );
export type Note = Awaited<ReturnType<typeof loadNotes>>['items'][number];

const valuesOf = (n?: Note) => ({
  releaseId: n?.releaseId ?? (null as string | null),
  title: n?.title ?? '',
  visibility: n?.visibility ?? ('public' as 'public' | 'internal'),
  body: n?.body ?? '',
  featureIds: n?.features.map((f) => f.id) ?? [],
});
type Values = ReturnType<typeof valuesOf>;

/**
 * Writes or edits a release note: its release, the features it announces (planned ones too, so it can be
 * drafted ahead of the release), its Markdown body with a preview of what customers will read.
 */
export function NoteForm({ note, onDone }: { note?: Note; onDone: () => void }) {
  const ws = useWorkspace();
  const releases = useReleases();
  const initial = valuesOf(note);
  const form = useForm({ initialValues: initial });
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  useUnsavedChanges(form.isDirty());
  const releaseId = form.values.releaseId;
  const features = useQuery({
    enabled: Boolean(releaseId),
    queryKey: ['features', ws.id, { releaseId, for: 'release-note' }],
    queryFn: () =>
      collect((cursor) =>
        unwrap(
          api.GET('/api/v1/workspaces/{workspaceId}/features', {
            params: { path: { workspaceId: ws.id }, query: { limit: 200, cursor, releaseId: releaseId! } },
          }),
        ),
      ),
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/release-notes', {
          params: { path: { workspaceId: ws.id } },
          body: { ...v, releaseId: v.releaseId ?? '' },
        }),
      ),
    meta: { inline: true, success: 'Release note written' },
    onSuccess: onDone,
  });
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/release-notes/{id}', {
          params: { path: { workspaceId: ws.id, id: note!.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Release note saved',
      conflict: { workspaceId: ws.id, entityType: 'release_note', entityId: note?.id ?? '' },
    },
    onSuccess: onDone,
  });
  const m = note ? save : create;
  const submit = (v: Values) => {
    if (!note) return create.mutate(v);
    const { releaseId: r, ...patch } = changedFields(initial, v);
    save.mutate({ ...patch, ...(r ? { releaseId: r } : {}), version: note.version });
  };
  // Keep features already chosen visible even when the release filter would hide them.
  const chosen = note?.features ?? [];
  const loaded = features.data?.items ?? [];
  const options = featureOptions([...loaded, ...chosen.filter((c) => !loaded.some((l) => l.id === c.id))]);

  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Select
          label="Release"
          data={optionsOf(releases.data)}
          required
          searchable
          nothingFoundMessage="No release yet: product managers plan them under Releases"
          {...form.getInputProps('releaseId')}
        />
        <TextInput
          label="Title"
          required
          {...form.getInputProps('title')}
          {...charLimit(form.values.title, LIMITS.name)}
        />
        <Select
          label="Visibility"
          description="Public notes appear in the changelog once published"
          data={[
            { value: 'public', label: 'Public (changelog)' },
            { value: 'internal', label: 'Internal' },
          ]}
          allowDeselect={false}
          {...form.getInputProps('visibility')}
        />
        <MultiSelect
          label="Features announced"
          description="Planned features may be named in a draft; publishing waits until they have shipped"
          placeholder={releaseId ? 'Pick features of this release' : 'Choose a release first'}
          data={options}
          searchable
          disabled={!releaseId}
          {...form.getInputProps('featureIds')}
        />
        <Input.Wrapper label="Body" description="Markdown, customer-facing" labelElement="div">
          <SegmentedControl
            size="xs"
            mt={4}
            mb={6}
            value={mode}
            onChange={(v) => setMode(v as 'write' | 'preview')}
            data={[
              { value: 'write', label: 'Write' },
              { value: 'preview', label: 'Preview' },
            ]}
            aria-label="Body: write or preview"
          />
          {mode === 'write' ? (
            <Textarea aria-label="Body (Markdown)" autosize minRows={6} {...form.getInputProps('body')} />
          ) : (
            <Box
              p="sm"
              mih={150}
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
              aria-label="Preview of the body"
              role="region"
            >
              {form.values.body.trim() ? (
                <Markdown source={form.values.body} headingOffset={2} />
              ) : (
                <Text size="sm" c="dimmed">
                  Nothing to preview yet.
                </Text>
              )}
            </Box>
          )}
        </Input.Wrapper>
        <ErrorNote form={form} error={m.error} title="Could not save the release note" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={m.isPending}>
            {note ? 'Save release note' : 'Write release note'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
