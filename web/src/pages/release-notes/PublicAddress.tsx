import {
  Anchor,
  Button,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { type Body } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';

/** The full address customers open, on this server. */
export const publicAddress = (path: string) => `${window.location.origin}${path}`;

export function usePublicChangelog() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['public-changelog', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/public-changelog', {
          params: { path: { workspaceId: ws.id } },
        }),
      ),
  });
}

type Change = Body<'/api/v1/workspaces/{workspaceId}/public-changelog', 'put'>;

const CONFIRM = {
  on: {
    title: 'Turn on the public changelog?',
    text: 'Anyone with the address will read every published public release note, without an account. Drafts, scheduled and internal notes stay private.',
    label: 'Turn on',
  },
  renew: {
    title: 'Give the changelog a new address?',
    text: 'The current address stops working at once; anyone who kept it gets “not found”.',
    label: 'New address',
  },
  off: {
    title: 'Turn off the public changelog?',
    text: 'The address answers “not found” from now on. Turning it on again gives a new address.',
    label: 'Turn off',
  },
} as const;

/** The workspace's opt-in public changelog address: on / off / renew, each confirmed. */
export function PublicAddress() {
  const ws = useWorkspace();
  const settings = usePublicChangelog();
  const [name, setName] = useState('');
  const [asking, setAsking] = useState<keyof typeof CONFIRM | null>(null);
  const [opened, dialog] = useDisclosure(false);
  const change = useMutation({
    mutationFn: (body: Change) =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/public-changelog', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true, success: 'Public changelog updated' },
    onSuccess: dialog.close,
  });
  const ask = (what: keyof typeof CONFIRM) => {
    change.reset();
    setAsking(what);
    dialog.open();
  };
  const confirm = () => {
    if (asking === 'on') change.mutate({ enabled: true, ...(name.trim() ? { name } : {}) });
    if (asking === 'renew') change.mutate({ enabled: true, renew: true });
    if (asking === 'off') change.mutate({ enabled: false });
  };
  const path = settings.data?.path ?? null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="public-address-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="public-address-title">
          Public address
        </Title>
        {path ? (
          <>
            <Text size="sm">
              Customers read the changelog at{' '}
              <Anchor href={publicAddress(path)} target="_blank" rel="noreferrer noopener">
                {publicAddress(path)}
              </Anchor>{' '}
              (and its Atom feed), without an account.
            </Text>
            <Group gap="xs">
              <CopyButton value={publicAddress(path)}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? 'Copied' : 'Copy address'}
                  </Button>
                )}
              </CopyButton>
              <GuardedButton
                artefact="release_note"
                action="update"
                size="xs"
                variant="default"
                onClick={() => ask('renew')}
              >
                New address
              </GuardedButton>
              <GuardedButton
                artefact="release_note"
                action="update"
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => ask('off')}
              >
                Turn off
              </GuardedButton>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              Off: only members see the changelog. Turn it on to give customers an address that needs no
              account.
            </Text>
            <Group align="flex-end" gap="xs">
              <TextInput
                label="Name in the address"
                description="Optional; a random part follows it, so the address cannot be guessed"
                placeholder="acme"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={60}
                w={320}
              />
              <GuardedButton artefact="release_note" action="update" onClick={() => ask('on')}>
                Turn on public address
              </GuardedButton>
            </Group>
          </>
        )}
        <ErrorNote error={settings.error} title="Could not load the public address" />
      </Stack>
      <Modal opened={opened} onClose={dialog.close} title={asking ? CONFIRM[asking].title : ''}>
        {asking && (
          <Stack>
            <Text size="sm">{CONFIRM[asking].text}</Text>
            <ErrorNote error={change.error} title="Could not change the public address" />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button
                color={asking === 'off' ? 'red' : undefined}
                loading={change.isPending}
                onClick={confirm}
              >
                {CONFIRM[asking].label}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
