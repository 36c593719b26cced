import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';
import { humanize } from './lists';

/** Feedback that speaks for the persona, newest first. */
export function PersonaFeedback({ personaId }: { personaId: string }) {
  const ws = useWorkspace();
  const feedback = useInfiniteQuery({
    queryKey: ['persona-feedback', ws.id, personaId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/personas/{id}/feedback', {
          params: { path: { workspaceId: ws.id, id: personaId }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <Loading query={feedback}>
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        if (items.length === 0)
          return (
            <Empty title="No feedback mentions this persona">
              When triaging feedback, set its persona so product marketing hears this buyer's voice.
            </Empty>
          );
        return (
          <>
            <Table aria-label="Feedback for this persona" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Feedback</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Received</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/feedback/${f.id}`}>
                        {f.title || f.text.slice(0, 80)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{humanize(f.source)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{humanize(f.status)}</Badge>
                    </Table.Td>
                    <Table.Td>{dayjs(f.createdAt).format('D MMM YYYY')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {feedback.hasNextPage && (
              <Button variant="default" mt="sm" onClick={() => feedback.fetchNextPage()}>
                Load more feedback
              </Button>
            )}
          </>
        );
      }}
    </Loading>
  );
}

/** Features written for the persona, best score first. */
export function PersonaFeatures({ personaId }: { personaId: string }) {
  const ws = useWorkspace();
  const features = useInfiniteQuery({
    queryKey: ['persona-features', ws.id, personaId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/personas/{id}/features', {
          params: { path: { workspaceId: ws.id, id: personaId }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <Loading query={features}>
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        if (items.length === 0)
          return (
            <Empty title="No features are written for this persona">
              Product managers set a feature's persona in its user story ("As a …").
            </Empty>
          );
        return (
          <>
            <Table aria-label="Features for this persona" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Feature</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                  <Table.Th ta="right">Feedback</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/features/${f.id}`}>
                        {f.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{humanize(f.status)}</Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {f.score === null ? <Text c="dimmed">—</Text> : f.score.toFixed(1)}
                    </Table.Td>
                    <Table.Td ta="right">{f.demand.feedbackCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {features.hasNextPage && (
              <Button variant="default" mt="sm" onClick={() => features.fetchNextPage()}>
                Load more features
              </Button>
            )}
          </>
        );
      }}
    </Loading>
  );
}
