import { Button, Group, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ME_KEY } from '../../app/session';
import { useCan, useWorkspace } from '../../app/workspace';
import { ReadOnlyNote } from '../../components/Guarded';
import { ErrorNote, Loading } from '../../components/States';

const loadWorkspace = (workspaceId: string) =>
  unwrap(api.GET('/api/v1/workspaces/{workspaceId}', { params: { path: { workspaceId } } }));
type Workspace = Awaited<ReturnType<typeof loadWorkspace>>;

/** The workspace's name and settings: everyone reads them, admins change them. */
export function WorkspaceSettings() {
  const ws = useWorkspace();
  const workspace = useQuery({ queryKey: ['workspaces', ws.id], queryFn: () => loadWorkspace(ws.id) });
  return <Loading query={workspace}>{(w) => <WorkspaceForm key={w.version} workspace={w} />}</Loading>;
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
    <Paper withBorder p="md" maw={720}>
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
