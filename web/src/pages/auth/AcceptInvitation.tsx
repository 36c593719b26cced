import { Button, Center, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { type Me, ME_KEY } from '../../app/session';
import { PendingInvitations } from '../../components/PendingInvitations';
import { Empty, ErrorNote } from '../../components/States';

/** Invitations addressed to the signed-in person's email: accept one to join its workspace, or decline it. */
export function AcceptInvitationPage({ me }: { me: Me }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const accept = useMutation({
    mutationFn: (by: { id: string } | { token: string }) =>
      unwrap(api.POST('/api/v1/invitations/accept', { body: by })),
    meta: { inline: true },
    onSuccess: async (member) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      navigate(`/w/${member.id}`);
    },
  });
  // An invitation link (?token=…) is accepted as soon as its invitee is signed in.
  const tried = useRef(false);
  useEffect(() => {
    if (token && !tried.current) {
      tried.current = true;
      accept.mutate({ token });
    }
  }, [token, accept]);
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w={480} component="main">
        <Title order={1} size="h3">
          Invitations
        </Title>
        {me.invitations.length === 0 && !token && (
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
        <PendingInvitations invitations={me.invitations} />
        {token && <ErrorNote error={accept.error} title="Could not accept the invitation" />}
        {me.workspaces.length > 0 && (
          <Button variant="subtle" component={Link} to={`/w/${me.workspaces[0]!.id}`}>
            Skip for now
          </Button>
        )}
      </Stack>
    </Center>
  );
}
