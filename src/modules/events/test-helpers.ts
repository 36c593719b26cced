import { randomUUID } from 'node:crypto';
import { type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { rows } from '../../db/sql.ts';
import { type Client, newUser, type TestEnv } from '../../../test/harness.ts';
import type { IncomingEvent, SourceRef } from './types.ts';

/** A workspace of its own (with its admin) and a website source in it; events have no foreign key to sources. */
export async function newSource(env: TestEnv): Promise<SourceRef & { admin: Client }> {
  const admin = await newUser(env.app, 'Wanda Writer');
  const res = await admin.post('/api/v1/workspaces', { name: 'Writer' });
  expect(res.statusCode, res.body).toBe(201);
  return { workspaceId: res.data.id, sourceId: randomUUID(), kind: 'website', domains: ['acme.test'], admin };
}

/** An event with defaults: a pageview now. */
export const ev = (e: Partial<IncomingEvent> & { distinctId: string }): IncomingEvent => ({
  name: '$pageview',
  time: new Date(),
  properties: {},
  ...e,
});

export const at = (iso: string) => new Date(iso);

export const query = <T>(env: TestEnv, q: SQL) => rows<T>(env.app.db, q);
