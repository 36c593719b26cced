import { Badge, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { GuardedButton } from '../../components/Guarded';
import type { Program } from '../campaigns/data';
import { CHANNEL_LABEL, PROGRAM_STATUS, type ProgramStatus } from '../../app/labels';
import { formatRange, formatMoney } from '../../app/format';
import { useProgramActions } from './actions';
import { ReviewButton } from './ReviewButton';
import type { ReviewRequest } from './ReviewDialog';
import { plural } from '../../app/plural';

function ProgramCard(props: {
  program: Program;
  onOpen: (id: string) => void;
  onReview: (r: ReviewRequest) => void;
}) {
  const p = props.program;
  const { propose } = useProgramActions(p.id);
  return (
    <Paper withBorder radius="md" p="sm" shadow="xs" component="article" aria-label={p.name}>
      <Stack gap={6}>
        <UnstyledButton onClick={() => props.onOpen(p.id)} aria-label={`Open program ${p.name}`}>
          <Text fw={600} size="sm" c="indigo.8">
            {p.name}
          </Text>
        </UnstyledButton>
        <Text size="xs" c="dimmed">
          Answers: {p.requirements.length ? p.requirements.map((r) => r.title).join('; ') : 'no requirement'}
        </Text>
        {p.channels.length > 0 && (
          <Group gap={4}>
            {p.channels.map((c) => (
              <Badge key={c} size="xs" variant="outline" color="gray">
                {CHANNEL_LABEL[c]}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs">
          {formatRange(p.startDate, p.endDate)} · {formatMoney(p.plannedBudget)}
          {p.campaignCount > 0 && ` · ${plural(p.campaignCount, 'campaign')}`}
        </Text>
        {p.reviewComment && (
          <Text size="xs" c={p.status === 'sent_back' ? undefined : 'dimmed'} fs="italic">
            “{p.reviewComment}”
          </Text>
        )}
        {p.status === 'proposed' && (
          <Group gap={6}>
            <ReviewButton
              size="compact-xs"
              color="teal"
              onClick={() => props.onReview({ program: p, decision: 'accept' })}
            >
              Accept
            </ReviewButton>
            <ReviewButton
              size="compact-xs"
              variant="light"
              color="orange"
              onClick={() => props.onReview({ program: p, decision: 'send-back' })}
            >
              Send back
            </ReviewButton>
          </Group>
        )}
        {p.status === 'sent_back' && (
          <Group gap={6}>
            <GuardedButton
              artefact="program"
              action="update"
              size="compact-xs"
              variant="light"
              onClick={() => props.onOpen(p.id)}
            >
              Revise
            </GuardedButton>
            <GuardedButton
              artefact="program"
              action="update"
              size="compact-xs"
              loading={propose.isPending}
              onClick={() => propose.mutate({ version: p.version })}
            >
              Propose again
            </GuardedButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

const LANE_MIN = 150;

/** Programs in workflow lanes: proposed → accepted / sent back → in progress → done. */
export function ProgramLanes(props: {
  lanes: Map<ProgramStatus, Program[]>;
  onOpen: (id: string) => void;
  onReview: (r: ReviewRequest) => void;
}) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      {/* Lanes share the width (five fit beside the requirements at 1440 px); narrower screens scroll. */}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${props.lanes.size}, minmax(${LANE_MIN}px, 1fr))`,
          gap: 'var(--mantine-spacing-xs)',
          alignItems: 'start',
        }}
      >
        {[...props.lanes].map(([status, programs]) => (
          <Paper
            key={status}
            component="section"
            aria-label={`${PROGRAM_STATUS[status].label} programs`}
            bg="gray.0"
            radius="md"
            p="xs"
            miw={0}
          >
            <Group justify="space-between" mb="xs">
              <Badge color={PROGRAM_STATUS[status].color} variant="light">
                {PROGRAM_STATUS[status].label}
              </Badge>
              <Text size="xs" c="dimmed">
                {programs.length}
              </Text>
            </Group>
            <Stack gap="xs">
              {programs.length === 0 ? (
                <Text size="xs" c="dimmed" ta="center" py="md">
                  None
                </Text>
              ) : (
                programs.map((p) => (
                  <ProgramCard key={p.id} program={p} onOpen={props.onOpen} onReview={props.onReview} />
                ))
              )}
            </Stack>
          </Paper>
        ))}
      </div>
    </ScrollArea>
  );
}
