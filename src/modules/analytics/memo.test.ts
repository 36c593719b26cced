import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { memoize, memoizeAll, memoKey } from './memo.ts';
import { markDay, testCtx } from './memo-testing.ts';

/**
 * Memos of closed windows, kept by the writer's day marks. The window is September 2026 (closed: `now` is
 * 1 December 2026); each figure counts how often it was computed.
 */

let env: TestEnv;
let team: Team;
let other: Team;
const ctxOf = (t: Team): WsCtx => testCtx(env.database.db, t.workspaceId);
const now = new Date('2026-12-01T12:00:00Z');
const sept = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') };

/** A figure that answers how many times it was computed. */
function counter(key = memoKey('visitors', { product: 'p1' }), window = sept) {
  let n = 0;
  return {
    calls: () => n,
    item: { key, ...window, compute: async () => ({ computed: ++n }) },
  };
}

const mark = (t: Team, day: string, age: string) => markDay(env.database.db, t.workspaceId, day, age);

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Memo');
  other = await newTeam(env.app, 'Memo other');
});
afterAll(() => env.close());

describe('memoize', () => {
  it('computes a closed window once, then answers the memo', async () => {
    const c = counter(memoKey('once'));
    expect(await memoize(ctxOf(team), c.item, now)).toEqual({ computed: 1 });
    expect(await memoize(ctxOf(team), c.item, now)).toEqual({ computed: 1 });
    expect(c.calls()).toBe(1);
    // Another workspace's memo of the same key is not read.
    expect(await memoize(ctxOf(other), c.item, now)).toEqual({ computed: 2 });
  });

  it('never keeps a window still open', async () => {
    const c = counter(memoKey('open'), {
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-02T00:00:00Z'),
    });
    await memoize(ctxOf(team), c.item, now);
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(2);
    const kept = await rows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from signal_memos where workspace_id = ${team.workspaceId} and key = ${memoKey(
        memoKey('open'),
        c.item.from.toISOString(),
        c.item.to.toISOString(),
      )}`,
    );
    expect(kept[0]!.n).toBe(0);
  });

  it('computes again when events of the window (or the day before) are written, and only once settled', async () => {
    const c = counter(memoKey('marks'));
    await memoize(ctxOf(team), c.item, now);
    // A day outside the window: the memo holds, the day after it included (see memo.ts).
    await mark(team, '2026-10-05', '1 hour');
    await mark(team, '2026-10-01', '1 hour');
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(1);
    // The day before the window (a late event can move a visit's start back across midnight): computed again,
    // and kept for the new mark.
    await mark(team, '2026-08-31', '1 hour');
    await memoize(ctxOf(team), c.item, now);
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(2);
    // A mark younger than SETTLE: computed each time until it settles, the memo left as it was.
    await mark(team, '2026-09-15', '1 second');
    await memoize(ctxOf(team), c.item, now);
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(4);
    await mark(team, '2026-09-15', '10 minutes');
    await memoize(ctxOf(team), c.item, now);
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(5);
  });

  it('computes again after MAX_AGE, whatever the marks', async () => {
    const c = counter(memoKey('age'));
    await memoize(ctxOf(team), c.item, now);
    await env.database.db.execute(
      sql`update signal_memos set computed_at = now() - interval '8 days' where workspace_id = ${team.workspaceId}`,
    );
    await memoize(ctxOf(team), c.item, now);
    expect(c.calls()).toBe(2);
  });

  it('reads and writes many figures at once, a repeated one stored once', async () => {
    const [a, b, open] = [
      counter(memoKey('many', 'a')),
      counter(memoKey('many', 'b')),
      counter(memoKey('many', 'open'), { from: sept.from, to: new Date('2026-12-31T00:00:00Z') }),
    ];
    const first = await memoizeAll(ctxOf(team), [a.item, b.item, open.item, a.item], now);
    expect(first).toEqual([{ computed: 1 }, { computed: 1 }, { computed: 1 }, { computed: 2 }]);
    const again = await memoizeAll(ctxOf(team), [a.item, b.item, open.item], now);
    expect(again[1]).toEqual({ computed: 1 });
    expect(again[2]).toEqual({ computed: 2 });
    expect(b.calls()).toBe(1);
    expect(open.calls()).toBe(2);
  });

  it('sends a value once: the same memo (computed_at) is answered from the process, frozen', async () => {
    const c = counter(memoKey('held'));
    const first = await memoize(ctxOf(team), c.item, now);
    expect(Object.isFrozen(first)).toBe(true);
    const where = sql`workspace_id = ${team.workspaceId} and key = ${memoKey(memoKey('held'), sept.from.toISOString(), sept.to.toISOString())}`;
    // Changed behind the app's back with the same computed_at: not sent again, the held value answers.
    await env.database.db.execute(sql`update signal_memos set value = '{"computed": 99}' where ${where}`);
    expect(await memoize(ctxOf(team), c.item, now)).toBe(first);
    // Written again (computed_at moves, as another process keeping it would): the new value is read.
    await env.database.db.execute(
      sql`update signal_memos set value = '{"computed": 7}', computed_at = now() where ${where}`,
    );
    const read = await memoize(ctxOf(team), c.item, now);
    expect(read).toEqual({ computed: 7 });
    expect(await memoize(ctxOf(team), c.item, now)).toBe(read);
    expect(() => {
      (read as { computed: number }).computed = 8;
    }).toThrow(TypeError);
    expect(c.calls()).toBe(1);
  });
});
