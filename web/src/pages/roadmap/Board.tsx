import {
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Direction, nextTarget } from './board';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Arrow keys move a picked-up card to the next drop zone in that direction. */
const jumpBetweenZones: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = ARROWS[event.code] ?? ARROWS[event.key];
  const rect = context.collisionRect;
  if (!direction || !rect) return undefined;
  event.preventDefault();
  const targets = [...context.droppableRects.entries()].map(([id, r]) => ({
    id: String(id),
    left: r.left,
    top: r.top,
    width: r.width,
    height: r.height,
  }));
  const from = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  const target = nextTarget(from, direction, targets);
  if (!target) return undefined;
  // Move by the distance between the dragged card and the target, whatever origin the sensor counts from.
  return {
    x: currentCoordinates.x + target.point.x - from.x,
    y: currentCoordinates.y + target.point.y - from.y,
  };
};

/**
 * A drag-and-drop board: cards move with the pointer or the keyboard (Space to pick up, arrows to move
 * between zones, Space to drop, Escape to cancel), and screen readers hear what happens by name.
 */
export function Board(props: {
  children: ReactNode;
  onMove: (cardId: string, zoneId: string) => void;
  cardName: (id: string) => string;
  zoneName: (id: string) => string;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenZones }),
  );
  const name = (id: unknown) => props.cardName(String(id));
  const zone = (id: unknown) => props.zoneName(String(id));
  const onDragEnd = (e: DragEndEvent) => {
    if (e.over) props.onMove(String(e.active.id), String(e.over.id));
  };
  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To move this feature, press Space or Enter. Use the arrow keys to choose a column, Space or Enter to drop it there, Escape to cancel.',
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
          onDragOver: ({ active, over }) =>
            over ? `${name(active.id)} is over ${zone(over.id)}.` : `${name(active.id)} is over no column.`,
          onDragEnd: ({ active, over }) =>
            over ? `${name(active.id)} dropped on ${zone(over.id)}.` : `${name(active.id)} put back.`,
          onDragCancel: ({ active }) => `Moving ${name(active.id)} cancelled; it is back where it was.`,
        },
      }}
    >
      {props.children}
    </DndContext>
  );
}

/** A place cards can be dropped on. */
export function DropZone(props: {
  id: string;
  label: string;
  children: ReactNode;
  disabled?: boolean;
  minHeight?: number;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: props.id, disabled: props.disabled });
  return (
    <Stack
      ref={setNodeRef}
      role="group"
      aria-label={props.label}
      gap={6}
      p={6}
      mih={props.minHeight ?? 60}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        outline: isOver ? '2px dashed var(--mantine-color-indigo-5)' : undefined,
        background: isOver ? 'var(--mantine-color-indigo-light)' : undefined,
      }}
    >
      {props.children}
    </Stack>
  );
}

/** One feature on a board: the card is the drag handle and is named by the feature's title. */
export function FeatureCard(props: {
  id: string;
  title: string;
  href: string;
  meta?: ReactNode;
  disabled?: boolean;
  pending?: boolean;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: props.id,
    disabled: props.disabled,
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      shadow={isDragging ? 'md' : undefined}
      style={{
        transform: CSS.Translate.toString(transform),
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        opacity: props.pending ? 0.6 : 1,
      }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start" px={8} pt={8} pb={props.meta ? 0 : 8}>
        {/* The handle holds only the title, so its accessible name is what it shows. */}
        <div
          ref={setActivatorNodeRef}
          {...listeners}
          {...attributes}
          aria-label={props.title}
          style={{ flex: 1, minWidth: 0, cursor: props.disabled ? 'default' : 'grab', touchAction: 'none' }}
        >
          <Text size="sm" fw={500} lineClamp={2}>
            {props.title}
          </Text>
        </div>
        <Anchor component={Link} to={props.href} size="xs" aria-label={`Open ${props.title}`}>
          Open
        </Anchor>
      </Group>
      {props.meta && (
        <Text size="xs" c="dimmed" component="div" px={8} pb={8}>
          {props.meta}
        </Text>
      )}
    </Paper>
  );
}
