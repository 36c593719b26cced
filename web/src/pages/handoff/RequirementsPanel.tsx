import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import dayjs from 'dayjs';
import { FoldedComments } from '../../components/Comments';
import { GuardedButton } from '../../components/Guarded';
import { Empty } from '../../components/States';
import { nameOf, usePersonas } from '../campaigns/data';
import { PRIORITY, PROGRAM_STATUS } from '../../app/labels';
import { formatDate } from '../../app/format';
import { isOverdue } from './board';
import type { Requirement } from './data';

function RequirementCard(props: {
  requirement: Requirement;
  selected: boolean;
  onSelect: (id: string | null) => void;
  onPropose: (r: Requirement) => void;
}) {
  const r = props.requirement;
  const personas = usePersonas();
  const overdue = r.status === 'open' && isOverdue(r.dueDate, dayjs().format('YYYY-MM-DD'));
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-label={r.title}
      style={props.selected ? { borderColor: 'var(--mantine-color-indigo-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group gap={6}>
          {r.covered ? (
            <Badge color="teal" variant="light" size="sm">
              Covered
            </Badge>
          ) : (
            <Badge color="red" variant="filled" size="sm">
              Unanswered
            </Badge>
          )}
          <Badge variant="dot" color={PRIORITY[r.priority].color} size="sm">
            {PRIORITY[r.priority].label} priority
          </Badge>
          {r.status !== 'open' && (
            <Badge color="gray" size="sm">
              {r.status === 'closed' ? 'Closed' : 'Cancelled'}
            </Badge>
          )}
        </Group>
        <UnstyledButton
          onClick={() => props.onSelect(props.selected ? null : r.id)}
          aria-pressed={props.selected}
          aria-label={`Show programs answering ${r.title}`}
        >
          <Text fw={600} size="sm">
            {r.title}
          </Text>
        </UnstyledButton>
        {r.problem !== r.title && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {r.problem}
          </Text>
        )}
        <Text size="xs">
          Audience: {nameOf(personas.data, r.personaId, 'anyone')} · Due{' '}
          <Text span size="xs" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
            {formatDate(r.dueDate)}
            {overdue && ' (overdue)'}
          </Text>
        </Text>
        {r.desiredOutcome && <Text size="xs">Outcome: {r.desiredOutcome}</Text>}
        {r.programs.length > 0 && (
          <Stack gap={2}>
            {r.programs.map((p) => (
              <Group key={p.id} gap={6} wrap="nowrap">
                <Badge
                  size="xs"
                  variant="light"
                  color={PROGRAM_STATUS[p.status].color}
                  style={{ flexShrink: 0 }}
                >
                  {PROGRAM_STATUS[p.status].label}
                </Badge>
                <Text size="xs" truncate>
                  {p.name}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {r.status === 'open' && (
          <Group>
            <GuardedButton
              artefact="program"
              action="create"
              size="compact-xs"
              variant={r.covered ? 'subtle' : 'light'}
              onClick={() => props.onPropose(r)}
            >
              Propose a program
            </GuardedButton>
          </Group>
        )}
        <FoldedComments entityType="requirement" entityId={r.id} title={r.title} />
      </Stack>
    </Paper>
  );
}

/** Requirements filed by product marketing, each flagged by whether an accepted program answers it. */
export function RequirementsPanel(props: {
  requirements: Requirement[];
  filtered: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onPropose: (r: Requirement) => void;
  onNew: () => void;
}) {
  if (props.requirements.length === 0)
    return props.filtered ? (
      <Empty title="No requirement matches">Switch to “All” or clear “Unanswered only”.</Empty>
    ) : (
      <Empty
        title="No requirements yet"
        action={
          <GuardedButton artefact="requirement" action="create" onClick={props.onNew}>
            New requirement
          </GuardedButton>
        }
      >
        Product marketing files go-to-market problems here; marketing answers each with a program.
      </Empty>
    );
  return (
    <Stack gap="xs" component="section" aria-label="Requirements">
      {props.requirements.map((r) => (
        <RequirementCard
          key={r.id}
          requirement={r}
          selected={props.selectedId === r.id}
          onSelect={props.onSelect}
          onPropose={props.onPropose}
        />
      ))}
    </Stack>
  );
}
