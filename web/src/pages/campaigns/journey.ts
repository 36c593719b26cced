import { stageOrderBreak } from '../../../../src/modules/campaigns/journey-order.ts';
import { type Stage, STAGE, STAGES } from '../../app/labels';

/** Moves one id to where another sits (drag and drop), or returns the same order when either is unknown. */
export function moveTo(ids: readonly string[], activeId: string, overId: string): string[] {
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, activeId);
  return next;
}

/** Moves one id up (-1) or down (+1), staying inside the list. */
export function moveBy(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  return moveTo(ids, id, ids[to]!);
}

/**
 * Why a new order of a journey's steps would be refused, in words, or null when the server would take it:
 * the server's own rule (src/modules/campaigns/journey-order.ts), checked before the drop is sent.
 */
export function orderRefusal(ids: readonly string[], stageOf: (id: string) => Stage): string | null {
  const broken = stageOrderBreak(ids.map(stageOf));
  if (!broken) return null;
  const label = (s: Stage) => STAGE[s].label;
  return (
    `${label(broken.stage)} cannot come after ${label(broken.previous)}: a journey runs ` +
    `${STAGES.map(label).join(' → ')}. Change the step's stage to move it there.`
  );
}

/** What a drop of one step on another makes of the journey: the new order, or why it is refused. */
export function dropOutcome(
  ids: readonly string[],
  activeId: string,
  overId: string,
  stageOf: (id: string) => Stage,
): { ids: string[]; refusal: null } | { ids: null; refusal: string } {
  const next = moveTo(ids, activeId, overId);
  const refusal = orderRefusal(next, stageOf);
  return refusal === null ? { ids: next, refusal: null } : { ids: null, refusal };
}

type Messaging = {
  headline: string;
  valueProposition: string;
  boilerplateShort: string;
  boilerplateMedium: string;
  boilerplateLong: string;
  elevatorPitch: string;
  pillars: { title: string; description: string }[];
};

export type MessagePart = { value: string; label: string; text: string };

/**
 * The parts of approved messaging a touchpoint may quote, as the server names them (headline,
 * value_proposition, boilerplates, elevator_pitch, pillar:N), leaving out empty ones.
 */
export function messageParts(m: Messaging): MessagePart[] {
  const parts: MessagePart[] = [
    { value: 'headline', label: 'Headline', text: m.headline },
    { value: 'value_proposition', label: 'Value proposition', text: m.valueProposition },
    { value: 'elevator_pitch', label: 'Elevator pitch', text: m.elevatorPitch },
    { value: 'boilerplate_short', label: 'Boilerplate (short)', text: m.boilerplateShort },
    { value: 'boilerplate_medium', label: 'Boilerplate (medium)', text: m.boilerplateMedium },
    { value: 'boilerplate_long', label: 'Boilerplate (long)', text: m.boilerplateLong },
    ...m.pillars.slice(0, 9).map((p, i) => ({
      value: `pillar:${i + 1}`,
      label: `Pillar ${i + 1}: ${p.title}`,
      text: p.description ? `${p.title}: ${p.description}` : p.title,
    })),
  ];
  return parts.filter((p) => p.text.trim() !== '');
}

/**
 * Where a new step of a stage fits (1 = first): after the last step of the same or an earlier stage, so
 * the journey keeps running forward.
 */
export function insertPosition<S extends string>(
  order: readonly S[],
  stages: readonly S[],
  stage: S,
): number {
  const rank = (s: S) => order.indexOf(s);
  let at = 0;
  stages.forEach((s, i) => {
    if (rank(s) <= rank(stage)) at = i + 1;
  });
  return at + 1;
}

/** How a message reference reads: "pillar:2" → "Pillar 2", "value_proposition" → "Value proposition". */
export function refLabel(ref: string): string {
  const pillar = /^pillar:(\d+)$/.exec(ref);
  if (pillar) return `Pillar ${pillar[1]}`;
  const words = ref.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
