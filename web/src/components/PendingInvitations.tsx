import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { roleLabel } from '../app/roles';
import { type Me, ME_KEY } from '../app/session';
import { ErrorNote } from './States';

type Invitation = Me['invitations'][number];

/** One line per invitation waiting for me: "You are invited to X as Y by Z", with Accept and Decline. */
export function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/invitations/accept', { body: { id } })),
    meta: { inline: true },
    onSuccess: async (workspace) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      navigate(`/w/${workspace.id}`);
    },
  });
  const decline = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/invitations/decline', { body: { id } })),
    meta: { inline: true, success: 'Invitation declined' },
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
  if (invitations.length === 0) return null;
  const busy = (m: typeof accept | typeof decline, id: string) => m.isPending && m.variables === id;
  return (
    <Stack gap="xs" aria-label="Invitations waiting for you" role="region">
      {invitations.map((inv) => (
        <Card withBorder key={inv.id} bg="indigo.0" padding="sm">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm">
                You are invited to <b>{inv.workspaceName}</b> as {roleLabel(inv.role)}
              </Text>
              <Text size="xs">
                {inv.invitedByName ? `by ${inv.invitedByName}, ` : ''}
                {dayjs(inv.createdAt).format('D MMM YYYY')}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                onClick={() => accept.mutate(inv.id)}
                loading={busy(accept, inv.id)}
                aria-label={`Accept the invitation to ${inv.workspaceName}`}
              >
                Accept
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => decline.mutate(inv.id)}
                loading={busy(decline, inv.id)}
                aria-label={`Decline the invitation to ${inv.workspaceName}`}
              >
                Decline
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
      <ErrorNote error={accept.error ?? decline.error} title="Could not answer the invitation" />
    </Stack>
  );
}
