import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { InboxCount } from '../../app/notifications';
import { roleLabel } from '../../app/roles';
import { useMe } from '../../app/session';
import { type Role, useWorkspace } from '../../app/workspace';
import { PendingInvitations } from '../../components/PendingInvitations';
import { Loading, PageHeader } from '../../components/States';
import { FirstRun } from './FirstRun';
import { HomeMetrics } from '../metrics/HomeMetrics';
import { QuickFeedback } from './QuickFeedback';
import { formatMoney } from '../../app/format';

/** What each role's home shows; admins see every section. */
const SECTIONS: Record<Exclude<Role, 'admin'>, readonly string[]> = {
  product_manager: ['triage', 'unscored', 'capacity'],
  product_marketer: ['launches', 'unanswered', 'stale', 'drafts'],
  marketer: ['unanswered', 'programs', 'budget'],
  sales: ['quick-feedback', 'battlecards'],
  viewer: ['launches', 'capacity'],
};

type CardProps<T> = {
  title: string;
  to: string;
  query: { queryKey: unknown[]; queryFn: () => Promise<T> };
  render: (data: T) => ReactNode;
};

function WorkCard<T>({ title, to, query, render }: CardProps<T>) {
  const result = useQuery(query);
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Text fw={700} component="h2" size="md" m={0} style={{ minWidth: 0 }}>
          {title}
        </Text>
        <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
          Open
        </Anchor>
      </Group>
      <Loading query={result}>{render}</Loading>
    </Card>
  );
}

/** A short list, or a sentence saying nothing waits. */
function Rows<T>(props: { items: T[]; more?: boolean; none: string; row: (item: T) => ReactNode }) {
  if (props.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {props.none}
      </Text>
    );
  return (
    <Stack gap={6}>
      {props.items.slice(0, 6).map(props.row)}
      {(props.more || props.items.length > 6) && (
        <Text size="xs" c="dimmed">
          and more…
        </Text>
      )}
    </Stack>
  );
}

export default function HomePage() {
  const ws = useWorkspace();
  const me = useMe();
  const path = { workspaceId: ws.id };
  const base = `/w/${ws.id}`;
  const shown = (key: string) => ws.role === 'admin' || SECTIONS[ws.role].includes(key);
  const year = new Date().getFullYear();

  const cards: ReactNode[] = [];
  if (shown('quick-feedback')) cards.push(<QuickFeedback key="quick" />);
  if (shown('triage'))
    cards.push(
      <WorkCard
        key="triage"
        title="New feedback to triage"
        to={`${base}/feedback`}
        query={{
          queryKey: ['home', ws.id, 'triage'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/feedback', {
                params: { path, query: { status: 'new', limit: 7, sort: '-createdAt' } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            more={Boolean(d.nextCursor)}
            none="Inbox zero: every piece of feedback is triaged."
            row={(f) => (
              <Anchor key={f.id} component={Link} to={`${base}/feedback/${f.id}`} size="sm" lineClamp={1}>
                {f.title || f.text}
              </Anchor>
            )}
          />
        )}
      />,
    );
  if (shown('unscored'))
    cards.push(
      <WorkCard
        key="unscored"
        title="Features without a score"
        to={`${base}/features`}
        query={{
          queryKey: ['home', ws.id, 'unscored'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/features', {
                params: { path, query: { hasScore: 'false', status: 'idea,discovery,planned', limit: 7 } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            more={Boolean(d.nextCursor)}
            none="Every open feature has a score."
            row={(f) => (
              <Anchor key={f.id} component={Link} to={`${base}/features/${f.id}`} size="sm" lineClamp={1}>
                {f.title}
              </Anchor>
            )}
          />
        )}
      />,
    );
  if (shown('capacity'))
    cards.push(
      <WorkCard
        key="capacity"
        title="Releases and capacity"
        to={`${base}/roadmap`}
        query={{
          queryKey: ['home', ws.id, 'capacity'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/roadmap/releases', {
                params: { path, query: { status: 'planned,in_progress', limit: 6, featureLimit: 0 } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            none="No planned release. Product managers plan them under Releases."
            row={(r) => (
              <div key={r.id}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{r.name}</Text>
                  {r.overCapacity ? (
                    <Badge color="red" size="sm">
                      Over capacity by {-(r.remaining ?? 0)}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {r.plannedEffort} / {r.capacity ?? '—'}
                    </Text>
                  )}
                </Group>
                {r.capacity ? (
                  <Progress
                    value={Math.min(100, (r.plannedEffort / r.capacity) * 100)}
                    color={r.overCapacity ? 'red' : 'indigo'}
                    size="sm"
                    aria-label={`${r.name}: ${r.plannedEffort} of ${r.capacity} effort planned`}
                  />
                ) : null}
              </div>
            )}
          />
        )}
      />,
    );
  if (shown('launches'))
    cards.push(
      <WorkCard
        key="launches"
        title="Launches and readiness"
        to={`${base}/launches`}
        query={{
          queryKey: ['home', ws.id, 'launches'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/launches', {
                params: { path, query: { status: 'planned,in_progress', limit: 6, sort: 'launchDate' } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            none="No launches coming. Create one from a release."
            row={(l) => (
              <div key={l.id}>
                <Group justify="space-between" gap="xs">
                  <Anchor component={Link} to={`${base}/launches/${l.id}`} size="sm">
                    {l.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {dayjs(l.launchDate).format('D MMM')} · {l.readiness.percent}% ready
                    {l.readiness.overdue.length ? (
                      <Text span c="red.8" fw={600} size="xs">
                        {' '}
                        · {l.readiness.overdue.length} overdue
                      </Text>
                    ) : null}
                  </Text>
                </Group>
                <Progress value={l.readiness.percent} size="sm" aria-label={`${l.name} readiness`} />
              </div>
            )}
          />
        )}
      />,
    );
  if (shown('unanswered'))
    cards.push(
      <WorkCard
        key="unanswered"
        title={ws.role === 'marketer' ? 'Requirements to answer' : 'Requirements without an accepted program'}
        to={`${base}/handoff`}
        query={{
          queryKey: ['home', ws.id, 'unanswered'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/requirements', {
                params: { path, query: { covered: 'false', status: 'open', limit: 7 } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            more={Boolean(d.nextCursor)}
            none="Every open requirement has an accepted program."
            row={(r) => (
              // The title gets the card's width, its state the line below: side by side, titles were cut at ~20 characters.
              <div key={r.id}>
                <Text size="sm" lineClamp={2} title={r.title}>
                  {r.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.programs.length ? `${r.programs.length} proposed` : 'no program yet'}
                  {r.dueDate ? ` · due ${dayjs(r.dueDate).format('D MMM')}` : ''}
                </Text>
              </div>
            )}
          />
        )}
      />,
    );
  if (shown('stale') || shown('battlecards'))
    cards.push(
      <WorkCard
        key="stale"
        title={ws.role === 'sales' ? 'Battlecards' : 'Stale battlecards'}
        to={`${base}/competitors`}
        query={{
          queryKey: ['home', ws.id, 'battlecards', ws.role === 'sales'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/battlecards', {
                params: { path, query: ws.role === 'sales' ? { limit: 7 } : { stale: 'true', limit: 7 } },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            none={
              ws.role === 'sales'
                ? 'No battlecards yet.'
                : 'Every battlecard was reviewed in the last 90 days.'
            }
            row={(b) => (
              <Anchor key={b.id} component={Link} to={`${base}/competitors/${b.competitorId}`} size="sm">
                {b.competitorName}
                {b.lastReviewedOn
                  ? ` · reviewed ${dayjs(b.lastReviewedOn).format('D MMM YYYY')}`
                  : ' · never reviewed'}
              </Anchor>
            )}
          />
        )}
      />,
    );
  if (shown('drafts'))
    cards.push(
      <WorkCard
        key="drafts"
        title="Awaiting approval"
        to={`${base}/messaging`}
        query={{
          queryKey: ['home', ws.id, 'drafts'],
          queryFn: async () => {
            const query = { status: 'in_review', limit: 5 };
            const [positioning, messaging] = await Promise.all([
              unwrap(api.GET('/api/v1/workspaces/{workspaceId}/positioning', { params: { path, query } })),
              unwrap(api.GET('/api/v1/workspaces/{workspaceId}/messaging', { params: { path, query } })),
            ]);
            return [
              ...positioning.items.map((p) => ({
                id: p.id,
                label: `Positioning: ${p.productName} (revision ${p.revision})`,
                to: `${base}/positioning`,
              })),
              ...messaging.items.map((m) => ({
                id: m.id,
                label: `Messaging: ${m.headline || 'untitled'}`,
                to: `${base}/messaging`,
              })),
            ];
          },
        }}
        render={(items) => (
          <Rows
            items={items}
            none="Nothing is waiting for review."
            row={(i) => (
              <Anchor key={i.id} component={Link} to={i.to} size="sm">
                {i.label}
              </Anchor>
            )}
          />
        )}
      />,
    );
  if (shown('programs'))
    cards.push(
      <WorkCard
        key="programs"
        title="Campaigns running or due to start"
        to={`${base}/campaigns`}
        query={{
          queryKey: ['home', ws.id, 'campaigns'],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/campaigns', {
                params: {
                  path,
                  query: {
                    from: dayjs().format('YYYY-MM-DD'),
                    to: dayjs().add(30, 'day').format('YYYY-MM-DD'),
                    limit: 7,
                    sort: 'startDate',
                  },
                },
              }),
            ),
        }}
        render={(d) => (
          <Rows
            items={d.items}
            none="No campaigns in the next 30 days."
            row={(c) => (
              <Group key={c.id} justify="space-between" gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`${base}/campaigns/${c.id}`} size="sm" lineClamp={1}>
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.startDate ? dayjs(c.startDate).format('D MMM') : 'no date'} · {c.status}
                </Text>
              </Group>
            )}
          />
        )}
      />,
    );
  if (shown('budget'))
    cards.push(
      <WorkCard
        key="budget"
        title={`Budget ${year}`}
        to={`${base}/budget`}
        query={{
          queryKey: ['home', ws.id, 'budget', year],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/workspaces/{workspaceId}/budget/rollup', {
                params: { path, query: { year } },
              }),
            ),
        }}
        render={(d) => (
          <Stack gap={6}>
            <Text size="sm">
              {formatMoney(d.totals.actual)} spent of {formatMoney(d.totals.planned)} planned
            </Text>
            <Progress
              value={d.totals.planned ? Math.min(100, (d.totals.actual / d.totals.planned) * 100) : 0}
              color={d.totals.overBudget ? 'red' : 'teal'}
              aria-label="Budget spent"
            />
            {d.quarters
              .filter((q) => q.overBudget)
              .map((q) => (
                <Text key={q.quarter} size="sm" c="red.8">
                  Q{q.quarter} is over plan by {formatMoney(q.actual - q.planned)}
                </Text>
              ))}
          </Stack>
        )}
      />,
    );

  return (
    <>
      <PageHeader
        title={`Good to see you${me.data ? `, ${me.data.user.name.split(' ')[0]}` : ''}`}
        subtitle={`${ws.name} · ${roleLabel(ws.role)} · what needs you now`}
        actions={<InboxCount workspaceId={ws.id} />}
      />
      {me.data?.invitations.length ? (
        <Stack mb="md">
          <PendingInvitations invitations={me.data.invitations} />
        </Stack>
      ) : null}
      <FirstRun />
      <HomeMetrics />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>{cards}</SimpleGrid>
    </>
  );
}
