import { ActionIcon, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ROLE_LABEL } from '../../app/roles';
import { type Role, useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';

const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export type Invited = { email: string; role: Role };

/**
 * Invite someone with a role (admins): the invitee joins by accepting, in the app or through the link
 * shown once here. Settings › Members and the first-run guide both use it.
 */
export function InviteForm(props: { onInvited?: (invited: Invited) => void }) {
  const ws = useWorkspace();
  const [link, setLink] = useState<string | null>(null);
  const form = useForm<{ email: string; role: Role }>({
    initialValues: { email: '', role: 'product_manager' },
  });
  const invite = useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/members', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true },
    onSuccess: (res, body) => {
      form.reset();
      setLink(`${location.origin}/invitations?token=${res.token}`);
      props.onInvited?.(body);
    },
  });
  return (
    <Stack gap="xs">
      <form onSubmit={form.onSubmit((v) => invite.mutate(v))}>
        <Group align="flex-end">
          <TextInput label="Email" type="email" required w={280} {...form.getInputProps('email')} />
          <Select
            label="Role"
            data={ROLE_OPTIONS}
            allowDeselect={false}
            w={200}
            {...form.getInputProps('role')}
          />
          <Button type="submit" loading={invite.isPending}>
            Invite
          </Button>
        </Group>
      </form>
      <Text size="xs" c="dimmed">
        Everyone joins by accepting: they see the invitation when they sign in with this address (or sign up),
        or you share the link below.
      </Text>
      <ErrorNote error={invite.error} title="Could not invite" />
      {link && (
        <Group gap="xs">
          <Text size="sm">Invitation link (shown once):</Text>
          <Code>{link}</Code>
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <ActionIcon variant="subtle" onClick={copy} aria-label="Copy invitation link">
                {copied ? '✓' : '⧉'}
              </ActionIcon>
            )}
          </CopyButton>
        </Group>
      )}
    </Stack>
  );
}
