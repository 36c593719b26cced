import { ActionIcon, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import type { Launch } from './data';

/** The server's limits on goals (LIMITS.listItems, LIMITS.shortText), said before saving. */
const MAX_GOALS = 50;
const MAX_LENGTH = 500;

/** Problems with the goals as typed, by row; empty rows are dropped, not refused. */
export function goalErrors(goals: string[]): (string | null)[] {
  return goals.map((g) =>
    g.trim().length > MAX_LENGTH
      ? `Keep a goal under ${MAX_LENGTH} characters (${g.trim().length} now)`
      : null,
  );
}

/**
 * What the launch must achieve: product marketing (the launch's owners) sets and edits the goals,
 * everyone else reads them.
 */
export function LaunchGoals({ launch: l }: { launch: Launch }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: ({ goals, version }: { goals: string[]; version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/launches/{id}', {
          params: { path: { workspaceId: ws.id, id: l.id } },
          body: { goals, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Goals saved',
      conflict: { workspaceId: ws.id, entityType: 'launch', entityId: l.id },
    },
    onSuccess: (saved) => {
      setDraft(null);
      client.setQueryData(['launch', ws.id, l.id], saved);
      void client.invalidateQueries({ queryKey: ['launches', ws.id] });
    },
  });

  if (draft === null)
    return (
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h6">
            Goals
          </Title>
          <GuardedButton
            artefact="launch"
            action="update"
            variant="subtle"
            size="compact-xs"
            onClick={() => setDraft(l.goals.length ? [...l.goals] : [''])}
          >
            {l.goals.length ? 'Edit goals' : 'Set goals'}
          </GuardedButton>
        </Group>
        {l.goals.length ? (
          <List size="sm" aria-label="Launch goals">
            {l.goals.map((g, i) => (
              <List.Item key={i}>{g}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No goals set. Say what this launch must achieve (for example “200 trials in 30 days”).
          </Text>
        )}
      </Stack>
    );

  const errors = goalErrors(draft);
  const goals = draft.map((g) => g.trim()).filter(Boolean);
  const tooMany = goals.length > MAX_GOALS;
  const set = (i: number, value: string) => setDraft(draft.map((g, j) => (j === i ? value : g)));
  return (
    <form
      aria-label="Launch goals"
      onSubmit={(e) => {
        e.preventDefault();
        if (errors.some(Boolean) || tooMany) return;
        save.mutate({ goals, version: l.version });
      }}
    >
      <Stack gap={6}>
        <Title order={2} size="h6">
          Goals
        </Title>
        {draft.map((g, i) => (
          <Group key={i} gap={4} wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`Goal ${i + 1}`}
              placeholder="200 trials in 30 days"
              value={g}
              onChange={(e) => set(i, e.currentTarget.value)}
              error={errors[i]}
              style={{ flex: 1 }}
              data-autofocus={i === draft.length - 1 || undefined}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove goal ${i + 1}`}
              onClick={() => setDraft(draft.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {tooMany && (
          <Text size="sm" c="red" role="alert">
            A launch has at most {MAX_GOALS} goals.
          </Text>
        )}
        <ErrorNote error={save.error} title="Could not save the goals" />
        <Group justify="space-between">
          <Button variant="subtle" size="xs" onClick={() => setDraft([...draft, ''])}>
            Add a goal
          </Button>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={save.isPending}>
              Save goals
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
