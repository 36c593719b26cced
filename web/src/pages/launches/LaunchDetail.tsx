import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Loading, PageHeader } from '../../components/States';
import { nameOf, useProducts, useReleases } from '../../app/lookups';
import { type Launch, loadLaunch } from './data';
import { LAUNCH_STATUS, type LaunchStatus, TIER_LABEL, TRANSITION_LABEL } from './labels';
import { LaunchBrief } from './LaunchBrief';
import { LaunchGoals } from './LaunchGoals';
import { LaunchResults } from '../dashboards/ProductMarketingLaunchResults';
import { TaskChecklist } from './TaskChecklist';
import { TASK_ROLES } from './tasks';
import { plural } from '../../app/plural';

export default function LaunchDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const launch = useQuery({ queryKey: ['launch', ws.id, id], queryFn: () => loadLaunch(ws.id, id) });
  return (
    <Loading query={launch}>
      {(l) => (
        <Stack>
          <Anchor component={Link} to={`/w/${ws.id}/launches`} size="sm">
            ← All launches
          </Anchor>
          <Header launch={l} />
          <Tabs defaultValue="checklist" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="checklist">Checklist</Tabs.Tab>
              <Tabs.Tab value="brief">Launch brief</Tabs.Tab>
              <Tabs.Tab value="results">Results</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="checklist" pt="md">
              <TaskChecklist launch={l} />
            </Tabs.Panel>
            <Tabs.Panel value="brief" pt="md">
              <LaunchBrief launchId={l.id} />
            </Tabs.Panel>
            <Tabs.Panel value="results" pt="md">
              <LaunchResults launchId={l.id} launchDate={l.launchDate} />
            </Tabs.Panel>
          </Tabs>
          <Paper withBorder p="md">
            <Comments entityType="launch" entityId={l.id} />
          </Paper>
        </Stack>
      )}
    </Loading>
  );
}

function Header({ launch: l }: { launch: Launch }) {
  const ws = useWorkspace();
  const products = useProducts();
  const releases = useReleases();
  const move = useMutation({
    mutationFn: ({ version, status }: { version: number; status: LaunchStatus }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/launches/{id}', {
          params: { path: { workspaceId: ws.id, id: l.id } },
          body: { status, version },
        }),
      ),
    meta: {
      success: 'Launch status changed',
      conflict: { workspaceId: ws.id, entityType: 'launch', entityId: l.id },
    },
  });
  const days = dayjs(l.launchDate).startOf('day').diff(dayjs().startOf('day'), 'day');
  const when =
    l.status === 'launched' || l.status === 'cancelled'
      ? ''
      : days > 0
        ? ` · in ${plural(days, 'day')}`
        : days === 0
          ? ' · today'
          : ` · ${-days} days ago`;

  return (
    <>
      <PageHeader
        title={l.name}
        subtitle={`${TIER_LABEL[l.tier]} · ${nameOf(products.data, l.productId, 'No product')} · ${
          l.releaseId ? nameOf(releases.data, l.releaseId, 'Release') : 'No release'
        } · launches ${dayjs(l.launchDate).format('D MMM YYYY')}${when}`}
        actions={l.allowedTransitions.map((s) => (
          <GuardedButton
            key={s}
            artefact="launch"
            action="update"
            variant={s === 'cancelled' || s === 'planned' ? 'default' : 'filled'}
            color={s === 'cancelled' ? 'red' : s === 'launched' ? 'teal' : undefined}
            loading={move.isPending && move.variables?.status === s}
            onClick={() => move.mutate({ version: l.version, status: s })}
          >
            {TRANSITION_LABEL[s]}
          </GuardedButton>
        ))}
      />
      <ReadOnlyNote artefact="launch" />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Stack gap={6}>
            <Group gap="xs">
              <Text fw={600}>Status</Text>
              <Badge color={LAUNCH_STATUS[l.status].color}>{LAUNCH_STATUS[l.status].label}</Badge>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text fw={600}>Readiness</Text>
              <Progress
                value={l.readiness.percent}
                style={{ flex: 1 }}
                size="lg"
                color={l.readiness.percent === 100 ? 'teal' : 'indigo'}
                aria-label="Launch readiness"
              />
              <Text size="sm">
                {l.readiness.percent}% ({l.readiness.done}/{l.readiness.total})
              </Text>
            </Group>
            {l.readiness.overdue.length > 0 && (
              <Text c="red" fw={600} size="sm">
                {plural(l.readiness.overdue.length, 'overdue task')}
              </Text>
            )}
          </Stack>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Readiness by role
            </Text>
            {TASK_ROLES.filter((r) => l.readiness.byRole[r].total > 0).map((r) => (
              <Text key={r} size="sm">
                {roleLabel(r)}: {l.readiness.byRole[r].done}/{l.readiness.byRole[r].total}
              </Text>
            ))}
          </Stack>
          <LaunchGoals launch={l} />
        </SimpleGrid>
      </Paper>
    </>
  );
}
