/* eslint-disable no-restricted-imports -- test plumbing: it builds the HTTP app around a recording sink */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { row, rows } from '../../db/sql.ts';
import { buildApp } from '../../http/app.ts';
import { createEventSink } from '../events/writer.ts';
import type { EventSink, IncomingEvent, SourceRef } from '../events/types.ts';

/**
 * The app on a test database with the real writer behind a recording wrapper: tests see what each write
 * was given, and may make the next writes fail after they committed (a lost answer, so the SDK retries).
 */
export type IngestEnv = {
  app: FastifyInstance;
  database: Database;
  /** Every write the app made, in order, with what it stored. */
  writes: { source: SourceRef; events: IncomingEvent[] }[];
  /** The next `n` writes commit, then throw: the client sees a failure and retries. */
  failAfterCommit(n: number): void;
  /** The next write throws `err` before storing anything (an Overloaded writer, a broken database). */
  failWith(err: Error): void;
  /** A workspace with a source of `kind`; its key. */
  source(kind?: 'website' | 'app' | 'server', domains?: string[]): Promise<SourceRef & { key: string }>;
  /** The workspace's stored events, oldest first, as columns (e2e reads them without importing drizzle). */
  stored(workspaceId: string): Promise<Record<string, unknown>[]>;
  /** Listens on 127.0.0.1 (for real SDKs); the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
};

export async function createIngestEnv(): Promise<IngestEnv> {
  const database = await openTestDatabase();
  const real = createEventSink(database);
  const writes: IngestEnv['writes'] = [];
  let failing = 0;
  let failure: Error | undefined;
  const sink: EventSink = {
    async write(source, events) {
      writes.push({ source, events });
      if (failure) {
        const err = failure;
        failure = undefined;
        throw err;
      }
      const result = await real.write(source, events);
      if (failing > 0) {
        failing--;
        throw new Error('lost after commit (test)');
      }
      return result;
    },
    close: () => real.close(),
  };
  const app = await buildApp({
    database,
    events: sink,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
  });
  await app.ready();
  return {
    app,
    database,
    writes,
    failAfterCommit: (n) => {
      failing = n;
    },
    failWith: (err) => {
      failure = err;
    },
    async source(kind = 'server', domains = []) {
      const ws = await row<{ id: string }>(
        database.db,
        sql`insert into workspaces (name) values ('Ingest test') returning id`,
      );
      const key = `sk_test_${randomBytes(12).toString('hex')}`;
      const src = await row<{ id: string }>(
        database.db,
        sql`insert into sources (workspace_id, name, kind, domains, key)
            values (${ws!.id}, 'Test source', ${kind}, ${JSON.stringify(domains)}::jsonb, ${key}) returning id`,
      );
      return { workspaceId: ws!.id, sourceId: src!.id, kind, domains, key };
    },
    stored: (workspaceId) =>
      rows(
        database.db,
        sql`select * from events where workspace_id = ${workspaceId} order by time, received_at`,
      ),
    async listen() {
      await app.listen({ port: 0, host: '127.0.0.1' });
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
