import { describe, expect, it } from 'vitest';
import { dropOutcome, insertPosition, messageParts, moveBy, moveTo, orderRefusal, refLabel } from './journey';

describe('moveTo', () => {
  it('moves an item to the place of another, both ways', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('keeps the order for unknown ids or no move', () => {
    expect(moveTo(['a', 'b'], 'a', 'x')).toEqual(['a', 'b']);
    expect(moveTo(['a', 'b'], 'b', 'b')).toEqual(['a', 'b']);
  });
});

describe('moveBy', () => {
  it('moves up and down within bounds', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('messageParts', () => {
  const m = {
    headline: 'One set of numbers',
    valueProposition: 'Governed self-service',
    boilerplateShort: 'Short',
    boilerplateMedium: '',
    boilerplateLong: ' ',
    elevatorPitch: 'Pitch',
    pillars: [
      { title: 'Define once', description: 'A semantic layer.' },
      { title: 'Predictable cost', description: '' },
    ],
  };

  it('names parts as the server references them and quotes pillars as the server does', () => {
    const parts = messageParts(m);
    expect(parts.map((p) => p.value)).toEqual([
      'headline',
      'value_proposition',
      'elevator_pitch',
      'boilerplate_short',
      'pillar:1',
      'pillar:2',
    ]);
    expect(parts.find((p) => p.value === 'pillar:1')!.text).toBe('Define once: A semantic layer.');
    expect(parts.find((p) => p.value === 'pillar:2')!.text).toBe('Predictable cost');
  });
});

describe('insertPosition', () => {
  const order = ['awareness', 'consideration', 'conversion', 'retention'];

  it('puts a step after the last one of its stage or an earlier one', () => {
    const stages = ['awareness', 'consideration', 'consideration', 'conversion'];
    expect(insertPosition(order, stages, 'consideration')).toBe(4);
    expect(insertPosition(order, stages, 'awareness')).toBe(2);
    expect(insertPosition(order, stages, 'retention')).toBe(5);
  });

  it('puts the first step first', () => {
    expect(insertPosition(order, [], 'conversion')).toBe(1);
    expect(insertPosition(order, ['conversion'], 'awareness')).toBe(1);
  });
});

describe('refLabel', () => {
  it('reads references as words', () => {
    expect(refLabel('pillar:2')).toBe('Pillar 2');
    expect(refLabel('value_proposition')).toBe('Value proposition');
    expect(refLabel('boilerplate_short')).toBe('Boilerplate short');
  });
});

describe('the stage order, as the server keeps it', () => {
  const stages: Record<string, 'awareness' | 'consideration' | 'conversion' | 'retention'> = {
    a: 'awareness',
    c: 'consideration',
    v: 'conversion',
    v2: 'conversion',
  };
  const stageOf = (id: string) => stages[id]!;

  it('refuses a drop of Awareness below Conversion, saying why, and keeps moves within a stage', () => {
    const refused = dropOutcome(['a', 'c', 'v'], 'a', 'v', stageOf);
    expect(refused.ids).toBeNull();
    expect(refused.refusal).toBe(
      "Awareness cannot come after Conversion: a journey runs Awareness → Consideration → Conversion → Retention. Change the step's stage to move it there.",
    );
    expect(dropOutcome(['a', 'c', 'v', 'v2'], 'v2', 'v', stageOf)).toEqual({
      ids: ['a', 'c', 'v2', 'v'],
      refusal: null,
    });
  });

  it('checks keyboard moves with the same rule', () => {
    expect(orderRefusal(moveBy(['a', 'c', 'v'], 'a', 1), stageOf)).toMatch(
      /^Awareness cannot come after Consideration/,
    );
    expect(orderRefusal(moveBy(['a', 'v', 'v2'], 'v', 1), stageOf)).toBeNull();
  });
});
