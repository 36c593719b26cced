import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { useWorkspace } from '../../app/workspace';
import { CopyCode } from '../../components/CopyCode';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote, PageHeader, Spinner } from '../../components/States';
import { type Source, useSource } from './queries';
import { SourceForm } from './SourceForm';
import { GRACE_CHOICES, KIND_LABEL, setupFor } from './setup';

export default function SourceDetail() {
  const { sourceId = '' } = useParams();
  const ws = useWorkspace();
  const found = useSource(sourceId);
  const back = (
    <Anchor component={Link} to={`/w/${ws.id}/signals`} size="sm">
      ← Market signals
    </Anchor>
  );
  if (found.isPending) return <Spinner label="Loading the source" />;
  if (found.isError)
    return (
      <Stack>
        {back}
        <ErrorNote error={found.error} />
      </Stack>
    );
  const s = found.data;
  return (
    <Stack>
      {back}
      <PageHeader
        title={s.name}
        subtitle={
          <>
            {KIND_LABEL[s.kind]}
            {s.domains.length > 0 && ` · ${s.domains.join(', ')}`}
          </>
        }
      />
      <KeyCard source={s} />
      {s.status === 'active' && <SetupCard source={s} />}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Details
        </Title>
        <SourceForm source={s} />
      </Card>
    </Stack>
  );
}

/** The key, with rotation (the old key's grace chosen first) and revocation (asked first). */
function KeyCard({ source: s }: { source: Source }) {
  const ws = useWorkspace();
  const [asking, setAsking] = useState<'rotate' | 'revoke' | null>(null);
  const [grace, setGrace] = useState('24');
  const path = { workspaceId: ws.id, id: s.id };
  const conflict = { workspaceId: ws.id, entityType: 'source', entityId: s.id };
  const rotate = useMutation({
    mutationFn: (v: { graceHours: number; version: number }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/sources/{id}/rotate-key', { params: { path }, body: v }),
      ),
    meta: { success: 'New key made', conflict },
    onSuccess: () => setAsking(null),
  });
  const revoke = useMutation({
    mutationFn: (v: { version: number }) =>
      unwrap(api.POST('/api/v1/workspaces/{workspaceId}/sources/{id}/revoke', { params: { path }, body: v })),
    meta: { success: 'Source revoked', conflict },
    onSuccess: () => setAsking(null),
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Key
        </Title>
        {s.status === 'revoked' ? (
          <Badge color="red" variant="light">
            Revoked
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            Active
          </Badge>
        )}
      </Group>
      {s.status === 'revoked' ? (
        <Alert color="red" title="This source is revoked">
          Since {formatDateTime(s.revokedAt)} no event is accepted with its key. The events it sent before are
          kept and still count. Add a new source to send events again.
        </Alert>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Public and write-only: safe to put in a web page, it can only send events to this source.
          </Text>
          <CopyCode value={s.key} label="Key" />
          {s.previousKeyExpiresAt && (
            <Text size="sm">
              The previous key keeps working until {formatDateTime(s.previousKeyExpiresAt)}.
            </Text>
          )}
          <Group>
            <GuardedButton
              artefact="source"
              action="update"
              variant="light"
              onClick={() => setAsking('rotate')}
            >
              Rotate key
            </GuardedButton>
            <GuardedButton
              artefact="source"
              action="update"
              variant="subtle"
              color="red"
              onClick={() => setAsking('revoke')}
            >
              Revoke
            </GuardedButton>
          </Group>
        </Stack>
      )}
      <Modal
        opened={asking === 'rotate'}
        onClose={() => setAsking(null)}
        title={`Rotate the key of ${s.name}?`}
      >
        <Stack>
          <Text size="sm">
            A new key is made. Until you have put it everywhere the old one is used, let the old key keep
            working for a while.
          </Text>
          <Select
            label="The old key keeps working"
            data={GRACE_CHOICES}
            value={grace}
            onChange={(v) => setGrace(v ?? '24')}
            allowDeselect={false}
          />
          <ErrorNote error={rotate.error} title="Could not rotate the key" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              Cancel
            </Button>
            <Button
              loading={rotate.isPending}
              onClick={() => rotate.mutate({ graceHours: Number(grace), version: s.version })}
            >
              Make a new key
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={asking === 'revoke'} onClose={() => setAsking(null)} title={`Revoke ${s.name}?`}>
        <Stack>
          <Text size="sm">
            From now on no event is accepted with this source’s keys, the previous one included. This cannot
            be undone; the events it already sent are kept. To replace a leaked key but keep the source,
            rotate it instead.
          </Text>
          <ErrorNote error={revoke.error} title="Could not revoke the source" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoke.mutate({ version: s.version })}
            >
              Revoke source
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** Setup per client: the website snippet, or the host to give the PostHog or Segment SDK. */
function SetupCard({ source: s }: { source: Source }) {
  const origin = window.location.origin;
  const code = setupFor(origin, s.key);
  const tabs =
    s.kind === 'website'
      ? (['snippet', 'posthog-js', 'segment'] as const)
      : s.kind === 'app'
        ? (['posthog-js', 'segment'] as const)
        : (['posthog-node', 'segment'] as const);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Set up
      </Title>
      <Tabs defaultValue={tabs[0]} keepMounted={false}>
        <Tabs.List mb="sm">
          {tabs.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TAB_LABEL[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="snippet">
          <Stack gap="xs">
            <Text size="sm">
              Paste this line in the <Code>&lt;head&gt;</Code> of every page. It records pageviews with their
              referrer and UTM tags, outbound link clicks, and the custom events your pages send.
            </Text>
            <CopyCode value={code.snippet} label="Snippet" />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="posthog-js">
          <Stack gap="xs">
            <Text size="sm">
              Already using PostHog in the browser? Point <Code>api_host</Code> at Tandem and use this key.
            </Text>
            <CopyCode value={code.posthogJs} label="PostHog setup" />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="posthog-node">
          <Stack gap="xs">
            <Text size="sm">With posthog-node on your server, give it Tandem as its host and this key.</Text>
            <CopyCode value={code.posthogNode} label="PostHog server setup" />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="segment">
          <Stack gap="xs">
            <Text size="sm">
              With Segment’s analytics-node (or any client of Segment’s HTTP API), use this key as the write
              key and Tandem as the host.
            </Text>
            <CopyCode value={code.segment} label="Segment setup" />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}

const TAB_LABEL = {
  snippet: 'Website snippet',
  'posthog-js': 'PostHog',
  'posthog-node': 'PostHog (server)',
  segment: 'Segment',
} as const;
