import { Anchor, Badge, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Loading, PageHeader } from '../../components/States';
import { Comments } from '../../components/Comments';
import { ClearFlagButton, RevenueDetractorBadge } from './flag';
import { SENTIMENT_COLOR, sentimentLabel, sourceLabel } from '../../app/labels';
import { DATE } from '../../app/format';
import { CustomerCard } from './CustomerCard';
import { FeedbackFields } from './FeedbackFields';
import { LinkedFeatures } from './LinkedFeatures';
import { feedbackTitle } from './title';

const loadFeedback = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/feedback/{id}', { params: { path: { workspaceId, id } } }),
  );
export type FeedbackDetailData = Awaited<ReturnType<typeof loadFeedback>>;
type Status = FeedbackDetailData['status'];

const STATUS_COLOR: Record<Status, string> = { new: 'blue', triaged: 'teal', archived: 'gray' };
const STATUS_LABEL: Record<Status, string> = { new: 'New', triaged: 'Triaged', archived: 'Archived' };

/** One feedback item: what was said, by whom, where it leads, and the discussion about it. */
export default function FeedbackDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const feedback = useQuery({ queryKey: ['feedback', ws.id, id], queryFn: () => loadFeedback(ws.id, id) });
  return (
    <Loading query={feedback} label="Loading feedback">
      {(f) => <FeedbackView f={f} />}
    </Loading>
  );
}

function FeedbackView({ f }: { f: FeedbackDetailData }) {
  const ws = useWorkspace();
  const status = useMutation({
    mutationFn: ({ version, to }: { version: number; to: Status }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/feedback/{id}', {
          params: { path: { workspaceId: ws.id, id: f.id } },
          body: { status: to, version },
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'feedback', entityId: f.id },
      success: 'Status changed',
    },
  });
  const move = (to: Status) => status.mutate({ version: f.version, to });
  return (
    <>
      <Anchor component={Link} to={`/w/${ws.id}/feedback`} size="sm">
        ← Feedback inbox
      </Anchor>
      <PageHeader
        title={feedbackTitle(f)}
        subtitle={
          <Group gap="xs" component="span">
            <Badge color={STATUS_COLOR[f.status]} variant="light" component="span">
              {STATUS_LABEL[f.status]}
            </Badge>
            <RevenueDetractorBadge item={f} />
            <span>
              {sourceLabel(f.source)} · {dayjs(f.createdAt).format(DATE)}
              {f.triagedAt && ` · triaged ${dayjs(f.triagedAt).format(DATE)}`}
            </span>
          </Group>
        }
        actions={
          <>
            {f.allowedTransitions.includes('triaged') && (
              <GuardedButton
                artefact="feedback"
                action="update"
                onClick={() => move('triaged')}
                loading={status.isPending}
              >
                Triage
              </GuardedButton>
            )}
            {f.allowedTransitions.includes('archived') && (
              <GuardedButton
                artefact="feedback"
                action="update"
                variant="default"
                onClick={() => move('archived')}
              >
                Archive
              </GuardedButton>
            )}
            {f.allowedTransitions.includes('new') && (
              <GuardedButton
                artefact="feedback"
                action="update"
                variant="default"
                onClick={() => move('new')}
              >
                Reopen
              </GuardedButton>
            )}
            <ClearFlagButton item={f} />
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md" component="section" aria-label="What the customer said">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{f.text}</Text>
              {f.sentiment && (
                <Badge mt="sm" variant="light" color={SENTIMENT_COLOR[f.sentiment]}>
                  {sentimentLabel(f.sentiment)}
                </Badge>
              )}
            </Paper>
            <LinkedFeatures feedbackId={f.id} features={f.features} />
            <Comments entityType="feedback" entityId={f.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <CustomerCard customerId={f.customerId} contactId={f.contactId} />
            <FeedbackFields f={f} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
