import { Anchor, Badge, Button, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { Comments } from '../../components/Comments';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Empty, Loading } from '../../components/States';
import { changedFields } from '../campaigns/campaign';
import { Journey } from '../campaigns/Journey';
import { Results } from '../campaigns/CampaignResults';
import { CAMPAIGN_STATUS, CHANNEL_LABEL, PROGRAM_STATUS, type ProgramStatus } from '../../app/labels';
import { formatDate, formatRange, formatMoney } from '../../app/format';
import { useProgramActions } from './actions';
import { ReviewButton } from './ReviewButton';
import { ProgramForm, type ProgramValues } from './ProgramForm';
import type { ReviewRequest } from './ReviewDialog';
import { FormDrawer } from '../../components/FormModal';

const loadProgram = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/programs/{id}', { params: { path: { workspaceId, id } } }),
  );
type Program = Awaited<ReturnType<typeof loadProgram>>;

/** Owner steps from the program's allowed transitions (review steps are product marketing's, on the card). */
const OWNER_STEP: Partial<Record<ProgramStatus, string>> = {
  in_progress: 'Start running',
  done: 'Mark done',
  cancelled: 'Cancel program',
};

function ProgramCampaigns({ program }: { program: Program }) {
  const ws = useWorkspace();
  const campaigns = useQuery({
    queryKey: ['campaigns', ws.id, { programId: program.id }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/campaigns', {
          params: { path: { workspaceId: ws.id }, query: { programId: program.id, limit: 200 } },
        }),
      ),
  });
  const open = program.status === 'accepted' || program.status === 'in_progress';
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Campaigns
        </Title>
        {open && (
          <Button
            component={Link}
            to={`/w/${ws.id}/campaigns?new=1&programId=${program.id}`}
            size="compact-sm"
            variant="light"
          >
            New campaign in this program
          </Button>
        )}
      </Group>
      <Loading query={campaigns} label="Loading campaigns">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No campaigns yet">
              {open
                ? 'Create the campaigns that carry this program out.'
                : 'Campaigns can be created once product marketing accepts the program.'}
            </Empty>
          ) : (
            <Table withTableBorder aria-label="Campaigns of this program">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Campaign</Table.Th>
                  <Table.Th>Channel</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Spent / planned</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws.id}/campaigns/${c.id}`} size="sm">
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{CHANNEL_LABEL[c.channel]}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={CAMPAIGN_STATUS[c.status].color}>
                        {CAMPAIGN_STATUS[c.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" c={c.actualSpend > c.plannedSpend ? 'red' : undefined}>
                      {formatMoney(c.actualSpend)} / {formatMoney(c.plannedSpend)}
                    </Table.Td>
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

const valuesOf = (p: Program): ProgramValues => ({
  name: p.name,
  description: p.description,
  requirementIds: p.requirements.map((r) => r.id),
  channels: p.channels,
  ownerId: p.ownerId,
  startDate: p.startDate,
  endDate: p.endDate,
  plannedBudget: p.plannedBudget,
});

function ProgramBody(props: {
  program: Program;
  requirementOptions: { value: string; label: string }[];
  onReview: (r: ReviewRequest) => void;
  onClose: () => void;
}) {
  const ws = useWorkspace();
  const p = props.program;
  const canEdit = useCan('program', 'update').allowed;
  const { update, propose } = useProgramActions(p.id);
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/programs/{id}', {
          params: { path: { workspaceId: ws.id, id: p.id } },
          headers: { 'if-match': String(p.version) },
        }),
      ),
    meta: { success: 'Program deleted' },
    onSuccess: props.onClose,
  });
  const initial = valuesOf(p);
  // The program's own requirements stay choosable even when closed (the board lists open ones).
  const options = [
    ...props.requirementOptions,
    ...p.requirements
      .filter((r) => !props.requirementOptions.some((o) => o.value === r.id))
      .map((r) => ({ value: r.id, label: r.title })),
  ];
  return (
    <Stack>
      <Group gap="xs">
        <Badge color={PROGRAM_STATUS[p.status].color} variant="light">
          {PROGRAM_STATUS[p.status].label}
        </Badge>
        <Text size="sm" c="dimmed">
          {formatRange(p.startDate, p.endDate)} · budget {formatMoney(p.plannedBudget)} · campaigns plan{' '}
          {formatMoney(p.plannedSpend)}, spent{' '}
          <Text span size="sm" c={p.actualSpend > p.plannedBudget ? 'red' : undefined}>
            {formatMoney(p.actualSpend)}
          </Text>
        </Text>
      </Group>
      {p.reviewComment && (
        <Text size="sm" fw={p.status === 'sent_back' ? 500 : undefined}>
          Review{p.reviewedAt ? ` (${formatDate(p.reviewedAt)})` : ''}: “{p.reviewComment}”
        </Text>
      )}
      <Group gap="xs">
        {p.status === 'proposed' && (
          <>
            <ReviewButton color="teal" onClick={() => props.onReview({ program: p, decision: 'accept' })}>
              Accept
            </ReviewButton>
            <ReviewButton
              variant="light"
              color="orange"
              onClick={() => props.onReview({ program: p, decision: 'send-back' })}
            >
              Send back
            </ReviewButton>
          </>
        )}
        {p.status === 'sent_back' && (
          <GuardedButton
            artefact="program"
            action="update"
            loading={propose.isPending}
            onClick={() => propose.mutate({ version: p.version })}
          >
            Propose again
          </GuardedButton>
        )}
        {p.allowedTransitions
          .filter((to) => OWNER_STEP[to])
          .map((to) => (
            <GuardedButton
              key={to}
              artefact="program"
              action="update"
              variant={to === 'cancelled' ? 'subtle' : 'light'}
              color={to === 'cancelled' ? 'red' : undefined}
              loading={update.isPending && update.variables?.status === to}
              onClick={() => update.mutate({ status: to, version: p.version })}
            >
              {OWNER_STEP[to]}
            </GuardedButton>
          ))}
        {p.campaignCount === 0 && (
          <GuardedButton
            artefact="program"
            action="delete"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the program "${p.name}"?`)) remove.mutate();
            }}
          >
            Delete
          </GuardedButton>
        )}
      </Group>
      <Divider />
      <ReadOnlyNote artefact="program" />
      <ProgramForm
        key={p.version}
        initial={initial}
        requirementOptions={options}
        disabled={!canEdit}
        action="update"
        submitLabel="Save program"
        pending={update.isPending && update.variables?.status === undefined}
        error={update.error}
        errorTitle="Could not save the program"
        submit={(values) => {
          const patch = changedFields(initial, values);
          if (Object.keys(patch).length) update.mutate({ ...patch, version: p.version });
        }}
      />
      <Divider />
      <Title order={3} size="h5">
        Journey
      </Title>
      <Journey owner={{ kind: 'program', id: p.id }} defaultChannel={p.channels[0] ?? 'email'} />
      <Divider />
      <section aria-label="Results">
        <Title order={3} size="h5">
          Results
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          Traffic, leads and revenue attributed to this program’s campaigns from their tagged links.
        </Text>
        <Results of="programs" id={p.id} />
      </section>
      <Divider />
      <ProgramCampaigns program={p} />
      <Divider />
      <Comments entityType="program" entityId={p.id} />
    </Stack>
  );
}

/** A program in a side drawer: its fields (editable by marketing), its review, journey and campaigns. */
export function ProgramDrawer(props: {
  programId: string | null;
  requirementOptions: { value: string; label: string }[];
  onReview: (r: ReviewRequest) => void;
  onClose: () => void;
}) {
  const ws = useWorkspace();
  const program = useQuery({
    queryKey: ['program', ws.id, props.programId],
    queryFn: () => loadProgram(ws.id, props.programId!),
    enabled: props.programId !== null,
  });
  return (
    <FormDrawer
      opened={props.programId !== null}
      onClose={props.onClose}
      position="right"
      closeButtonProps={{ 'aria-label': 'Close program' }}
      size="xl"
      title={<Text fw={700}>{program.data?.name ?? 'Program'}</Text>}
    >
      {props.programId && (
        <Loading query={program} label="Loading the program">
          {(p) => (
            <ProgramBody
              program={p}
              requirementOptions={props.requirementOptions}
              onReview={props.onReview}
              onClose={props.onClose}
            />
          )}
        </Loading>
      )}
    </FormDrawer>
  );
}
