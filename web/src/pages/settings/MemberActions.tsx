import { ActionIcon, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { ME_KEY, useMe } from '../../app/session';
import { type Role, useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';

/** Anyone may leave a workspace (the last admin is told to name another first). */
export function LeaveWorkspace() {
  const ws = useWorkspace();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const leave = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/members/{userId}', {
          params: { path: { workspaceId: ws.id, userId } },
        }),
      ),
    meta: { inline: true, success: `You left ${ws.name}` },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      navigate('/', { replace: true });
    },
  });
  const userId = me.data?.user.id;
  if (!userId) return null;
  return (
    <>
      <Group>
        <Button variant="subtle" color="red" onClick={modal.open}>
          Leave workspace
        </Button>
      </Group>
      <Modal opened={opened} onClose={modal.close} title={`Leave ${ws.name}?`}>
        <Stack>
          <Text size="sm">
            You lose access to everything in {ws.name} at once. An admin can invite you again.
          </Text>
          <ErrorNote error={leave.error} title="Could not leave" />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              Stay
            </Button>
            <Button color="red" loading={leave.isPending} onClick={() => leave.mutate(userId)}>
              Leave {ws.name}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * An expired invitation keeps its address from being invited again until it is withdrawn: "Invite again"
 * withdraws it and sends a new one with the same role. The new link is shown once, in a notification that
 * stays until closed (the expired row it came from leaves the list).
 */
export function InviteAgain({ invitation }: { invitation: { id: string; email: string; role: Role } }) {
  const ws = useWorkspace();
  const path = { workspaceId: ws.id };
  const again = useMutation({
    mutationFn: async () => {
      await unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/invitations/{id}', {
          params: { path: { ...path, id: invitation.id } },
        }),
      );
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/members', {
          params: { path },
          body: { email: invitation.email, role: invitation.role },
        }),
      );
    },
    meta: { inline: true },
    onSuccess: (res) =>
      notifications.show({
        title: `Invited ${invitation.email} again as ${roleLabel(invitation.role)}`,
        message: <NewLink link={`${location.origin}/invitations?token=${res.token}`} />,
        autoClose: false,
        withCloseButton: true,
      }),
  });
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="light"
        loading={again.isPending}
        onClick={() => again.mutate()}
        aria-label={`Invite ${invitation.email} again`}
      >
        Invite again
      </Button>
      <ErrorNote error={again.error} title="Could not invite again" />
    </Stack>
  );
}

function NewLink({ link }: { link: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">Invitation link (shown once):</Text>
      <Group gap="xs" wrap="nowrap">
        <Code>{link}</Code>
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <ActionIcon variant="subtle" onClick={copy} aria-label="Copy the new invitation link">
              {copied ? '✓' : '⧉'}
            </ActionIcon>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
