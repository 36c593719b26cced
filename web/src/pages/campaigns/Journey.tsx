import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Badge,
  Blockquote,
  Group,
  Stack,
  Text,
  Timeline,
  type TimelineItemProps,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Loading } from '../../components/States';
import { AddTouchpoint } from './AddTouchpoint';
import { moveBy, moveTo, refLabel } from './journey';
import { type Channel, CHANNEL_LABEL, formatDate, STAGE, STAGES } from './labels';
import { FormModal } from '../../components/FormModal';

export type JourneyOwner = { kind: 'campaign' | 'program'; id: string };

const loadJourney = (workspaceId: string, owner: JourneyOwner) =>
  owner.kind === 'campaign'
    ? unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints', {
          params: { path: { workspaceId, id: owner.id } },
        }),
      )
    : unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/programs/{id}/touchpoints', {
          params: { path: { workspaceId, id: owner.id } },
        }),
      );
type JourneyAnswer = Awaited<ReturnType<typeof loadJourney>>;
export type Touchpoint = JourneyAnswer['items'][number];

const saveOrder = (workspaceId: string, owner: JourneyOwner, ids: string[]) =>
  owner.kind === 'campaign'
    ? unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints/order', {
          params: { path: { workspaceId, id: owner.id } },
          body: { ids },
        }),
      )
    : unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/programs/{id}/touchpoints/order', {
          params: { path: { workspaceId, id: owner.id } },
          body: { ids },
        }),
      );

type StepProps = TimelineItemProps & {
  tp: Touchpoint;
  index: number;
  count: number;
  canMove: boolean;
  onMove: (id: string, delta: -1 | 1) => void;
  onDelete: (tp: Touchpoint) => void;
  deleting: boolean;
};

/**
 * One step of the journey. Timeline clones its children with its own layout props, which pass through
 * `rest` to the Timeline.Item this renders.
 */
function Step({ tp, index, count, canMove, onMove, onDelete, deleting, ...rest }: StepProps) {
  const sortable = useSortable({ id: tp.id, disabled: !canMove });
  const stage = STAGE[tp.stage];
  return (
    <Timeline.Item
      {...rest}
      ref={sortable.setNodeRef}
      style={{
        transform: CSS.Transform.toString(sortable.transform),
        transition: sortable.transition,
        opacity: sortable.isDragging ? 0.6 : 1,
      }}
      color={stage.color}
      bullet={
        <Text size="xs" fw={700} c="white">
          {index + 1}
        </Text>
      }
      title={
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge color={stage.color} variant="light">
              {stage.label}
            </Badge>
            <Text size="sm" fw={600}>
              {CHANNEL_LABEL[tp.channel]}
            </Text>
            {tp.asset && (
              <Text size="sm" c="dimmed">
                · {tp.asset}
              </Text>
            )}
          </Group>
          {canMove && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Drag step ${index + 1} to reorder`}
                style={{ cursor: 'grab', touchAction: 'none' }}
                {...sortable.attributes}
                {...sortable.listeners}
              >
                ⠿
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move step ${index + 1} up`}
                disabled={index === 0}
                onClick={() => onMove(tp.id, -1)}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move step ${index + 1} down`}
                disabled={index === count - 1}
                onClick={() => onMove(tp.id, 1)}
              >
                ↓
              </ActionIcon>
            </Group>
          )}
        </Group>
      }
    >
      <Stack gap={6} mt={4}>
        {tp.messageText ? (
          <Blockquote color={stage.color} p="xs" cite={`Approved messaging · ${refLabel(tp.messageRef)}`}>
            {tp.messageText}
          </Blockquote>
        ) : (
          <Text size="sm" c="dimmed">
            No approved copy linked to this step.
          </Text>
        )}
        {tp.notes && <Text size="sm">{tp.notes}</Text>}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Added {formatDate(tp.createdAt)}
          </Text>
          <GuardedButton
            artefact="touchpoint"
            action="delete"
            size="compact-xs"
            variant="subtle"
            color="red"
            loading={deleting}
            onClick={() => onDelete(tp)}
          >
            Remove step
          </GuardedButton>
        </Group>
      </Stack>
    </Timeline.Item>
  );
}

/** A journey as a vertical timeline: drag (or move up/down) to reorder; the server keeps stages in order. */
export function Journey(props: { owner: JourneyOwner; defaultChannel: Channel; personaId?: string | null }) {
  const ws = useWorkspace();
  const client = useQueryClient();
  const canMove = useCan('touchpoint', 'update').allowed;
  const [adding, addModal] = useDisclosure(false);
  const key = ['touchpoints', ws.id, props.owner.kind, props.owner.id];
  const journey = useQuery({ queryKey: key, queryFn: () => loadJourney(ws.id, props.owner) });
  const [pending, setPending] = useState<string[] | null>(null);
  const reorder = useMutation({
    mutationFn: (ids: string[]) => saveOrder(ws.id, props.owner, ids),
    meta: { inline: true, success: 'Journey reordered' },
    onSuccess: (answer) => client.setQueryData(key, answer),
    onSettled: () => setPending(null),
  });
  const remove = useMutation({
    mutationFn: (tp: Touchpoint) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/touchpoints/{id}', {
          params: { path: { workspaceId: ws.id, id: tp.id } },
          headers: { 'if-match': String(tp.version) },
        }),
      ),
    meta: { success: 'Step removed' },
  });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Stages run {STAGES.map((s) => STAGE[s].label).join(' → ')}. Each step quotes approved messaging.
        </Text>
        <GuardedButton artefact="touchpoint" action="create" variant="light" onClick={addModal.open}>
          Add touchpoint
        </GuardedButton>
      </Group>
      <ErrorNote error={reorder.error} title="The journey was not reordered" />
      <Loading query={journey} label="Loading the journey">
        {(data) => {
          const byId = new Map(data.items.map((t) => [t.id, t]));
          const ids = (pending ?? data.items.map((t) => t.id)).filter((id) => byId.has(id));
          const apply = (next: string[]) => {
            if (next.join() === ids.join()) return;
            setPending(next);
            reorder.mutate(next);
          };
          const onDragEnd = (e: DragEndEvent) => {
            if (e.over) apply(moveTo(ids, String(e.active.id), String(e.over.id)));
          };
          if (ids.length === 0)
            return (
              <Empty title="No touchpoints yet">
                Map the journey: add a step per stage, each quoting approved messaging.
              </Empty>
            );
          return (
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
              <SortableContext items={ids} strategy={verticalListSortingStrategy}>
                <Timeline active={ids.length - 1} bulletSize={26} lineWidth={2} aria-label="Journey">
                  {ids.map((id, i) => (
                    <Step
                      key={id}
                      tp={byId.get(id)!}
                      index={i}
                      count={ids.length}
                      canMove={canMove && !reorder.isPending}
                      onMove={(moved, delta) => apply(moveBy(ids, moved, delta))}
                      onDelete={(tp) => remove.mutate(tp)}
                      deleting={remove.isPending && remove.variables?.id === id}
                    />
                  ))}
                </Timeline>
              </SortableContext>
            </DndContext>
          );
        }}
      </Loading>
      <FormModal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={adding}
        onClose={addModal.close}
        title="Add a touchpoint"
        size="lg"
      >
        <AddTouchpoint
          owner={props.owner}
          stages={(journey.data?.items ?? []).map((t) => t.stage)}
          defaultChannel={props.defaultChannel}
          personaId={props.personaId ?? null}
          onDone={addModal.close}
        />
      </FormModal>
    </Stack>
  );
}
