import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { api, unwrap } from '../api/client';
import { changedResource, KNOWN_HEADS, staleHeads } from './invalidation';
import { createQueryClient } from './queries';

const ws = '/api/v1/workspaces/22222222-2222-4222-8222-222222222222';

describe('changedResource', () => {
  it('names the resource after the workspace, and a known sub-resource', () => {
    expect(changedResource(`${ws}/feedback/bulk`)).toBe('feedback');
    expect(changedResource(`${ws}/feedback/abc`)).toBe('feedback');
    expect(changedResource(`${ws}/features/abc/feedback`)).toBe('features/feedback');
    expect(changedResource(`${ws}/launches/abc/tasks/def`)).toBe('launches/tasks');
    expect(changedResource(`${ws}/launches/abc`)).toBe('launches');
    expect(changedResource(ws)).toBe('');
    expect(changedResource('/api/v1/me/tokens')).toBe('me');
  });

  it('does not know paths outside the table', () => {
    expect(changedResource(`${ws}/something-new`)).toBeNull();
    expect(changedResource('/api/v1/auth/login')).toBeNull();
    expect(changedResource('/api/v1/invitations/accept')).toBeNull();
  });
});

describe('staleHeads', () => {
  it('feedback triage refreshes feedback and what counts it, not the lookups', () => {
    const heads = staleHeads([`${ws}/feedback/bulk`]);
    expect(heads).not.toBe('all');
    const set = heads as Set<string>;
    expect(set.has('feedback')).toBe(true);
    expect(set.has('features')).toBe(true);
    for (const lookup of ['customers', 'products', 'personas', 'members', 'ownership', 'me'])
      expect(set.has(lookup)).toBe(false);
  });

  it('an unknown path or a product change refreshes everything', () => {
    expect(staleHeads([`${ws}/feedback/bulk`, `${ws}/brand-new`])).toBe('all');
    expect(staleHeads([`${ws}/products/abc`])).toBe('all');
  });
});

describe('after a mutation', () => {
  const answer = (status: number, body: unknown) =>
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );

  /** Two queries on screen: the inbox's feedback list and the customers lookup. */
  async function onScreen() {
    const client = createQueryClient();
    const loads = { feedback: 0, customers: 0 };
    const watch = (head: 'feedback' | 'customers') =>
      new QueryObserver(client, {
        queryKey: [head, 'ws', 'all'],
        queryFn: async () => ++loads[head],
      }).subscribe(() => {});
    const stop = [watch('feedback'), watch('customers')];
    await vi.waitFor(() => expect(loads).toEqual({ feedback: 1, customers: 1 }));
    return { client, loads, stop: () => stop.forEach((s) => s()) };
  }

  it('refetches only the queries the changed resource can affect', async () => {
    const { client, loads, stop } = await onScreen();
    await client
      .getMutationCache()
      .build(client, {
        mutationFn: () =>
          unwrap(
            api.POST(
              `${ws}/feedback/bulk` as never,
              {
                body: {},
                fetch: answer(200, { updated: 1 }),
              } as never,
            ),
          ),
      })
      .execute(undefined);
    await vi.waitFor(() => expect(loads.feedback).toBe(2));
    expect(loads.customers).toBe(1);
    stop();
  });

  it('refetches nothing when the change was refused', async () => {
    const { client, loads, stop } = await onScreen();
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () =>
        unwrap(
          api.POST(
            `${ws}/feedback/bulk` as never,
            {
              body: {},
              fetch: answer(422, { type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'no' }),
            } as never,
          ),
        ),
      meta: { inline: true },
    });
    await expect(mutation.execute(undefined)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(loads).toEqual({ feedback: 1, customers: 1 });
    stop();
  });
});

describe('every query key', () => {
  it('starts with a head some change refreshes', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    const heads = new Set<string>();
    for (const file of files)
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/queryKey: \[\s*'([^']+)'/g))
        heads.add(m[1]!);
    expect(heads.size).toBeGreaterThan(20);
    expect([...heads].filter((h) => !KNOWN_HEADS.has(h))).toEqual([]);
  });
});
