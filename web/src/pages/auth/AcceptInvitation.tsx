import { Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { type Me, ME_KEY } from '../../app/session';
import { Empty, ErrorNote } from '../../components/States';

/** Invitations addressed to the signed-in person's email: accept one to join its workspace. */
export function AcceptInvitationPage({ me }: { me: Me }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/invitations/accept', { body: { id } })),
    meta: { inline: true },
    onSuccess: async (_member, id) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      const invitation = me.invitations.find((i) => i.id === id);
      navigate(invitation ? `/w/${invitation.workspaceId}` : '/');
    },
  });
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w={480} component="main">
        <Title order={1} size="h3">
          Invitations
        </Title>
        {me.invitations.length === 0 && (
          <Empty
            title="No invitations waiting"
            action={
              <Button component={Link} to="/">
                Go to my workspaces
              </Button>
            }
          >
            An admin invites you by your email address, {me.user.email}.
          </Empty>
        )}
        {me.invitations.map((inv) => (
          <Card withBorder key={inv.id}>
            <Group justify="space-between">
              <div>
                <Text fw={600}>{inv.workspaceName}</Text>
                <Text size="sm" c="dimmed">
                  as {roleLabel(inv.role)}
                </Text>
              </div>
              <Button
                onClick={() => accept.mutate(inv.id)}
                loading={accept.isPending && accept.variables === inv.id}
              >
                Accept
              </Button>
            </Group>
          </Card>
        ))}
        <ErrorNote error={accept.error} title="Could not accept the invitation" />
        {me.workspaces.length > 0 && (
          <Button variant="subtle" component={Link} to={`/w/${me.workspaces[0]!.id}`}>
            Skip for now
          </Button>
        )}
      </Stack>
    </Center>
  );
}
