import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Shared decoding for the ingestion paths (PostHog, Segment): the raw body as bytes, gzip and lz-string
 * decoded within a size bound, base64 text. Every decoder throws Undecodable or TooLarge, never anything
 * else, so a route answers 400 or 413 in its peer's shape and a hostile body cannot exhaust memory.
 *
 * The bytes themselves come from `acceptRawBodies` / `rawBody` in posthog-routes.ts (HTTP code, which domain
 * files may not import).
 * - `gunzipBounded`, `lz64Decompress`, `base64Text`: the decoders, each with its output bound.
 */

/** The body could not be decoded (bad gzip, bad lz-string, not base64, not UTF-8…). */
export class Undecodable extends Error {}

/** The body is, or decodes to, more than the route accepts. */
export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The payload is larger than ${limit} bytes.`);
  }
}

/** gzip's magic number, for bodies that do not say they are compressed. */
export const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const gunzip = promisify(zlib.gunzip);

/** Inflates gzip (or zlib) data to at most `maxBytes`, off the event loop's thread. */
export async function gunzipBounded(bytes: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzip(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge(maxBytes);
    throw new Undecodable('The body is not valid gzip.');
  }
}

/** UTF-8 text of bytes that must be UTF-8 (an invalid sequence is refused, not replaced). */
export function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Undecodable('The body is not UTF-8 text.');
  }
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** The UTF-8 text that base64 (standard or URL-safe, padded or not) `text` encodes. */
export function base64Text(text: string): string {
  const compact = text.replace(/\s+/g, '');
  // Form encoding may have turned '+' into ' ' before we see it; the whitespace strip above undoes the
  // common line breaks, and a space inside is read back as the '+' it was.
  if (!BASE64.test(compact) || compact.length === 0) throw new Undecodable('The body is not base64.');
  return utf8(Buffer.from(compact, 'base64'));
}

const LZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const LZ_VALUE = new Map([...LZ_ALPHABET].map((c, i) => [c, i]));

/**
 * lz-string's base64 form (`compressToBase64`, what old posthog-js sends as `compression=lz64`), decoded
 * to at most `maxChars` characters. Written here rather than calling lz-string's own decompressor because
 * that one has no bound: its dictionary lets a small input describe an output quadratic in its length.
 */
export function lz64Decompress(input: string, maxChars: number): string {
  const text = input.replace(/ /g, '+').replace(/[\r\n]/g, '');
  let index = 0;
  let value = 0;
  let mask = 0;
  const bits = (count: number): number => {
    let out = 0;
    for (let i = 0; i < count; i++) {
      if (mask === 0) {
        if (index >= text.length) throw new Undecodable('The lz64 body ends early.');
        const v = LZ_VALUE.get(text[index++]!);
        if (v === undefined) throw new Undecodable('The lz64 body has a character outside base64.');
        value = v;
        mask = 32;
      }
      if (value & mask) out |= 1 << i;
      mask >>= 1;
    }
    return out;
  };
  // Entries 0–2 are the codes for "8-bit literal", "16-bit literal" and "end".
  const dictionary: string[] = ['', '', ''];
  const first: string[] = ['', '', ''];
  let enlargeIn = 4;
  let width = 3;
  const literal = (kind: number) => String.fromCharCode(bits(kind === 0 ? 8 : 16));
  const kind = bits(2);
  if (kind === 2) return '';
  if (kind !== 0 && kind !== 1) throw new Undecodable('The lz64 body does not start with a literal.');
  let w = literal(kind);
  let wFirst = w;
  dictionary.push(w);
  first.push(w);
  const out: string[] = [w];
  let total = w.length;
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** width;
      width++;
    }
  };
  for (;;) {
    let code = bits(width);
    if (code === 2) return out.join('');
    if (code === 0 || code === 1) {
      const c = literal(code);
      dictionary.push(c);
      first.push(c);
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    let entryFirst: string;
    if (code < dictionary.length) {
      entry = dictionary[code]!;
      entryFirst = first[code]!;
    } else if (code === dictionary.length) {
      // The entry being defined by this very code: the previous one plus its own first character.
      entry = w + wFirst;
      entryFirst = wFirst;
    } else throw new Undecodable('The lz64 body refers to an unknown entry.');
    total += entry.length;
    if (total > maxChars) throw new TooLarge(maxChars);
    out.push(entry);
    dictionary.push(w + entryFirst);
    first.push(wFirst);
    grow();
    w = entry;
    wFirst = entryFirst;
  }
}
