import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';
import { Markdown } from './Markdown';
import { PublicAddress } from './PublicAddress';

/**
 * The changelog as customers see it at the public address: live public notes, newest first, with their title,
 * date, release and body, and no link into the workspace's own screens.
 */
export function Changelog() {
  const ws = useWorkspace();
  const changelog = useInfiniteQuery({
    queryKey: ['changelog', ws.id],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/changelog', {
          params: { path: { workspaceId: ws.id }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <Stack maw={760}>
      <PublicAddress />
      <Loading query={changelog}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0)
            return (
              <Empty title="The changelog is empty">
                Publish a public release note once its release has shipped, and it appears here, as customers
                see it.
              </Empty>
            );
          return (
            <Paper withBorder p="lg" aria-label="Changelog preview" component="section">
              <Stack gap="lg">
                {items.map((n, i) => (
                  <article key={n.id} aria-label={n.title}>
                    {i > 0 && <Divider mb="lg" />}
                    <Title order={3} size="h4">
                      {n.title}
                    </Title>
                    <Text size="sm" c="dimmed" mb="xs">
                      {dayjs(n.publishAt).format('D MMMM YYYY')} · {n.releaseName}
                    </Text>
                    <Markdown source={n.body} headingOffset={3} />
                  </article>
                ))}
                {changelog.hasNextPage && (
                  <Group>
                    <Button variant="default" onClick={() => changelog.fetchNextPage()}>
                      Older entries
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        }}
      </Loading>
    </Stack>
  );
}
