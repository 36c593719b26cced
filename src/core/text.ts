/** Escapes LIKE wildcards in user text, for `ilike '%…%'` searches. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
