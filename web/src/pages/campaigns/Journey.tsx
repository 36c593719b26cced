import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
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
  Alert,
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
import { dropOutcome, moveBy, orderRefusal, refLabel } from './journey';
import { type Channel, CHANNEL_LABEL, STAGE, STAGES } from '../../app/labels';
import { formatDate } from '../../app/format';
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
  /** Why moving this step up (-1) or down (+1) would break the stage order, or null. */
  refusal: (delta: -1 | 1) => string | null;
  /** Whether the step being dragged may not be dropped here. */
  refusedTarget: boolean;
  onMove: (id: string, delta: -1 | 1) => void;
  onDelete: (tp: Touchpoint) => void;
  deleting: boolean;
};

/**
 * One step of the journey. Timeline clones its children with its own layout props, which pass through
 * `rest` to the Timeline.Item this renders.
 */
function Step(props: StepProps) {
  const { tp, index, count, canMove, refusal, refusedTarget, onMove, onDelete, deleting, ...rest } = props;
  const sortable = useSortable({ id: tp.id, disabled: !canMove });
  const stage = STAGE[tp.stage];
  const up = index === 0 ? 'It is the first step' : refusal(-1);
  const down = index === count - 1 ? 'It is the last step' : refusal(1);
  return (
    <Timeline.Item
      {...rest}
      ref={sortable.setNodeRef}
      style={{
        transform: CSS.Transform.toString(sortable.transform),
        transition: sortable.transition,
        opacity: sortable.isDragging ? 0.6 : 1,
        outline: refusedTarget ? '2px dashed var(--mantine-color-red-7)' : undefined,
        outlineOffset: 4,
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
                title={up ?? undefined}
                disabled={up !== null}
                onClick={() => onMove(tp.id, -1)}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move step ${index + 1} down`}
                title={down ?? undefined}
                disabled={down !== null}
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
  // A drop the stage order refuses: while dragging over the place, and after letting go there.
  const [over, setOver] = useState<{ id: string; refusal: string } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
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
      {(over ?? refused) && (
        <Alert color="orange" variant="light" title="This step cannot go there">
          {over?.refusal ?? refused}
        </Alert>
      )}
      <Loading query={journey} label="Loading the journey">
        {(data) => {
          const byId = new Map(data.items.map((t) => [t.id, t]));
          const ids = (pending ?? data.items.map((t) => t.id)).filter((id) => byId.has(id));
          const stageOf = (id: string) => byId.get(id)!.stage;
          const apply = (next: string[]) => {
            setRefused(null);
            if (next.join() === ids.join()) return;
            setPending(next);
            reorder.mutate(next);
          };
          const outcome = (e: DragOverEvent | DragEndEvent) =>
            e.over ? dropOutcome(ids, String(e.active.id), String(e.over.id), stageOf) : null;
          const onDragOver = (e: DragOverEvent) => {
            const o = outcome(e);
            setOver(o?.refusal && e.over ? { id: String(e.over.id), refusal: o.refusal } : null);
          };
          const onDragEnd = (e: DragEndEvent) => {
            setOver(null);
            const o = outcome(e);
            if (!o) return;
            // Refused here, before anything is sent: the step goes back where it was.
            if (o.refusal !== null) setRefused(o.refusal);
            else apply(o.ids);
          };
          const stepName = (id: unknown) => {
            const i = ids.indexOf(String(id));
            return i < 0 ? 'The step' : `Step ${i + 1} (${STAGE[stageOf(String(id))].label})`;
          };
          if (ids.length === 0)
            return (
              <Empty title="No touchpoints yet">
                Map the journey: add a step per stage, each quoting approved messaging.
              </Empty>
            );
          return (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragStart={() => setRefused(null)}
              onDragOver={onDragOver}
              onDragEnd={onDragEnd}
              onDragCancel={() => setOver(null)}
              accessibility={{
                announcements: {
                  onDragStart: ({ active }) => `Picked up ${stepName(active.id)}.`,
                  onDragOver: (e) => {
                    const o = outcome(e as DragOverEvent);
                    if (!o) return `${stepName(e.active.id)} is over no step.`;
                    return (
                      o.refusal ??
                      `${stepName(e.active.id)} would move to the place of ${stepName(e.over!.id)}.`
                    );
                  },
                  onDragEnd: (e) => {
                    const o = outcome(e as DragEndEvent);
                    if (!o) return `${stepName(e.active.id)} put back.`;
                    return o.refusal ? `Not moved. ${o.refusal}` : `${stepName(e.active.id)} moved.`;
                  },
                  onDragCancel: ({ active }) => `Moving ${stepName(active.id)} cancelled.`,
                },
              }}
            >
              <SortableContext items={ids} strategy={verticalListSortingStrategy}>
                <Timeline active={ids.length - 1} bulletSize={26} lineWidth={2} aria-label="Journey">
                  {ids.map((id, i) => (
                    <Step
                      key={id}
                      tp={byId.get(id)!}
                      index={i}
                      count={ids.length}
                      canMove={canMove && !reorder.isPending}
                      refusal={(delta) => orderRefusal(moveBy(ids, id, delta), stageOf)}
                      refusedTarget={over?.id === id}
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
