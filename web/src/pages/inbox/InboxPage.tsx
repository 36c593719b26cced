import { Button, Card, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import {
  InvitationRows,
  KIND_LABEL,
  type NotificationKind,
  NotificationRow,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../../app/notifications';
import { useMe } from '../../app/session';
import { useWorkspace } from '../../app/workspace';
import { Empty, ErrorNote, PageHeader, Spinner } from '../../components/States';

/** Everything that concerns me: notifications (filtered by state, kind and workspace) and invitations. */
export default function InboxPage() {
  const ws = useWorkspace();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const state = params.get('state') === 'all' ? 'all' : 'unread';
  const scope = params.get('scope') === 'all' ? 'all' : 'here';
  const kind = (params.get('kind') as NotificationKind | null) ?? undefined;
  const list = useNotifications({
    unread: state === 'unread',
    workspaceId: scope === 'here' ? ws.id : undefined,
    kind,
    limit: 30,
  });
  const count = useUnreadCount();
  const mark = useMarkRead();
  const names = new Map(me.data?.workspaces.map((w) => [w.id, w.name]));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const invitations = me.data?.invitations ?? [];

  return (
    <>
      <PageHeader
        title="Inbox"
        subtitle="Mentions, reviews asked of you, tasks given to you and hand-offs to your team"
        actions={
          <Button
            variant="default"
            disabled={(count.data?.unread ?? 0) === 0}
            loading={mark.isPending && !!mark.variables && 'all' in mark.variables}
            onClick={() => mark.mutate({ all: true })}
          >
            Mark all read
          </Button>
        }
      />
      <Group mb="md" gap="md" wrap="wrap">
        <SegmentedControl
          aria-label="Show"
          value={state}
          onChange={(v) => set('state', v === 'all' ? 'all' : null)}
          data={[
            { value: 'unread', label: 'Unread' },
            { value: 'all', label: 'All' },
          ]}
        />
        <SegmentedControl
          aria-label="Workspaces"
          value={scope}
          onChange={(v) => set('scope', v === 'all' ? 'all' : null)}
          data={[
            { value: 'here', label: ws.name },
            { value: 'all', label: 'All my workspaces' },
          ]}
        />
        <Select
          aria-label="Kind"
          placeholder="Every kind"
          clearable
          w={200}
          value={kind ?? null}
          onChange={(v) => set('kind', v)}
          data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
        />
      </Group>
      {invitations.length > 0 && (
        <Card withBorder mb="md" aria-label="Invitations waiting for you" component="section">
          <Stack gap="xs">
            <InvitationRows invitations={invitations} />
          </Stack>
        </Card>
      )}
      <ErrorNote error={list.error ?? mark.error} title="Could not load notifications" />
      {list.isPending ? (
        <Spinner />
      ) : items.length === 0 ? (
        <Empty title={state === 'unread' ? 'You are all caught up' : 'No notifications yet'}>
          {state === 'unread'
            ? 'Nothing unread here. Switch to All to see what you have read.'
            : 'When someone mentions you, asks for your review, gives you a task or hands work to your team, it shows here.'}
        </Empty>
      ) : (
        <Card withBorder component="section" aria-label="Notifications">
          <Stack gap="md">
            {items.map((n) => (
              <NotificationRow
                key={n.id}
                n={n}
                workspaceName={n.workspaceId === ws.id ? undefined : names.get(n.workspaceId)}
                markRead={(id) => mark.mutate({ ids: [id] })}
              />
            ))}
            {list.hasNextPage && (
              <Button
                variant="default"
                onClick={() => list.fetchNextPage()}
                loading={list.isFetchingNextPage}
                style={{ alignSelf: 'center' }}
              >
                Show older
              </Button>
            )}
          </Stack>
        </Card>
      )}
    </>
  );
}
