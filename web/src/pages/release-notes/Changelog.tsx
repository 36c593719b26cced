import { Anchor, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';

/** The public changelog as customers will see it: published public notes, newest first. */
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
    <Loading query={changelog}>
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        if (items.length === 0)
          return (
            <Empty title="The changelog is empty">
              Publish a public release note and it appears here, as customers see it.
            </Empty>
          );
        return (
          <Paper withBorder p="lg" maw={760} aria-label="Changelog preview" component="section">
            <Stack gap="lg">
              {items.map((n, i) => (
                <article key={n.id}>
                  {i > 0 && <Divider mb="lg" />}
                  <Group justify="space-between" align="baseline">
                    <Title order={2} size="h4">
                      {n.title}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {n.releaseName} · {dayjs(n.publishAt).format('D MMM YYYY')}
                    </Text>
                  </Group>
                  <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                    {n.body}
                  </Text>
                  {n.features.length > 0 && (
                    <Group gap="xs" mt="xs">
                      {n.features.map((f) => (
                        <Anchor key={f.id} component={Link} to={`/w/${ws.id}/features/${f.id}`} size="sm">
                          {f.title}
                        </Anchor>
                      ))}
                    </Group>
                  )}
                </article>
              ))}
              {changelog.hasNextPage && (
                <Button variant="default" onClick={() => changelog.fetchNextPage()}>
                  Older entries
                </Button>
              )}
            </Stack>
          </Paper>
        );
      }}
    </Loading>
  );
}
