import { describe, expect, it } from 'vitest';
import { checkMove, nextTarget, withMoves } from './board';

describe('status board moves', () => {
  it('allows the workflow’s moves and explains a refusal', () => {
    expect(checkMove('planned', 'in_progress', ['in_progress', 'discovery', 'wont_do'])).toEqual({
      ok: true,
    });
    expect(checkMove('planned', 'shipped', ['in_progress', 'discovery', 'wont_do'])).toEqual({
      ok: false,
      message:
        "Planned → Shipped isn't allowed. From Planned a feature can move to In progress, Discovery or Won't do.",
    });
    expect(checkMove('shipped', 'idea', [])).toEqual({
      ok: false,
      message: "Shipped → Idea isn't allowed. Shipped is final: it can't move anywhere.",
    });
    expect(checkMove('wont_do', 'wont_do', [])).toEqual({ ok: true });
  });
});

describe('keyboard targets', () => {
  const col = (id: string, left: number, top = 0) => ({ id, left, top, width: 100, height: 100 });
  const targets = [col('a', 0), col('b', 200), col('c', 400), col('b2', 200, 200)];
  it('jumps to the nearest target in the arrow’s direction', () => {
    expect(nextTarget({ x: 50, y: 50 }, 'right', targets)?.id).toBe('b');
    expect(nextTarget({ x: 250, y: 50 }, 'right', targets)?.id).toBe('c');
    expect(nextTarget({ x: 250, y: 50 }, 'left', targets)?.id).toBe('a');
    expect(nextTarget({ x: 250, y: 50 }, 'down', targets)?.id).toBe('b2');
    expect(nextTarget({ x: 450, y: 50 }, 'right', targets)).toBeNull();
  });
  it('moves beside into a taller column rather than skipping it', () => {
    const tall = { id: 'tall', left: 200, top: 0, width: 100, height: 1200 };
    const short = { id: 'short', left: 400, top: 0, width: 100, height: 100 };
    const hit = nextTarget({ x: 50, y: 50 }, 'right', [tall, short]);
    expect(hit?.id).toBe('tall');
    expect(hit?.point).toEqual({ x: 250, y: 50 });
  });
});

describe('optimistic moves', () => {
  it('groups items by their key, a pending move winning', () => {
    const items = [
      { id: '1', status: 'idea' },
      { id: '2', status: 'idea' },
    ];
    const grouped = withMoves(items, (i) => i.status, new Map([['2', 'planned']]));
    expect(grouped.get('idea')?.map((i) => i.id)).toEqual(['1']);
    expect(grouped.get('planned')?.map((i) => i.id)).toEqual(['2']);
  });
});
