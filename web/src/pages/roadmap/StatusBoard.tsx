import { Badge, Group, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { ErrorNote, Spinner } from '../../components/States';
import {
  FEATURE_STATUS_COLOR,
  FEATURE_STATUS_LABEL,
  FEATURE_STATUSES,
  type FeatureStatus,
} from '../../app/labels';
import { formatNumber } from '../../app/format';
import { Board, DropZone, FeatureCard } from './Board';
import { checkMove } from './board';
import { scoreWithScale, useScoreScales } from '../features/scale';

const PER_COLUMN = 50;
const zoneId = (s: FeatureStatus) => `status:${s}`;

/** Features by workflow status; dragging a card moves it along the workflow, never outside it. */
export function StatusBoard({ productId }: { productId: string | null }) {
  const ws = useWorkspace();
  const scaleOf = useScoreScales();
  const can = useCan('feature', 'update');
  const columns = useQueries({
    queries: FEATURE_STATUSES.map((status) => ({
      queryKey: ['features', ws.id, 'status-board', productId, status],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/workspaces/{workspaceId}/features', {
            params: {
              path: { workspaceId: ws.id },
              query: { status, productId: productId ?? undefined, sort: '-score', limit: PER_COLUMN },
            },
          }),
        ),
    })),
  });
  // Moves waiting for the server: shown at once, undone if the server refuses.
  const [pending, setPending] = useState<Map<string, FeatureStatus>>(new Map());
  const forget = (id: string) =>
    setPending((p) => {
      const next = new Map(p);
      next.delete(id);
      return next;
    });
  const move = useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: FeatureStatus; version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/features/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          body: { status, version },
        }),
      ),
    onSuccess: (f) =>
      notifications.show({ message: `${f.title} moved to ${FEATURE_STATUS_LABEL[f.status]}`, color: 'teal' }),
    // The server's refusal is shown by the app's notification; the card goes back.
    onError: (_e, v) => forget(v.id),
  });

  // A move is done once the reloaded board shows it.
  const loaded = columns.map((c) => c.data);
  useEffect(() => {
    if (!pending.size) return;
    const server = new Map(loaded.flatMap((d) => d?.items ?? []).map((f) => [f.id, f.status]));
    const done = [...pending].filter(([id, status]) => server.get(id) === status).map(([id]) => id);
    if (done.length)
      setPending((p) => {
        const next = new Map(p);
        for (const id of done) next.delete(id);
        return next;
      });
  }, [loaded, pending]);

  const error = columns.find((c) => c.isError)?.error;
  if (error) return <ErrorNote error={error} />;
  if (columns.some((c) => c.isPending)) return <Spinner label="Loading the status board" />;
  const all = columns.flatMap((c) => c.data?.items ?? []);
  const byId = new Map(all.map((f) => [f.id, f]));
  const statusOf = (id: string) => pending.get(id) ?? byId.get(id)!.status;

  const onMove = (id: string, zone: string) => {
    const f = byId.get(id);
    if (!f || !can.allowed) return;
    const to = zone.replace('status:', '') as FeatureStatus;
    const from = statusOf(id);
    if (from === to) return;
    const check = checkMove(f.status, to, f.allowedTransitions);
    if (!check.ok) {
      notifications.show({
        title: 'Move not allowed',
        message: check.message,
        color: 'red',
        autoClose: 8000,
      });
      return;
    }
    setPending((p) => new Map(p).set(id, to));
    move.mutate({ id, status: to, version: f.version });
  };

  return (
    <Board
      onMove={onMove}
      cardName={(id) => byId.get(id)?.title ?? 'feature'}
      zoneName={(zone) => FEATURE_STATUS_LABEL[zone.replace('status:', '') as FeatureStatus] ?? zone}
    >
      <Group align="stretch" gap="sm" wrap="nowrap" style={{ overflowX: 'auto' }} pb="xs">
        {FEATURE_STATUSES.map((status, i) => {
          const items = all.filter((f) => statusOf(f.id) === status);
          const more = Boolean(columns[i]?.data?.nextCursor);
          return (
            <Paper
              key={status}
              withBorder
              radius="md"
              p={6}
              bg="var(--mantine-color-gray-light)"
              miw={180}
              style={{ flex: '1 0 180px' }}
            >
              <Group justify="space-between" px={6} py={4}>
                <Text fw={700} size="sm" component="h2" m={0}>
                  {FEATURE_STATUS_LABEL[status]}
                </Text>
                <Badge size="sm" variant="light" color={FEATURE_STATUS_COLOR[status]}>
                  {items.length}
                  {more ? '+' : ''}
                </Badge>
              </Group>
              <DropZone id={zoneId(status)} label={FEATURE_STATUS_LABEL[status]} minHeight={120}>
                {items.map((f) => (
                  <FeatureCard
                    key={f.id}
                    id={f.id}
                    title={f.title}
                    href={`/w/${ws.id}/features/${f.id}`}
                    disabled={!can.allowed}
                    pending={pending.has(f.id)}
                    meta={`Score ${scoreWithScale(f.score, scaleOf(f.productId))}${f.effort !== null ? ` · effort ${formatNumber(f.effort)}` : ''}`}
                  />
                ))}
                {items.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="sm">
                    No features
                  </Text>
                )}
                {more && (
                  <Text size="xs" c="dimmed" ta="center">
                    Top {PER_COLUMN} by score shown
                  </Text>
                )}
              </DropZone>
            </Paper>
          );
        })}
      </Group>
    </Board>
  );
}
