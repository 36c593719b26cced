import type { Db } from '../../db/client.ts';
import { prunePartitions } from './partitions.ts';

const DAY_MS = 86_400_000;

/**
 * Retention on a schedule: at start and every 24 hours, in ONE process (the server, or the primary of
 * several workers). `open` gives a database handle and its release for each run. Returns a stop function.
 * A failed run is reported and tried again next time.
 */
export function scheduleRetention(
  open: () => Promise<{ db: Db; release: () => Promise<void> }>,
  retentionMonths: number,
  report: (message: string) => void,
): () => void {
  const once = async () => {
    try {
      const { db, release } = await open();
      try {
        const dropped = await prunePartitions(db, retentionMonths);
        if (dropped.length > 0) report(`events retention: dropped ${dropped.join(', ')}`);
      } finally {
        await release();
      }
    } catch (err) {
      report(`events retention failed: ${(err as Error).message}`);
    }
  };
  void once();
  const timer = setInterval(() => void once(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
