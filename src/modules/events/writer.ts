import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { ensurePartitions, monthKey, monthsAhead } from './partitions.ts';
import { type Prepared, prepare, retentionStart } from './prepare.ts';
import type { LeadEvents } from './profiles.ts';
import { type Counts, storeBatch } from './store.ts';
import { type EventSink, type IncomingEvent, Overloaded, type SourceRef, type WriteResult } from './types.ts';

export type WriterOptions = {
  /** Events waiting or being written, at most; past it `write` rejects with Overloaded 503 (a source: half, 429). */
  maxPending?: number;
  /** Events in one transaction, at most. */
  maxBatch?: number;
  /** How long the first waiter waits for others to join its transaction, in ms. */
  delayMs?: number;
  /** Transactions at once (PGlite: always one, it has a single connection). */
  parallel?: number;
  /** Months of events kept before the current one (TANDEM_EVENTS_RETENTION_MONTHS). */
  retentionMonths?: number;
  now?: () => Date;
};

/** The writer, with what tests look at. */
export type EventWriter = EventSink & {
  /** Transactions committed or attempted (a retried request counts again): group commit means few. */
  readonly stats: { transactions: number; flushes: number; retries: number };
};

type Request = {
  source: SourceRef;
  events: IncomingEvent[];
  resolve: (r: WriteResult) => void;
  reject: (e: unknown) => void;
};

const LEAD_EVENTS_TTL_MS = 5_000;
/** Fewer events than this are not worth a transaction of their own while another one is being written. */
const MIN_SHARE = 500;

/**
 * The group-commit writer. `write` queues a request; the first request of an empty queue starts a short
 * timer, and when it fires (or the queue holds a batch's worth) everything queued, up to `maxBatch` events, is
 * written in ONE transaction; each request resolves only after that transaction committed. On PostgreSQL
 * several batches may be in flight at once (the pool), on PGlite one. If a batch fails, its requests are
 * tried again one by one, so one bad request fails alone (and no waiter is ever left hanging).
 */
export function createEventSink(database: Database, options: WriterOptions = {}): EventWriter {
  const maxPending = options.maxPending ?? 100_000;
  const maxBatch = options.maxBatch ?? 5_000;
  const delayMs = options.delayMs ?? 3;
  const parallel = database.engine === 'pglite' ? 1 : (options.parallel ?? 2);
  const retentionMonths = options.retentionMonths ?? 25;
  const now = options.now ?? (() => new Date());
  const queue: Request[] = [];
  let queuedEvents = 0;
  let pending = 0;
  const perSource = new Map<string, number>();
  let inFlight = 0;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let idle: (() => void) | null = null;
  const stats = { transactions: 0, flushes: 0, retries: 0 };
  let turn: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const mine = turn.then(fn);
    turn = mine.catch(() => {});
    return mine;
  };
  const leadCache = new Map<string, { at: number; names: Set<string> }>();
  const started = ensurePartitions(database.db, monthsAhead(now())).catch(() => {});

  const release = (r: Request) => {
    pending -= r.events.length;
    const left = (perSource.get(r.source.sourceId) ?? 0) - r.events.length;
    if (left > 0) perSource.set(r.source.sourceId, left);
    else perSource.delete(r.source.sourceId);
  };

  const schedule = () => {
    if (inFlight >= parallel || queue.length === 0) return;
    if (queuedEvents >= maxBatch || closed) {
      if (timer) clearTimeout(timer);
      timer = null;
      startFlushes();
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        startFlushes();
      }, delayMs);
    }
  };

  /** Shares the queue between the free connections (a share is at least MIN_SHARE events, at most maxBatch). */
  const startFlushes = () => {
    while (queue.length > 0 && inFlight < parallel) {
      const share = Math.ceil(queuedEvents / (parallel - inFlight));
      void flush(Math.min(maxBatch, Math.max(MIN_SHARE, share)));
    }
  };

  async function flush(limit: number): Promise<void> {
    const batch: Request[] = [];
    let n = 0;
    while (queue.length > 0 && (batch.length === 0 || n + queue[0]!.events.length <= limit)) {
      const r = queue.shift()!;
      n += r.events.length;
      batch.push(r);
    }
    queuedEvents -= n;
    inFlight++;
    stats.flushes++;
    try {
      await writeBatch(batch);
    } finally {
      inFlight--;
      for (const r of batch) release(r);
      // What queued meanwhile has waited a batch already: written now, not after another delay.
      if (queue.length > 0) startFlushes();
      else if (inFlight === 0 && idle) idle();
    }
  }

  async function writeBatch(batch: Request[]): Promise<void> {
    let prepared: { kept: Prepared[][]; dropped: number[] };
    try {
      prepared = prepareAll(batch);
      await ensurePartitions(database.db, months(prepared.kept.flat()));
      const counts = await transaction(prepared.kept);
      batch.forEach((r, i) => r.resolve(result(counts[i]!, prepared.dropped[i]!)));
      return;
    } catch {
      // Tried again below, one request at a time.
    }
    for (const r of batch) {
      try {
        const one = prepareAll([r]);
        await ensurePartitions(database.db, months(one.kept[0]!));
        const [counts] = await retried(() => transaction(one.kept));
        r.resolve(result(counts!, one.dropped[0]!));
      } catch (err) {
        r.reject(err);
      }
    }
  }

  /** A request alone, tried again when PostgreSQL chose it to break a deadlock with another process's batch. */
  async function retried<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      stats.retries++;
      try {
        return await fn();
      } catch (err) {
        const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw err;
      }
    }
  }

  function prepareAll(batch: Request[]) {
    const t = now();
    const keepFrom = retentionStart(t, retentionMonths);
    const dropped: number[] = [];
    const kept = batch.map((r) => {
      const out: Prepared[] = [];
      for (const e of r.events) {
        const p = prepare(r.source, e, t, keepFrom);
        if (p) out.push(p);
      }
      dropped.push(r.events.length - out.length);
      return out;
    });
    return { kept, dropped };
  }

  async function transaction(requests: Prepared[][]): Promise<Counts[]> {
    stats.transactions++;
    const leads = await leadEvents(database.db, [...new Set(requests.flat().map((e) => e.workspaceId))]);
    return database.db.transaction((tx) => storeBatch(tx as unknown as Db, requests, leads, serially));
  }

  async function leadEvents(db: Db, workspaces: string[]): Promise<LeadEvents> {
    const t = Date.now();
    const stale = workspaces.filter((w) => (leadCache.get(w)?.at ?? -Infinity) < t - LEAD_EVENTS_TTL_MS);
    if (stale.length > 0) {
      const found = await rows<{ workspace_id: string; lead_events: unknown }>(
        db,
        sql`select workspace_id, lead_events from signal_settings
            where workspace_id in (${sql.join(
              stale.map((w) => sql`${w}`),
              sql`, `,
            )})`,
      );
      for (const w of stale) leadCache.set(w, { at: t, names: new Set() });
      for (const r of found) {
        const list = typeof r.lead_events === 'string' ? JSON.parse(r.lead_events) : r.lead_events;
        if (Array.isArray(list))
          leadCache.set(r.workspace_id, { at: t, names: new Set(list.filter((x) => typeof x === 'string')) });
      }
    }
    return new Map(workspaces.map((w) => [w, leadCache.get(w)!.names]));
  }

  return {
    stats,
    async write(source, events) {
      if (closed) throw new Overloaded(503, 5);
      if (events.length === 0) return { stored: 0, duplicates: 0 };
      // A write called before close() is queued before close() looks at the queue: both wait for `started`,
      // and this continuation was registered first.
      await started;
      const mine = perSource.get(source.sourceId) ?? 0;
      if (pending + events.length > maxPending && pending > 0) throw new Overloaded(503, retryAfter());
      if (mine + events.length > maxPending / 2 && mine > 0) throw new Overloaded(429, retryAfter());
      pending += events.length;
      perSource.set(source.sourceId, mine + events.length);
      return new Promise<WriteResult>((resolve, reject) => {
        queue.push({ source, events, resolve, reject });
        queuedEvents += events.length;
        schedule();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await started;
      if (queue.length === 0 && inFlight === 0) return;
      await new Promise<void>((resolve) => {
        idle = resolve;
        schedule();
      });
    },
  };

  /** Seconds until the queue has room again, roughly: a batch takes well under a second. */
  function retryAfter(): number {
    return Math.min(30, Math.max(1, Math.ceil(pending / 20_000)));
  }
}

function months(events: Prepared[]): Set<string> {
  return new Set(events.map((e) => monthKey(e.time)));
}

function result(c: Counts, dropped: number): WriteResult {
  return dropped > 0 ? { ...c, dropped } : c;
}
