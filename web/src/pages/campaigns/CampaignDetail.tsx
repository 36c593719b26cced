import '@mantine/dates/styles.css';
import { Anchor, Badge, Breadcrumbs, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { Loading, PageHeader } from '../../components/States';
import { type Campaign, type CampaignPatch, loadCampaign, patchCampaign } from './campaign';
import { CampaignFields } from './CampaignFields';
import { CampaignResults } from './CampaignResults';
import { nameOf, usePrograms } from './data';
import { Journey } from './Journey';
import { CAMPAIGN_STATUS, type CampaignStatus, CHANNEL_LABEL } from '../../app/labels';
import { formatRange, formatMoney, signedMoney } from '../../app/format';
import { UtmBuilder } from './UtmBuilder';

/** The verb for moving a campaign to a status. */
const STEP_LABEL: Record<CampaignStatus, string> = {
  planned: 'Back to planned',
  active: 'Start',
  paused: 'Pause',
  completed: 'Complete',
  cancelled: 'Cancel campaign',
};

function Section(props: { title: string; children: React.ReactNode; description?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb={props.description ? 2 : 'sm'}>
        {props.title}
      </Title>
      {props.description && (
        <Text size="sm" c="dimmed" mb="sm">
          {props.description}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}

function Summary({ campaign }: { campaign: Campaign }) {
  const over = campaign.actualSpend - campaign.plannedSpend;
  return (
    <Group gap="xl">
      <div>
        <Text size="xs" c="dimmed">
          Planned
        </Text>
        <Text fw={600}>{formatMoney(campaign.plannedSpend)}</Text>
      </div>
      <div>
        <Text size="xs" c="dimmed">
          Spent
        </Text>
        <Text fw={600}>{formatMoney(campaign.actualSpend)}</Text>
      </div>
      <div>
        <Text size="xs" c="dimmed">
          Variance
        </Text>
        <Text fw={600} c={over > 0 ? 'red' : 'teal'}>
          {signedMoney(over)}
          {over > 0 ? ' over plan' : ''}
        </Text>
      </div>
      {campaign.targetMetrics.length > 0 && (
        <div>
          <Text size="xs" c="dimmed">
            Targets
          </Text>
          <Text fw={600}>
            {campaign.targetMetrics
              .map((t) => `${t.target.toLocaleString('en-US')}${t.unit ? ` ${t.unit}` : ''} ${t.metric}`)
              .join(' · ')}
          </Text>
        </div>
      )}
    </Group>
  );
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const programs = usePrograms();
  const move = useMutation({
    mutationFn: ({ version, ...patch }: CampaignPatch & { version: number }) =>
      patchCampaign(ws.id, campaign.id, { ...patch, version }),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'campaign', entityId: campaign.id },
      success: 'Status changed',
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/campaigns/{id}', {
          params: { path: { workspaceId: ws.id, id: campaign.id } },
          headers: { 'if-match': String(campaign.version) },
        }),
      ),
    meta: { success: 'Campaign deleted' },
    onSuccess: () => navigate(`/w/${ws.id}/campaigns`),
  });
  const status = CAMPAIGN_STATUS[campaign.status];
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={`/w/${ws.id}/campaigns`} size="sm">
          Campaigns
        </Anchor>
        <Anchor component={Link} to={`/w/${ws.id}/handoff?program=${campaign.programId}`} size="sm">
          {nameOf(programs.data, campaign.programId, 'Program')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader
        title={campaign.name}
        subtitle={
          <>
            <Badge component="span" variant="light" color={status.color} mr="xs">
              {status.label}
            </Badge>
            {CHANNEL_LABEL[campaign.channel]} · {formatRange(campaign.startDate, campaign.endDate)}
          </>
        }
        actions={
          <>
            {campaign.allowedTransitions.map((to) => (
              <GuardedButton
                key={to}
                artefact="campaign"
                action="update"
                variant={to === 'cancelled' ? 'subtle' : 'light'}
                color={to === 'cancelled' ? 'red' : undefined}
                loading={move.isPending && move.variables?.status === to}
                onClick={() => move.mutate({ status: to, version: campaign.version })}
              >
                {STEP_LABEL[to]}
              </GuardedButton>
            ))}
            <GuardedButton
              artefact="campaign"
              action="delete"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete "${campaign.name}" with its links and touchpoints?`))
                  remove.mutate();
              }}
            >
              Delete
            </GuardedButton>
          </>
        }
      />
      <Summary campaign={campaign} />
      <Section
        title="Results"
        description="Traffic, leads and revenue attributed to this campaign from its tagged links."
      >
        <CampaignResults campaignId={campaign.id} />
      </Section>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Section title="Details">
            <CampaignFields key={campaign.version} campaign={campaign} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Section
            title="Journey"
            description="The touchpoints of this campaign, in the order a buyer meets them."
          >
            <Journey
              owner={{ kind: 'campaign', id: campaign.id }}
              defaultChannel={campaign.channel}
              personaId={campaign.personaId}
            />
          </Section>
        </Grid.Col>
      </Grid>
      <Section
        title="UTM link builder"
        description="Tag every link the campaign uses, so its traffic, leads and revenue are attributed to it."
      >
        <UtmBuilder key={campaign.version} campaign={campaign} />
      </Section>
      <Paper withBorder p="md">
        <Comments entityType="campaign" entityId={campaign.id} />
      </Paper>
    </Stack>
  );
}

export default function CampaignDetail() {
  const ws = useWorkspace();
  const { id = '' } = useParams();
  const campaign = useQuery({ queryKey: ['campaign', ws.id, id], queryFn: () => loadCampaign(ws.id, id) });
  return <Loading query={campaign}>{(c) => <CampaignView campaign={c} />}</Loading>;
}
