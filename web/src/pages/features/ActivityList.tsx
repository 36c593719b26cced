import { Button, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Loading } from '../../components/States';
import { actionLabel, fieldLabel, formatValue, type Names } from './activity';
import { nameOf, useMembers, usePersonas, useProducts, useReleases } from '../../app/lookups';

/** Who changed what on an entity, newest first, each field with its value before → after. */
export function ActivityList(props: { entityType: string; entityId: string }) {
  const ws = useWorkspace();
  const activity = useInfiniteQuery({
    queryKey: ['activity', ws.id, props.entityType, props.entityId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/activity', {
          params: {
            path: { workspaceId: ws.id },
            query: { entityType: props.entityType, entityId: props.entityId, limit: 30, cursor: pageParam },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const releases = useReleases();
  const personas = usePersonas();
  const products = useProducts();
  const members = useMembers();
  const names: Names = (field, id) => {
    const lists = { releaseId: releases.data, personaId: personas.data, productId: products.data } as const;
    if (field in lists) return nameOf(lists[field as keyof typeof lists], id, '') || undefined;
    if (field === 'ownerId') return members.data?.items.find((m) => m.userId === id)?.name;
    return undefined;
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Activity">
      <Text fw={700} component="h2" size="md" m={0} mb="sm">
        Activity
      </Text>
      <Loading query={activity} label="Loading activity">
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (!items.length)
            return (
              <Text size="sm" c="dimmed">
                No changes recorded yet.
              </Text>
            );
          return (
            <Stack gap="sm">
              <Timeline bulletSize={12} lineWidth={2}>
                {items.map((a) => (
                  <Timeline.Item
                    key={a.id}
                    title={
                      <Text size="sm">
                        <b>{a.actor?.name ?? 'Someone'}</b> {actionLabel(a.action)}
                      </Text>
                    }
                  >
                    <Text size="xs" c="dimmed">
                      {dayjs(a.at).format('D MMM YYYY, HH:mm')}
                    </Text>
                    {a.action !== 'created' &&
                      Object.entries(a.changes).map(([field, change]) => (
                        <Text key={field} size="xs" mt={2}>
                          {fieldLabel(field)}: {formatValue(field, change.before, names)} →{' '}
                          {formatValue(field, change.after, names)}
                        </Text>
                      ))}
                  </Timeline.Item>
                ))}
              </Timeline>
              {activity.hasNextPage && (
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => activity.fetchNextPage()}
                  loading={activity.isFetchingNextPage}
                >
                  Older changes
                </Button>
              )}
            </Stack>
          );
        }}
      </Loading>
    </Paper>
  );
}
