import { Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import type { ProgramCreate, Requirement } from './data';
import { emptyProgram, ProgramForm } from './ProgramForm';

/**
 * Marketing proposes a program answering a requirement. A new program starts as proposed: it goes straight
 * to product marketing for review.
 */
export function ProposeProgram(props: {
  requirement: Requirement;
  requirementOptions: { value: string; label: string }[];
  onDone: (createdId?: string) => void;
}) {
  const ws = useWorkspace();
  const create = useMutation({
    mutationFn: (body: ProgramCreate) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/programs', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true, success: 'Program proposed to product marketing' },
    onSuccess: (p) => props.onDone(p.id),
  });
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Answering: <b>{props.requirement.title}</b>. Product marketing reviews it and accepts it or sends it
        back.
      </Text>
      <ProgramForm
        initial={emptyProgram([props.requirement.id])}
        requirementOptions={props.requirementOptions}
        action="create"
        submitLabel="Propose program"
        pending={create.isPending}
        error={create.error}
        errorTitle="Could not propose the program"
        onCancel={() => props.onDone()}
        submit={(v) =>
          create.mutate({
            name: v.name,
            description: v.description,
            requirementIds: v.requirementIds,
            channels: v.channels,
            ...(v.ownerId ? { ownerId: v.ownerId } : {}),
            startDate: v.startDate,
            endDate: v.endDate,
            plannedBudget: v.plannedBudget,
          })
        }
      />
    </>
  );
}
