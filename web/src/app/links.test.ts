import { describe, expect, it } from 'vitest';
import { type EntityKind, linkTo } from './links';

const ws = 'w1';
const id = 'e1';

describe('linkTo', () => {
  it('leads every kind of item to a page of the workspace', () => {
    const kinds: Record<EntityKind, string> = {
      feature: '/w/w1/features/e1',
      feedback: '/w/w1/feedback/e1',
      product: '/w/w1/products/e1',
      release: '/w/w1/releases/e1',
      persona: '/w/w1/personas?id=e1',
      competitor: '/w/w1/competitors/e1',
      battlecard: '/w/w1/competitors/p1',
      positioning: '/w/w1/positioning?productId=p1',
      messaging: '/w/w1/messaging?productId=p1',
      launch: '/w/w1/launches/e1',
      launch_task: '/w/w1/launches/p1',
      release_note: '/w/w1/release-notes',
      requirement: '/w/w1/handoff',
      program: '/w/w1/handoff?program=e1',
      campaign: '/w/w1/campaigns/e1',
    };
    for (const [entityType, path] of Object.entries(kinds))
      expect(linkTo(ws, { entityType: entityType as EntityKind, entityId: id, parentId: 'p1' })).toBe(path);
  });

  it('falls back to the list when the parent is not known', () => {
    expect(linkTo(ws, { entityType: 'launch_task', entityId: id })).toBe('/w/w1/launches');
    expect(linkTo(ws, { entityType: 'positioning', entityId: id, parentId: null })).toBe('/w/w1/positioning');
  });
});
