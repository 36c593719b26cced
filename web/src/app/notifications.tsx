import { ActionIcon, Anchor, Badge, Button, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  type InfiniteData,
  useMutation,
  useQuery,
  useQueryClient,
  useInfiniteQuery,
} from '@tanstack/react-query';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { Link } from 'react-router';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNote, Spinner } from '../components/States';
import { linkTo } from './links';
import { roleLabel } from './roles';
import type { Me } from './session';

dayjs.extend(relativeTime);

type ListAnswer = paths['/api/v1/me/notifications']['get']['responses'][200]['content']['application/json'];
export type Notification = ListAnswer['items'][number];
export type NotificationKind = Notification['kind'];
export type NotificationFilter = {
  unread?: boolean;
  workspaceId?: string;
  kind?: NotificationKind;
  limit?: number;
};

export const KIND_LABEL: Record<NotificationKind, string> = {
  mention: 'Mentions',
  review_requested: 'Reviews requested',
  task_assigned: 'Tasks assigned',
  handoff: 'Hand-offs',
};

const COUNT_KEY = ['notifications', 'unread-count'] as const;
const LIST_KEY = ['notifications', 'list'] as const;

/** My unread count across my workspaces: one cheap query, polled gently and on window focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: COUNT_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications/unread-count')),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

/** My notifications, newest first, a page at a time. */
export function useNotifications(filter: NotificationFilter) {
  return useInfiniteQuery({
    queryKey: [...LIST_KEY, filter],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/me/notifications', {
          params: {
            query: {
              limit: filter.limit ?? 20,
              cursor: pageParam,
              workspaceId: filter.workspaceId,
              kind: filter.kind,
              unread: filter.unread ? 'true' : undefined,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Marks notifications read (some ids, or all): the lists on screen are updated in place and only the
 * count is asked again, rather than refetching every list.
 */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      unwrap(api.POST('/api/v1/me/notifications/read', { body })),
    onSuccess: (_answer, body) => {
      const hit = (n: Notification) => !('ids' in body) || body.ids.includes(n.id);
      client.setQueriesData<InfiniteData<ListAnswer>>({ queryKey: LIST_KEY }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((p) => ({
                ...p,
                items: p.items.map((n) => (hit(n) ? { ...n, read: true } : n)),
              })),
            }
          : data,
      );
      return client.invalidateQueries({ queryKey: COUNT_KEY });
    },
  });
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/** One notification: what happened (a link to the item unless it was deleted), where and when, mark read. */
export function NotificationRow(props: {
  n: Notification;
  workspaceName?: string;
  onOpen?: () => void;
  markRead: (id: string) => void;
}) {
  const { n } = props;
  const summary = (
    <Text size="sm" fw={n.read ? 400 : 600}>
      {n.summary}
    </Text>
  );
  const open = () => {
    if (!n.read) props.markRead(n.id);
    props.onOpen?.();
  };
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
      <div style={{ minWidth: 0, flex: 1 }}>
        {n.deleted ? (
          summary
        ) : (
          <Anchor component={Link} to={linkTo(n.workspaceId, n)} onClick={open} underline="hover" c="inherit">
            {summary}
          </Anchor>
        )}
        {n.excerpt && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {n.excerpt}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {props.workspaceName ? `${props.workspaceName} · ` : ''}
          <time dateTime={n.createdAt} title={dayjs(n.createdAt).format('D MMM YYYY, HH:mm')}>
            {dayjs(n.createdAt).fromNow()}
          </time>
        </Text>
      </div>
      {!n.read && (
        <Button
          size="compact-xs"
          variant="subtle"
          style={{ flexShrink: 0 }}
          onClick={() => props.markRead(n.id)}
          aria-label={`Mark read: ${n.summary}`}
        >
          Mark read
        </Button>
      )}
    </Group>
  );
}

/** Invitations waiting for me are part of the inbox (I am not a member yet, so they are not notifications). */
export function InvitationRows({ invitations }: { invitations: Me['invitations'] }) {
  return invitations.map((inv) => (
    <Group key={inv.id} justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" fw={600}>
        {inv.invitedByName ?? 'Someone'} invited you to {inv.workspaceName} as {roleLabel(inv.role)}
      </Text>
      <Anchor component={Link} to="/invitations" size="xs">
        Answer
      </Anchor>
    </Group>
  ));
}

/** The bell in the header: unread count (notifications + invitations) and the latest in a popover. */
export function NotificationBell({ me, workspaceId }: { me: Me; workspaceId: string }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const count = useUnreadCount();
  const total = (count.data?.unread ?? 0) + me.invitations.length;
  return (
    // The indicator stays outside the popover's target: the target gets the popup's ARIA attributes, which
    // only the button may carry.
    <Indicator label={total > 99 ? '99+' : total} disabled={total === 0} size={18} offset={4} color="red">
      <Popover
        opened={opened}
        onChange={(o) => !o && close()}
        position="bottom-end"
        width={400}
        withinPortal
        shadow="md"
        trapFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={`Notifications, ${total} unread`}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          {opened && (
            <LatestPanel me={me} workspaceId={workspaceId} close={close} unread={count.data?.unread ?? 0} />
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function LatestPanel(props: { me: Me; workspaceId: string; close: () => void; unread: number }) {
  const list = useNotifications({ limit: 8 });
  const mark = useMarkRead();
  const names = new Map(props.me.workspaces.map((w) => [w.id, w.name]));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={700}>Notifications</Text>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={props.unread === 0}
          loading={mark.isPending && mark.variables && 'all' in mark.variables}
          onClick={() => mark.mutate({ all: true })}
        >
          Mark all read
        </Button>
      </Group>
      <InvitationRows invitations={props.me.invitations} />
      {list.isPending ? (
        <Spinner />
      ) : items.length === 0 && props.me.invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet. Mentions, reviews asked of you, tasks given to you and hand-offs to your team show
          here.
        </Text>
      ) : (
        items.map((n) => (
          <NotificationRow
            key={n.id}
            n={n}
            workspaceName={n.workspaceId === props.workspaceId ? undefined : names.get(n.workspaceId)}
            onOpen={props.close}
            markRead={(id) => mark.mutate({ ids: [id] })}
          />
        ))
      )}
      <ErrorNote error={list.error ?? mark.error} title="Could not load notifications" />
      <Group justify="space-between">
        <Anchor component={Link} to={`/w/${props.workspaceId}/inbox`} size="sm" onClick={props.close}>
          Open the inbox
        </Anchor>
        {props.unread > 0 && <Badge variant="light">{props.unread} unread</Badge>}
      </Group>
    </Stack>
  );
}

/** The count on Home: how many unread, linking to the inbox. */
export function InboxCount({ workspaceId }: { workspaceId: string }) {
  const count = useUnreadCount();
  const n = count.data?.unread ?? 0;
  return (
    <Anchor component={Link} to={`/w/${workspaceId}/inbox`} size="sm" fw={n > 0 ? 600 : 400}>
      {n === 0 ? 'No unread notifications' : `${n} unread notification${n === 1 ? '' : 's'}`}
    </Anchor>
  );
}
