import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { collect, nameOf, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { Loading, PageHeader } from '../../components/States';
import { Comments } from '../../components/Comments';
import { FEATURE_STATUS_COLOR, FEATURE_STATUS_LABEL } from '../../app/labels';
import { formatNumber } from '../../app/format';
import { DeleteEntity } from '../products/DeleteEntity';
import { capacityLine } from '../roadmap/capacity';
import { ReleaseForm } from './ReleaseForm';
import { RELEASE_STATUS_COLOR, RELEASE_STATUS_LABEL } from './values';

export default function ReleaseDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const products = useProducts();
  const release = useQuery({
    queryKey: ['releases', ws.id, id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/releases/{id}', {
          params: { path: { workspaceId: ws.id, id } },
        }),
      ),
  });
  return (
    <Loading query={release} label="Loading the release">
      {(r) => {
        const load = capacityLine({ ...r, utilisation: null });
        return (
          <Stack>
            <Anchor component={Link} to={`/w/${ws.id}/releases`} size="sm">
              ← All releases
            </Anchor>
            <PageHeader
              title={r.name}
              subtitle={
                <Group gap="xs" component="span">
                  <Badge component="span" color={RELEASE_STATUS_COLOR[r.status]} variant="light">
                    {RELEASE_STATUS_LABEL[r.status]}
                  </Badge>
                  <span>
                    {r.productId ? (
                      <Anchor
                        component={Link}
                        to={`/w/${ws.id}/products/${r.productId}`}
                        size="sm"
                        underline="always"
                      >
                        {nameOf(products.data, r.productId, 'Its product')}
                      </Anchor>
                    ) : (
                      'Across products'
                    )}
                    {' · '}
                    {r.targetDate ? `Target ${dayjs(r.targetDate).format('D MMM YYYY')}` : 'Not dated yet'}
                  </span>
                </Group>
              }
              actions={
                <DeleteEntity
                  artefact="release"
                  noun="release"
                  name={r.name}
                  consequence="This deletes the release and its comments. It is refused while features are planned in it or release notes and launches point at it."
                  remove={() =>
                    unwrap(
                      api.DELETE('/api/v1/workspaces/{workspaceId}/releases/{id}', {
                        params: { path: { workspaceId: ws.id, id: r.id } },
                      }),
                    )
                  }
                  onDeleted={() => navigate(`/w/${ws.id}/releases`)}
                />
              }
            />
            <Paper withBorder p="md" component="section" aria-label="Load">
              <Text size="sm" fw={600} c={load.over ? 'red.8' : undefined}>
                {load.text}
              </Text>
              {r.capacity ? (
                <Progress
                  mt="xs"
                  value={load.percent}
                  color={load.over ? 'red' : 'blue'}
                  aria-label="Load against capacity"
                />
              ) : null}
              {r.unestimatedCount > 0 && (
                <Text size="sm" c="dimmed" mt="xs">
                  {r.unestimatedCount} feature{r.unestimatedCount === 1 ? ' has' : 's have'} no effort
                  estimate yet, so the load is understated.
                </Text>
              )}
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                Release
              </Title>
              <ReleaseForm key={r.version} initial={r} />
            </Paper>
            <ReleaseFeatures releaseId={r.id} />
            <Comments entityType="release" entityId={r.id} />
          </Stack>
        );
      }}
    </Loading>
  );
}

/** The features planned in the release, by rank. */
function ReleaseFeatures({ releaseId }: { releaseId: string }) {
  const ws = useWorkspace();
  const products = useProducts();
  const features = useQuery({
    queryKey: ['features', ws.id, { releaseId }],
    queryFn: () =>
      collect((cursor) =>
        unwrap(
          api.GET('/api/v1/workspaces/{workspaceId}/features', {
            params: { path: { workspaceId: ws.id }, query: { releaseId, sort: 'rank', limit: 200, cursor } },
          }),
        ),
      ),
  });
  return (
    <Stack gap="xs" component="section" aria-label="Features in this release">
      <Title order={2} size="h4">
        Features in this release
      </Title>
      <Loading query={features} label="Loading the features">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              None yet. Plan features into this release from a feature&apos;s page or by dragging them on the{' '}
              <Anchor component={Link} to={`/w/${ws.id}/roadmap`} size="sm" underline="always">
                roadmap
              </Anchor>
              .
            </Text>
          ) : (
            <Table aria-label="Features in this release">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Feature</Table.Th>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Effort</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/features/${f.id}`}>
                        {f.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{nameOf(products.data, f.productId, '…')}</Table.Td>
                    <Table.Td>
                      <Badge color={FEATURE_STATUS_COLOR[f.status]} variant="light">
                        {FEATURE_STATUS_LABEL[f.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{f.effort === null ? '—' : formatNumber(f.effort)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loading>
    </Stack>
  );
}
