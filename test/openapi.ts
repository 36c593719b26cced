import type { paths } from '../web/src/api/schema.gen.ts';

/**
 * Types of the HTTP test client, read from the server's OpenAPI document (web/src/api/schema.gen.d.ts,
 * `npm run gen:api`): a test that sends a body the API does not take, or reads a field it does not
 * answer, fails to compile instead of passing by accident.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The path templates that have an operation for `M`. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type Params<O> = O extends { parameters: infer X } ? X : never;
type PathPart<O> =
  Params<O> extends { path: infer X } ? ([X] extends [undefined] ? unknown : { path: X }) : unknown;
type QueryPart<O> =
  Params<O> extends { query?: infer X } ? ([X] extends [undefined] ? unknown : { query?: X }) : unknown;
type BodyPart<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : unknown;

/** What a call takes besides the path template: path parameters, query, JSON body, extra headers. */
export type CallOptions<O> = PathPart<O> & QueryPart<O> & BodyPart<O> & { headers?: Record<string, string> };

/** The arguments after the path template: optional when nothing in them is required. */
export type CallArgs<O> =
  object extends CallOptions<O> ? [options?: CallOptions<O>] : [options: CallOptions<O>];

type Json<R> = R extends { content: { 'application/json': infer T } }
  ? T
  : R extends { content: infer C }
    ? C[keyof C]
    : undefined;

type Responses<O> = O extends { responses: infer R } ? R : never;

/** One answer per documented status: narrowing on `statusCode` narrows `data` to that status's body. */
export type Answer<O> = {
  [S in keyof Responses<O> & number]: { statusCode: S; data: Json<Responses<O>[S]> };
}[keyof Responses<O> & number];

/** The body of the operation's answer for `S` (default 200). */
export type Body<P extends keyof paths, M extends Method, S extends number = 200> = Json<
  Responses<Operation<P, M>>[S & keyof Responses<Operation<P, M>>]
>;

/** Substitutes path parameters into a template and appends the query string. */
export function resolveUrl(template: string, options: { path?: object; query?: object } = {}): string {
  const params = (options.path ?? {}) as Record<string, unknown>;
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  const qs = search.toString();
  return qs ? `${url}?${qs}` : url;
}
