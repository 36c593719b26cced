import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { Loading } from '../../components/States';
import { FEATURE_STATUS_LABEL } from '../../app/labels';
import { DATE } from '../../app/format';
import { Board, DropZone, FeatureCard } from './Board';
import { NewReleaseButton } from '../releases/NewReleaseButton';
import { scoreWithScale, useScoreScales } from '../features/scale';

const HORIZONS = [
  { key: 'now', label: 'Now', hint: 'In progress, or due within 6 weeks' },
  { key: 'next', label: 'Next', hint: 'Due within 6 months' },
  { key: 'later', label: 'Later', hint: 'Further out, or not scheduled' },
] as const;
const NO_RELEASE = 'release:none';

const loadHorizons = (workspaceId: string, productId: string | null) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/roadmap/horizons', {
      params: { path: { workspaceId }, query: { productId: productId ?? undefined, limit: 100 } },
    }),
  );
type Horizons = Awaited<ReturnType<typeof loadHorizons>>;
type Column = Horizons['now'];

/**
 * Now / next / later. A feature's horizon follows its release's dates, so moving a card means moving
 * the feature to a release of that horizon (or, in Later, out of any release).
 */
export function HorizonBoard({ productId }: { productId: string | null }) {
  const ws = useWorkspace();
  const horizons = useQuery({
    queryKey: ['roadmap-horizons', ws.id, productId],
    queryFn: () => loadHorizons(ws.id, productId),
  });
  return <Loading query={horizons}>{(data) => <HorizonColumns data={data} />}</Loading>;
}

function HorizonColumns({ data }: { data: Horizons }) {
  const ws = useWorkspace();
  const can = useCan('feature', 'update');
  const [pending, setPending] = useState<Map<string, string | null>>(new Map());
  const forget = (id: string) =>
    setPending((p) => {
      const next = new Map(p);
      next.delete(id);
      return next;
    });
  const move = useMutation({
    // The board's lists carry no version: read the feature's current one, so a concurrent edit is refused.
    mutationFn: async ({ id, releaseId }: { id: string; releaseId: string | null }) => {
      const current = await unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/features/{id}', {
          params: { path: { workspaceId: ws.id, id } },
        }),
      );
      return unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/features/{id}', {
          params: { path: { workspaceId: ws.id, id } },
          body: { releaseId, version: current.version },
        }),
      );
    },
    meta: { success: 'Moved' },
    onError: (_e, v) => forget(v.id),
  });

  const features = HORIZONS.flatMap((h) => data[h.key].features);
  const releases = HORIZONS.flatMap((h) => data[h.key].releases);
  const byId = new Map(features.map((f) => [f.id, f]));
  const releaseOf = (id: string) => (pending.has(id) ? pending.get(id)! : byId.get(id)!.releaseId);
  const home = new Map(HORIZONS.flatMap((h) => data[h.key].features.map((f) => [f.id, h.key] as const)));
  // Cards follow a pending move into the column of their target release at once.
  const columnOf = (id: string) => {
    if (!pending.has(id)) return home.get(id);
    const r = pending.get(id);
    if (r === null) return 'later';
    return HORIZONS.find((h) => data[h.key].releases.some((x) => x.id === r))?.key ?? home.get(id);
  };

  // A move is done once the reloaded board shows it.
  useEffect(() => {
    const done = [...pending].filter(([id, r]) => byId.get(id)?.releaseId === r).map(([id]) => id);
    if (done.length)
      setPending((p) => {
        const next = new Map(p);
        for (const id of done) next.delete(id);
        return next;
      });
  }, [data, pending]); // eslint-disable-line react-hooks/exhaustive-deps

  const onMove = (id: string, zone: string) => {
    if (!can.allowed || !byId.has(id)) return;
    const releaseId = zone === NO_RELEASE ? null : zone.replace('release:', '');
    if (releaseOf(id) === releaseId) return;
    setPending((p) => new Map(p).set(id, releaseId));
    move.mutate({ id, releaseId });
  };
  const zoneName = (zone: string) => {
    if (zone === NO_RELEASE) return 'Later, no release';
    const r = releases.find((x) => `release:${x.id}` === zone);
    return r ? `release ${r.name}` : zone;
  };

  return (
    <Board onMove={onMove} cardName={(id) => byId.get(id)?.title ?? 'feature'} zoneName={zoneName}>
      <Text size="sm" c="dimmed" mb="xs">
        Drag a feature onto a release to schedule it; the release’s date decides its horizon. As of{' '}
        {dayjs(data.asOf).format(DATE)}.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {HORIZONS.map((h) => {
          const column: Column = data[h.key];
          const ids = new Set(column.releases.map((r) => r.id));
          const inColumn = features.filter((f) => columnOf(f.id) === h.key);
          const unreleased = inColumn.filter((f) => {
            const r = releaseOf(f.id);
            return !r || !ids.has(r);
          });
          return (
            <Paper key={h.key} withBorder radius="md" p="sm" bg="var(--mantine-color-gray-light)">
              <Group justify="space-between" mb={4}>
                <Text fw={700} component="h2" size="md" m={0}>
                  {h.label}
                </Text>
                <Badge variant="light">{column.count}</Badge>
              </Group>
              <Text size="xs" c="dimmed" mb="sm">
                {h.hint}
              </Text>
              <Stack gap="sm">
                {column.releases.map((r) => (
                  <div key={r.id}>
                    <Text size="sm" fw={600}>
                      {r.name}
                      <Text span size="xs" c="dimmed" ml={6}>
                        {r.targetDate ? dayjs(r.targetDate).format(DATE) : 'No date'}
                      </Text>
                    </Text>
                    <DropZone id={`release:${r.id}`} label={`${h.label}: ${r.name}`}>
                      {inColumn
                        .filter((f) => releaseOf(f.id) === r.id)
                        .map((f) => (
                          <Card key={f.id} f={f} disabled={!can.allowed} pending={pending.has(f.id)} />
                        ))}
                    </DropZone>
                  </div>
                ))}
                {(h.key === 'later' || unreleased.length > 0) && (
                  <div>
                    <Text size="sm" fw={600}>
                      No release
                    </Text>
                    <DropZone
                      id={h.key === 'later' ? NO_RELEASE : `unreleased:${h.key}`}
                      label={`${h.label}: no release`}
                      disabled={h.key !== 'later'}
                    >
                      {unreleased.map((f) => (
                        <Card key={f.id} f={f} disabled={!can.allowed} pending={pending.has(f.id)} />
                      ))}
                    </DropZone>
                  </div>
                )}
                {column.releases.length === 0 && h.key !== 'later' && unreleased.length === 0 && (
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" c="dimmed">
                      No release falls in this window. Plan a release with a target date to fill it.
                    </Text>
                    <NewReleaseButton size="xs" variant="light">
                      Plan a release
                    </NewReleaseButton>
                  </Stack>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Board>
  );
}

function Card({
  f,
  disabled,
  pending,
}: {
  f: Column['features'][number];
  disabled: boolean;
  pending: boolean;
}) {
  const ws = useWorkspace();
  const scaleOf = useScoreScales();
  return (
    <FeatureCard
      id={f.id}
      title={f.title}
      href={`/w/${ws.id}/features/${f.id}`}
      disabled={disabled}
      pending={pending}
      meta={`${FEATURE_STATUS_LABEL[f.status]} · score ${scoreWithScale(f.score, scaleOf(f.productId))}`}
    />
  );
}
