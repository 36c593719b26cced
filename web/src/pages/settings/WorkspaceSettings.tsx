import { Button, Group, Modal, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ME_KEY } from '../../app/session';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote, Loading } from '../../components/States';

const loadWorkspace = (workspaceId: string) =>
  unwrap(api.GET('/api/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } }));
type Workspace = Awaited<ReturnType<typeof loadWorkspace>>;

/** The workspace's name and settings: everyone reads them, admins change them. */
export function WorkspaceSettings() {
  const ws = useWorkspace();
  const workspace = useQuery({ queryKey: ['workspaces', ws.id], queryFn: () => loadWorkspace(ws.id) });
  return (
    <Loading query={workspace}>
      {(w) => (
        <Stack maw={720}>
          <WorkspaceForm key={w.version} workspace={w} />
          <DeleteWorkspace name={w.name} />
        </Stack>
      )}
    </Loading>
  );
}

function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const can = useCan('workspace', 'update');
  const initial = { name: workspace.name, requireSecondApprover: workspace.requireSecondApprover };
  const form = useForm({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : 'Give the workspace a name.') },
  });
  const save = useMutation({
    mutationFn: (v: typeof initial) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}', {
          params: { path: { workspaceId: ws.id } },
          body: {
            name: v.name.trim(),
            requireSecondApprover: v.requireSecondApprover,
            version: workspace.version,
          },
        }),
      ),
    meta: {
      inline: true,
      success: 'Workspace settings saved',
      conflict: { workspaceId: ws.id, entityType: 'workspace', entityId: ws.id },
    },
    // The name shows in the shell (from the session), and who may approve shows on every version.
    onSuccess: () =>
      Promise.all(
        [ME_KEY, ['workspaces', ws.id], ['positioning'], ['messaging']].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      ),
  });
  const ro = !can.allowed;
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Title order={2} size="h4">
            Workspace
          </Title>
          <ReadOnlyNote artefact="workspace" />
          <TextInput label="Name" required maxLength={200} disabled={ro} {...form.getInputProps('name')} />
          <Switch
            label="Require a second approver for positioning and messaging"
            description="Whoever wrote or submitted a version may not approve it: another product marketer or an admin does."
            disabled={ro}
            {...form.getInputProps('requireSecondApprover', { type: 'checkbox' })}
          />
          <ErrorNote error={save.error} title="Could not save the workspace settings" />
          {!ro && (
            <Group justify="flex-end">
              <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
                Discard changes
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Deleting a workspace takes everything in it: the admin types its name to confirm. */
function DeleteWorkspace({ name }: { name: string }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/workspaces/{workspaceId}', { params: { path: { workspaceId: ws.id } } })),
    meta: { inline: true, success: `${name} deleted` },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      navigate('/', { replace: true });
    },
  });
  return (
    <Paper withBorder p="md">
      <Group justify="space-between">
        <div>
          <Title order={2} size="h5">
            Delete this workspace
          </Title>
          <Text size="sm" c="dimmed">
            Everything in it goes, for every member. Export it first to keep a copy.
          </Text>
        </div>
        <GuardedButton artefact="workspace" action="delete" color="red" variant="light" onClick={modal.open}>
          Delete workspace
        </GuardedButton>
      </Group>
      <Modal opened={opened} onClose={modal.close} title={`Delete ${name}?`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed === name) remove.mutate();
          }}
        >
          <Stack>
            <Text size="sm">
              This deletes every product, feature, piece of feedback, launch and campaign in {name}, for every
              member. It cannot be undone.
            </Text>
            <TextInput
              label={`Type ${name} to confirm`}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
            />
            <ErrorNote error={remove.error} title="Could not delete the workspace" />
            <Group justify="flex-end">
              <Button variant="default" onClick={modal.close}>
                Keep it
              </Button>
              <Button type="submit" color="red" disabled={typed !== name} loading={remove.isPending}>
                Delete {name}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
