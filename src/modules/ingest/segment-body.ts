import { gunzipBounded, isGzip, TooLarge, utf8 } from './body.ts';

/**
 * JSON bodies of the Segment and Plausible paths (any content type: analytics.js and the Plausible tracker
 * send JSON as text/plain, so a browser makes no preflight), from the bytes posthog-routes.ts's
 * acceptRawBodies read within the route's limit, with body.ts's bounded decoders.
 */

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: 'undecodable' | 'too_large' };

/**
 * JSON from the body, gunzipped when the sender says so (Content-Encoding: gzip) or the bytes say so (magic
 * number); the decompressed size is held to `limit` too, so a small gzip bomb cannot grow past it.
 */
export async function decodeJsonBody(
  bytes: Buffer,
  contentEncoding: string | undefined,
  limit: number,
): Promise<Decoded> {
  if (bytes.length === 0) return { ok: false, reason: 'undecodable' };
  try {
    const plain =
      contentEncoding?.toLowerCase().includes('gzip') || isGzip(bytes)
        ? await gunzipBounded(bytes, limit)
        : bytes;
    return { ok: true, value: JSON.parse(utf8(plain)) };
  } catch (err) {
    return { ok: false, reason: err instanceof TooLarge ? 'too_large' : 'undecodable' };
  }
}
