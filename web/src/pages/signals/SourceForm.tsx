import { Alert, Button, Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import type { Source } from './queries';
import { cleanDomains, domainProblem } from './setup';

type Values = { name: string; domains: string[] };

/** Name and domains of a source (owners edit, everyone else reads); delete, asked first. */
export function SourceForm({ source: s }: { source: Source }) {
  const ws = useWorkspace();
  const can = useCan('source', 'update');
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const form = useForm<Values>({
    initialValues: { name: s.name, domains: s.domains },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the source a name'),
      domains: (v) => v.map(domainProblem).find(Boolean) ?? (v.length > 20 ? 'At most 20 domains' : null),
    },
  });
  const path = { workspaceId: ws.id, id: s.id };
  const save = useMutation({
    mutationFn: (v: Values & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/sources/{id}', {
          params: { path },
          body: {
            name: v.name.trim(),
            ...(s.kind === 'website' ? { domains: cleanDomains(v.domains) } : {}),
            version: v.version,
          },
        }),
      ),
    meta: {
      inline: true,
      success: 'Source saved',
      conflict: { workspaceId: ws.id, entityType: 'source', entityId: s.id },
    },
    onSuccess: (saved) => form.resetDirty({ name: saved.name, domains: saved.domains }),
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/sources/{id}', {
          params: { path },
          headers: { 'If-Match': `"${s.version}"` },
        }),
      ),
    meta: { inline: true, success: 'Source deleted' },
    // The source is gone: its list is the place to be.
    onSuccess: () => navigate(`/w/${ws.id}/signals`),
  });
  const readOnly = !can.allowed;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate({ ...v, version: s.version }))}>
      <Stack>
        <ReadOnlyNote artefact="source" />
        <TextInput label="Name" required readOnly={readOnly} {...form.getInputProps('name')} />
        {s.kind === 'website' && (
          <TagsInput
            label="Domains"
            description="Exact host names; each belongs to one source on this server"
            readOnly={readOnly}
            {...form.getInputProps('domains')}
          />
        )}
        <ErrorNote error={save.error} title="Could not save the source" form={form} />
        <ErrorNote error={remove.error} title="Could not delete the source" />
        {confirming && (
          <Alert color="red" role="note">
            Delete {s.name}? Its key stops working at once and its domains are freed. The events it sent are
            kept and still count in results.
          </Alert>
        )}
        <Group justify="space-between">
          <GuardedButton
            artefact="source"
            action="delete"
            variant={confirming ? 'filled' : 'subtle'}
            color="red"
            loading={remove.isPending}
            onClick={() => (confirming ? remove.mutate() : setConfirming(true))}
          >
            {confirming ? `Yes, delete ${s.name}` : 'Delete source'}
          </GuardedButton>
          {!readOnly && (
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              Save source
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
