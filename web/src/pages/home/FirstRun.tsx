import { Accordion, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMembers, useProducts, useReleases } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { CatalogStep, FeedbackStep, ReleaseStep, TeamStep } from './FirstRunSteps';
import { doneCount, firstOpen, guideStore, showGuide, type Step, STEPS, stepsDone } from './firstRun';

const TITLES: Record<Step, string> = {
  catalog: 'Create the product line and products',
  release: 'Plan the first release',
  team: 'Invite teammates with their roles',
  feedback: 'Import feedback from CSV',
};

/** The counts the guide's progress is read from; pending while any is loading. */
function useSetupData() {
  const ws = useWorkspace();
  const path = { workspaceId: ws.id };
  const products = useProducts();
  const releases = useReleases();
  const members = useMembers();
  const invitations = useQuery({
    enabled: ws.role === 'admin',
    queryKey: ['invitations', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/invitations', { params: { path, query: { limit: 200 } } }),
      ),
  });
  const feedback = useQuery({
    queryKey: ['feedback', ws.id, 'first-run'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/workspaces/{workspaceId}/feedback', { params: { path, query: { limit: 1 } } })),
  });
  if (!products.data || !releases.data || !members.data || !feedback.data) return null;
  if (ws.role === 'admin' && !invitations.data) return null;
  return {
    products: products.data.items,
    releases: releases.data.items,
    members: members.data.items,
    counts: {
      products: products.data.items.length,
      releases: releases.data.items.length,
      members: members.data.items.length,
      invitations: invitations.data?.items.filter((i) => i.status === 'pending').length ?? 0,
      feedback: feedback.data.items.length,
    },
  };
}

export type SetupState = NonNullable<ReturnType<typeof useSetupData>>;

/**
 * The first-run guide on Home: the four steps a new workspace needs, each done in place by the roles that
 * may (others read who does it). Progress is read from the data, so a step done elsewhere, or by someone
 * else, shows done here; hiding it is the person's own choice.
 */
export function FirstRun() {
  const ws = useWorkspace();
  const data = useSetupData();
  const [hidden, setHidden] = useState(() => guideStore.hidden(ws.id));
  const [finishedHere, setFinishedHere] = useState(false);
  const [open, setOpen] = useState<string | null | undefined>(undefined);
  if (!data) return null;
  const done = stepsDone(data.counts);
  if (!showGuide(done, hidden, finishedHere)) return null;
  const count = doneCount(done);
  const hide = () => {
    guideStore.hide(ws.id);
    setHidden(true);
  };
  // A step done here stays open (a line first, then its products), until the person opens another.
  const progressed = (step: Step) => () => {
    setFinishedHere(true);
    setOpen((o) => (o === undefined ? step : o));
  };
  const panels: Record<Step, ReactNode> = {
    catalog: <CatalogStep data={data} onProgress={progressed('catalog')} />,
    release: <ReleaseStep data={data} onProgress={progressed('release')} />,
    team: <TeamStep data={data} onProgress={progressed('team')} />,
    feedback: <FeedbackStep data={data} onProgress={progressed('feedback')} />,
  };

  return (
    <Card withBorder padding="lg" mb="md" component="section" aria-labelledby="first-run-title">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="first-run-title">
            {count === STEPS.length ? `${ws.name} is set up` : `Set up ${ws.name}`}
          </Title>
          <Text size="sm" c="dimmed">
            {count === STEPS.length
              ? 'Next: plan features in the release, and let product marketing take it to launch.'
              : 'Four steps before your team works here. Do each one right here, or leave it to the role that owns it.'}
          </Text>
        </div>
        <Button variant="subtle" size="xs" onClick={hide}>
          {count === STEPS.length ? 'Close the guide' : 'Hide the guide'}
        </Button>
      </Group>
      <Group gap="sm" mb="md" wrap="nowrap">
        <Progress
          value={(count / STEPS.length) * 100}
          color="teal"
          style={{ flex: 1 }}
          aria-label="Setup progress"
        />
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {count} of {STEPS.length} done
        </Text>
      </Group>
      <Accordion
        variant="separated"
        value={open === undefined ? firstOpen(done) : open}
        onChange={(v) => setOpen(v)}
      >
        {STEPS.map((step, i) => (
          <Accordion.Item key={step} value={step}>
            <Accordion.Control>
              <Group gap="sm" wrap="nowrap">
                <Badge color={done[step] ? 'teal' : 'gray'} variant={done[step] ? 'filled' : 'light'} w={64}>
                  {done[step] ? 'Done' : `Step ${i + 1}`}
                </Badge>
                <Text fw={600}>{TITLES[step]}</Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">{panels[step]}</Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}
