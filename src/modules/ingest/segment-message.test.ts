import { describe, expect, it } from 'vitest';
import { parseSegment, segmentMessage, segmentTime } from './segment.ts';

const received = new Date('2026-06-01T12:00:00.000Z');

describe('Segment messages', () => {
  it("corrects the sender's clock: receivedAt − (sentAt − timestamp)", () => {
    const m = { timestamp: '2026-06-01T13:00:00.000Z', sentAt: '2026-06-01T13:00:05.000Z' };
    expect(segmentTime(m, undefined, received).toISOString()).toBe('2026-06-01T11:59:55.000Z');
    expect(segmentTime({ timestamp: m.timestamp }, m.sentAt, received).toISOString()).toBe(
      '2026-06-01T11:59:55.000Z',
    );
    expect(segmentTime({ timestamp: '2026-05-01T00:00:00Z' }, undefined, received).toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    expect(segmentTime({}, undefined, received)).toEqual(received);
    expect(segmentTime({ timestamp: 'yesterday-ish' }, undefined, received)).toEqual(received);
  });

  it('reads a time far in the future, or before 1970, as now', () => {
    expect(segmentTime({ timestamp: '2031-01-01T00:00:00Z' }, undefined, received)).toEqual(received);
    expect(segmentTime({ timestamp: '0001-01-01T00:00:00Z' }, undefined, received)).toEqual(received);
  });

  it('numbers as user ids become strings; an id past 200 characters drops the message', () => {
    expect(
      segmentMessage({ type: 'track', userId: 42, event: 'e' }, undefined, {}, received)?.distinctId,
    ).toBe('42');
    expect(
      segmentMessage({ type: 'track', userId: 'x'.repeat(201), event: 'e' }, undefined, {}, received),
    ).toBeNull();
    expect(segmentMessage({ type: 'alias', userId: 'u' }, undefined, {}, received)).toBeNull();
    expect(segmentMessage({ type: 'group', userId: 'u' }, undefined, {}, received)).toBeNull();
  });

  it('a path names the type of a single message; a batch reads each its own; the key from the body', () => {
    const single = parseSegment({ userId: 'u', event: 'e', writeKey: 'k1' }, 'track', received);
    expect(single).toMatchObject({ writeKey: 'k1', dropped: 0, events: [{ name: 'e' }] });
    const batch = parseSegment(
      {
        batch: [
          { type: 'screen', userId: 'u', name: 'Home' },
          { userId: 'u', event: 'untyped' },
        ],
        writeKey: 'k2',
      },
      'batch',
      received,
    );
    expect(batch.events.map((e) => [e.name, e.properties.name])).toEqual([['$screen', 'Home']]);
    expect(batch.dropped).toBe(1);
  });
});
