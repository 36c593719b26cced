import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldError } from '../core/errors.ts';
import { unstorable } from '../core/text.ts';
import { InvalidRequest } from './problem.ts';

/**
 * Text PostgreSQL cannot store, refused in one place for every request: path parameters, the query string
 * and the body, free-form JSON included, before any route's schema or handler sees them.
 *
 * - NUL (U+0000): PostgreSQL refuses it in text and in jsonb, so it used to surface as a 500.
 * - Lone UTF-16 surrogates: not Unicode text; the driver would silently store U+FFFD in a text column, and
 *   jsonb refuses their `\ud800` escapes outright.
 * - Nesting deeper than MAX_DEPTH: no request needs it, and recursive code downstream (validation, activity
 *   diffs, JSON.stringify) would run out of stack on it.
 */

export const MAX_DEPTH = 32;

type Node = { v: unknown; key: string; depth: number; parent: Node | undefined };
const pathOf = (n: Node): string => (n.parent ? `${pathOf(n.parent)}.${n.key}` : n.key);

/** The first unstorable string or too-deep value under `value`, with its path; undefined when all is well. */
export function findUnstorable(value: unknown, where: string): FieldError | undefined {
  // Iterative, so a hostile depth cannot overflow the stack before it is refused; paths are only spelled out
  // for the one error, so a large clean body costs no more than one walk.
  const stack: Node[] = [{ v: value, key: where, depth: 0, parent: undefined }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.v;
    if (typeof v === 'string') {
      const message = unstorable(v);
      if (message) return { path: pathOf(node), message };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (node.depth >= MAX_DEPTH)
      return { path: pathOf(node), message: `This is nested deeper than ${MAX_DEPTH} levels.` };
    const depth = node.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), depth, parent: node });
      continue;
    }
    for (const key of Object.keys(v)) {
      const message = unstorable(key);
      // The key is shown escaped: it cannot be printed as it is.
      if (message)
        return {
          path: `${pathOf(node)}.${JSON.stringify(key).slice(1, -1)}`,
          message: `Its key ${message}.`,
        };
      stack.push({ v: (v as Record<string, unknown>)[key], key, depth, parent: node });
    }
  }
  return undefined;
}

/** The first query-string field whose percent-encoding is malformed (or not UTF-8), which the parser keeps raw. */
function malformedQueryField(url: string): FieldError | undefined {
  const at = url.indexOf('?');
  if (at < 0) return undefined;
  for (const field of url.slice(at + 1).split('&')) {
    try {
      decodeURIComponent(field.replaceAll('+', ' '));
    } catch {
      const key = field.split('=')[0]!;
      return { path: `query.${key}`, message: 'Use valid percent-encoded UTF-8.' };
    }
  }
  return undefined;
}

function check(req: FastifyRequest, parts: ('params' | 'query' | 'body')[]) {
  if (parts.includes('query')) {
    const error = malformedQueryField(req.url);
    if (error) throw new InvalidRequest([error]);
  }
  for (const part of parts) {
    const error = findUnstorable(req[part], part);
    if (error) throw new InvalidRequest([error]);
  }
}

/**
 * Registers the guard: path and query on request (so that even hooks running before validation never see
 * such text), the body once it is parsed. A query string with malformed percent-encoding is refused too:
 * the parser would pass it on undecoded, as if the client had meant the literal `%ED%A0`.
 */
export function registerInputGuard(app: FastifyInstance) {
  // The API speaks JSON only: a text/plain body (Fastify parses one by default) is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req) => check(req, ['params', 'query']));
  app.addHook('preValidation', async (req) => check(req, ['body']));
}
