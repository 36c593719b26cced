import { randomUUID } from 'node:crypto';
import type { Prepared } from './prepare.ts';

/** 30 minutes without an event ends a visit (a gap of exactly 30 minutes starts a new one). */
export const VISIT_GAP_MS = 30 * 60_000;

/** A person's current visit as stored: persons.session_id, its visit's start, persons.last_seen_at. */
export type Current = { id: string; start: Date; end: Date } | null;

export type VisitPart = {
  id: string;
  events: Prepared[];
  start: Date;
  end: Date;
};

/**
 * Cuts one person's new events into visits. Sorted by time, the events form chains (no gap of 30 minutes);
 * each chain then
 * - joins the current visit when it comes within 30 minutes of either end (it may extend the visit back),
 * - starts a new visit that becomes the current one when it comes 30 minutes or more after it,
 * - forms a visit of its own when it ends 30 minutes or more BEFORE the current visit began (a late arrival:
 *   it is not joined to older visits, which the writer does not look up; rare, since senders flush within
 *   minutes). In-order data therefore gives exactly the visits of a gap query over the raw events.
 * Returns the parts (with the visit id each event gets) and the person's current visit afterwards.
 */
export function cutVisits(events: Prepared[], current: Current): { parts: VisitPart[]; current: Current } {
  const sorted = [...events].sort((a, b) => a.time.getTime() - b.time.getTime());
  const chains: Prepared[][] = [];
  for (const e of sorted) {
    const last = chains.at(-1);
    if (last && e.time.getTime() - last.at(-1)!.time.getTime() < VISIT_GAP_MS) last.push(e);
    else chains.push([e]);
  }
  const parts: VisitPart[] = [];
  let cur = current;
  for (const chain of chains) {
    const start = chain[0]!.time;
    const end = chain.at(-1)!.time;
    if (
      cur &&
      end.getTime() > cur.start.getTime() - VISIT_GAP_MS &&
      start.getTime() < cur.end.getTime() + VISIT_GAP_MS
    ) {
      cur = {
        id: cur.id,
        start: start < cur.start ? start : cur.start,
        end: end > cur.end ? end : cur.end,
      };
      const last = parts.at(-1);
      // Two chains joining the same visit are one part (a statement may touch a visit once).
      if (last?.id === cur.id) {
        last.events.push(...chain);
        last.end = end;
      } else parts.push({ id: cur.id, events: chain, start, end });
    } else if (cur && end.getTime() <= cur.start.getTime() - VISIT_GAP_MS) {
      parts.push({ id: randomUUID(), events: chain, start, end });
    } else {
      cur = { id: randomUUID(), start, end };
      parts.push({ id: cur.id, events: chain, start, end });
    }
  }
  return { parts, current: cur };
}
