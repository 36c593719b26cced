import { gunzipSync } from 'node:zlib';

/**
 * Request bodies of the Segment and Plausible paths, read as bytes (whatever the content type: analytics.js
 * and the Plausible tracker send JSON as text/plain, so a browser makes no preflight) and decoded here.
 * (The PostHog helper's ingest/body.ts does the same for PostHog's encodings; the two merge later.)
 */

/**
 * The bytes as the content-type parser read them (the route's bodyLimit enforced while streaming). Held in a
 * private field: the app's input guard walks a parsed body's keys, and must not walk a buffer byte by byte.
 */
export class RawBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: 'undecodable' | 'too_large' };

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * JSON from the body, gunzipped when the sender says so (Content-Encoding: gzip) or the bytes say so (magic
 * number); the decompressed size is held to `limit` too, so a small gzip bomb cannot grow past it.
 */
export function decodeJsonBody(body: unknown, contentEncoding: string | undefined, limit: number): Decoded {
  let bytes = body instanceof RawBody ? body.bytes : undefined;
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'undecodable' };
  const gzipped =
    contentEncoding?.toLowerCase().includes('gzip') ||
    (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]);
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (err) {
      return { ok: false, reason: (err as Error).name === 'RangeError' ? 'too_large' : 'undecodable' };
    }
  }
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}
