import { describe, expect, it } from 'vitest';
import { type ActivityInput, diff } from './activity.ts';
import { ACTIVITY_ACTIONS, ACTIVITY_ENTITIES } from './enums.ts';

describe('activity entries', () => {
  it('take their kind and verb from value sets, so a typo fails the type check (npx tsc --noEmit)', () => {
    const ok: ActivityInput = { entityType: 'feature', entityId: 'f', action: 'status_changed' };
    // @ts-expect-error a misspelt verb is not an ActivityAction
    const verb: ActivityInput = { entityType: 'feature', entityId: 'f', action: 'status_chnged' };
    // @ts-expect-error a misspelt kind is not an ActivityEntity
    const kind: ActivityInput = { entityType: 'feture', entityId: 'f', action: 'created' };
    expect(ACTIVITY_ACTIONS).toContain(ok.action);
    expect(ACTIVITY_ACTIONS).not.toContain(verb.action);
    expect(ACTIVITY_ENTITIES).not.toContain(kind.entityType);
    expect(new Set(ACTIVITY_ACTIONS).size).toBe(ACTIVITY_ACTIONS.length);
    expect(new Set(ACTIVITY_ENTITIES).size).toBe(ACTIVITY_ENTITIES.length);
  });

  it('diffs only the fields that changed', () => {
    expect(diff({ a: 1, b: 2, version: 1 }, { a: 1, b: 3, version: 2 })).toEqual({
      b: { before: 2, after: 3 },
    });
  });
});
