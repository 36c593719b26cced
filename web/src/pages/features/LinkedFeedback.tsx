import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Loading } from '../../components/States';
import type { Feature } from './data';
import { IMPORTANCE, IMPORTANCE_COLOR, type Importance, importanceLabel } from '../../app/labels';
import { LinkFeedbackModal } from './LinkFeedbackModal';
import { feedbackTitle } from '../feedback/title';
import { plural } from '../../app/plural';

/** The customer voice behind a feature: each linked item with how much it matters. */
export function LinkedFeedback({ feature }: { feature: Feature }) {
  const ws = useWorkspace();
  const can = useCan('feature', 'link_feedback');
  const [linking, setLinking] = useState(false);
  const links = useInfiniteQuery({
    queryKey: ['feature-feedback', ws.id, feature.id],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/features/{id}/feedback', {
          params: { path: { workspaceId: ws.id, id: feature.id }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const importance = useMutation({
    mutationFn: (v: { feedbackId: string; importance: Importance }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/features/{id}/feedback/{feedbackId}', {
          params: { path: { workspaceId: ws.id, id: feature.id, feedbackId: v.feedbackId } },
          body: { importance: v.importance },
        }),
      ),
    meta: { success: 'Importance changed' },
  });
  const unlink = useMutation({
    mutationFn: (feedbackId: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/features/{id}/feedback/{feedbackId}', {
          params: { path: { workspaceId: ws.id, id: feature.id, feedbackId } },
        }),
      ),
    meta: { success: 'Unlinked' },
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Linked feedback">
      <Group justify="space-between" mb="xs">
        <div>
          <Text fw={700} component="h2" size="md" m={0}>
            Linked feedback
          </Text>
          <Text size="sm" c="dimmed">
            {plural(feature.demand.feedbackCount, 'item')} from{' '}
            {plural(feature.demand.customerCount, 'customer')}
          </Text>
        </div>
        <GuardedButton
          artefact="feature"
          action="link_feedback"
          size="xs"
          variant="light"
          onClick={() => setLinking(true)}
        >
          Link feedback
        </GuardedButton>
      </Group>
      <Loading query={links} label="Loading linked feedback">
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (!items.length)
            return (
              <Text size="sm" c="dimmed">
                No feedback linked yet. Link what customers said so demand counts in this feature’s score.
              </Text>
            );
          return (
            <Stack gap="xs">
              <Table aria-label="Linked feedback" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Feedback</Table.Th>
                    <Table.Th>Customer</Table.Th>
                    <Table.Th>Importance</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((l) => (
                    <Table.Tr key={l.feedbackId}>
                      <Table.Td maw={360}>
                        <Anchor
                          component={Link}
                          to={`/w/${ws.id}/feedback/${l.feedbackId}`}
                          size="sm"
                          fw={600}
                        >
                          {feedbackTitle(l)}
                        </Anchor>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {l.excerpt}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{l.customer?.name ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        {can.allowed ? (
                          <Select
                            size="xs"
                            aria-label={`Importance of “${feedbackTitle(l)}”`}
                            data={IMPORTANCE.map((i) => ({ ...i }))}
                            value={l.importance}
                            allowDeselect={false}
                            onChange={(v) =>
                              v &&
                              importance.mutate({ feedbackId: l.feedbackId, importance: v as Importance })
                            }
                            w={140}
                          />
                        ) : (
                          <Badge size="sm" variant="light" color={IMPORTANCE_COLOR[l.importance]}>
                            {importanceLabel(l.importance)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {can.allowed && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Unlink “${feedbackTitle(l)}”`}
                            loading={unlink.isPending && unlink.variables === l.feedbackId}
                            onClick={() => unlink.mutate(l.feedbackId)}
                          >
                            Unlink
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {links.hasNextPage && (
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => links.fetchNextPage()}
                  loading={links.isFetchingNextPage}
                >
                  Show more
                </Button>
              )}
            </Stack>
          );
        }}
      </Loading>
      <LinkFeedbackModal featureId={feature.id} opened={linking} onClose={() => setLinking(false)} />
    </Paper>
  );
}
