import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Empty, Loading } from '../../components/States';
import { FEATURE_STATUS_COLOR, FEATURE_STATUS_LABEL } from '../../app/labels';
import { DATE, formatNumber } from '../../app/format';
import { capacityLine } from './capacity';
import { WhoCan } from '../products/CatalogActions';
import { NewReleaseButton } from '../releases/NewReleaseButton';
import { plural } from '../../app/plural';
import { scoreWithScale, useScoreScales } from '../features/scale';

const RELEASE_STATUS = {
  planned: 'Planned',
  in_progress: 'In progress',
  released: 'Released',
  cancelled: 'Cancelled',
};

/** Releases in date order, each with its load against capacity and its features. */
export function Timeline({ productId }: { productId: string | null }) {
  const ws = useWorkspace();
  const releases = useInfiniteQuery({
    queryKey: ['roadmap-releases', ws.id, productId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/roadmap/releases', {
          params: {
            path: { workspaceId: ws.id },
            query: {
              productId: productId ?? undefined,
              cursor: pageParam,
              limit: 20,
              featureLimit: 25,
              unscheduledLimit: 25,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <Loading query={releases} label="Loading releases">
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        const unscheduled = data.pages[0]?.unscheduled;
        return (
          <Stack gap="md">
            {items.length === 0 && (
              <Empty
                title="No releases yet"
                action={
                  <Stack align="center" gap={6}>
                    <NewReleaseButton defaultProductId={productId}>Plan a release</NewReleaseButton>
                    <WhoCan artefact="release" action="create" what="plan one" />
                  </Stack>
                }
              >
                Plan releases with a target date and capacity to see the timeline, then plan features into
                them.
              </Empty>
            )}
            {items.map((r) => {
              const line = capacityLine(r);
              return (
                <Paper key={r.id} withBorder radius="md" p="md" component="section" aria-label={r.name}>
                  <Group justify="space-between" align="flex-start">
                    <div>
                      <Text fw={700} component="h2" size="md" m={0}>
                        {r.name}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {r.targetDate ? dayjs(r.targetDate).format(DATE) : 'No target date'} ·{' '}
                        {plural(r.featureCount, 'feature')}
                        {r.unestimatedCount > 0 && ` · ${r.unestimatedCount} not estimated`}
                      </Text>
                    </div>
                    <Badge
                      variant="light"
                      color={
                        r.status === 'released' ? 'teal' : r.status === 'in_progress' ? 'orange' : 'blue'
                      }
                    >
                      {RELEASE_STATUS[r.status]}
                    </Badge>
                  </Group>
                  <Stack gap={4} my="sm">
                    <Progress
                      value={line.percent}
                      color={line.over ? 'red' : line.percent >= 90 ? 'yellow' : 'indigo'}
                      size="lg"
                      aria-label={`${r.name} effort against capacity`}
                    />
                    <Text size="sm" c={line.over ? 'red.8' : undefined} fw={line.over ? 600 : undefined}>
                      {line.text}
                    </Text>
                  </Stack>
                  <FeatureList features={r.features} more={r.featureCount - r.features.length} />
                </Paper>
              );
            })}
            {releases.hasNextPage && (
              <Button
                variant="subtle"
                onClick={() => releases.fetchNextPage()}
                loading={releases.isFetchingNextPage}
              >
                Later releases
              </Button>
            )}
            {unscheduled && unscheduled.count > 0 && (
              <Paper withBorder radius="md" p="md" component="section" aria-label="Unscheduled">
                <Text fw={700} component="h2" size="md" m={0} mb="xs">
                  Unscheduled
                </Text>
                <FeatureList
                  features={unscheduled.features}
                  more={unscheduled.count - unscheduled.features.length}
                />
              </Paper>
            )}
          </Stack>
        );
      }}
    </Loading>
  );
}

type Feature = {
  id: string;
  title: string;
  status: keyof typeof FEATURE_STATUS_LABEL;
  effort: number | null;
  score: number | null;
  productId: string;
};

function FeatureList({ features, more }: { features: Feature[]; more: number }) {
  const ws = useWorkspace();
  const scaleOf = useScoreScales();
  if (!features.length)
    return (
      <Text size="sm" c="dimmed">
        No features yet.
      </Text>
    );
  return (
    <Stack gap={4}>
      {features.map((f) => (
        <Group key={f.id} gap="xs" wrap="nowrap">
          <Badge size="xs" variant="light" color={FEATURE_STATUS_COLOR[f.status]} w={90}>
            {FEATURE_STATUS_LABEL[f.status]}
          </Badge>
          <Anchor component={Link} to={`/w/${ws.id}/features/${f.id}`} size="sm" style={{ flex: 1 }} truncate>
            {f.title}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            effort {formatNumber(f.effort)} · score {scoreWithScale(f.score, scaleOf(f.productId))}
          </Text>
        </Group>
      ))}
      {more > 0 && (
        <Text size="xs" c="dimmed">
          and {more} more
        </Text>
      )}
    </Stack>
  );
}
