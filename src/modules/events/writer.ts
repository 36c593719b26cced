import type { Database } from '../../db/client.ts';
import type { EventSink } from './types.ts';

/** PLACEHOLDER until the group-commit writer lands (branch `writer`): refuses every write. */
export function createEventSink(_database: Database): EventSink {
  return {
    write: () => Promise.reject(new Error('event writer not built yet')),
    close: () => Promise.resolve(),
  };
}
