/**
 * A fixed corpus of bad inputs for one OpenAPI operation, generated from its schemas: every case is a value
 * the schema (or the database behind it) must refuse, so every answer must be a 4xx problem+json and nothing
 * may be written. No randomness: the same document always gives the same cases.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

export type Parameter = {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
};
export type Operation = {
  method: string;
  path: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
};

export type Case = {
  label: string;
  method: string;
  url: string;
  /** Raw JSON text (so that `1e400` and lone surrogates survive), sent as application/json unless `type` says. */
  payload?: string;
  type?: string;
};

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
/** Leaves of one body mutated at most; keeps the corpus (and the run) small. */
const MAX_LEAVES = 24;
const SAFE_INT = Number.MAX_SAFE_INTEGER;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Branches of a schema, flattening anyOf/oneOf; `null` branches dropped. */
function branches(s: JsonSchema): JsonSchema[] {
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return alts.flatMap(branches).filter((b) => b.type !== 'null');
  return [s];
}
const typesOf = (s: JsonSchema): Set<string> => {
  const out = new Set<string>();
  for (const b of s.anyOf ?? s.oneOf ?? [s]) {
    if (b.anyOf || b.oneOf) for (const t of typesOf(b)) out.add(t);
    else if (Array.isArray(b.type)) for (const t of b.type) out.add(t);
    else if (b.type) out.add(b.type);
    else if (b.enum || b.const !== undefined) out.add('string');
    else out.add('any');
  }
  if (out.has('integer')) out.add('number');
  return out;
};

/** A valid value for a schema (required parts only), the base that one mutation at a time is applied to. */
export function sample(s: JsonSchema): unknown {
  const b = branches(s)[0] ?? s;
  if (b.const !== undefined) return b.const;
  if (b.enum) return b.enum[0];
  const type = Array.isArray(b.type) ? b.type[0] : b.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of b.required ?? []) out[key] = sample(b.properties?.[key] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: b.minItems ?? 0 }, () => sample(b.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(b.minimum ?? 1, Math.min(1, b.maximum ?? 1));
    case 'boolean':
      return true;
    case 'string':
      if (b.format === 'uuid') return MISSING_ID;
      if (b.format === 'email') return 'fuzz@example.test';
      if (b.format === 'date') return '2026-03-01';
      if (b.format === 'date-time') return '2026-03-01T00:00:00.000Z';
      if (b.format === 'uri') return 'https://example.test/';
      return 'x'.repeat(Math.max(b.minLength ?? 1, 3));
    default:
      return 'x';
  }
}

/** A JSON text of a value with raw JSON spliced in at `path` (so values JSON.stringify cannot write fit). */
function withRaw(base: unknown, path: (string | number)[], raw: string, root: JsonSchema): string {
  const marker = '\u2063FUZZ\u2063';
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  let schema: JsonSchema = root;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    schema = childSchema(schema, key);
    if (last) node[key] = marker;
    else {
      if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
        const made = sample(schema);
        node[key] =
          typeof key === 'number' || Array.isArray(made) ? (Array.isArray(made) ? made : [made]) : made;
      }
      if (Array.isArray(node[key]) && (node[key] as unknown[]).length === 0)
        (node[key] as unknown[]).push(sample(childSchema(schema, 0)));
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return JSON.stringify(copy).replace(JSON.stringify(marker), raw);
}

function childSchema(s: JsonSchema, key: string | number): JsonSchema {
  for (const b of branches(s)) {
    if (typeof key === 'number' && b.items) return b.items;
    if (typeof key === 'string' && b.properties?.[key]) return b.properties[key]!;
  }
  return {};
}

type Leaf = { path: (string | number)[]; schema: JsonSchema };

/** The fields of a body schema, breadth first (top-level fields before nested ones), at most MAX_LEAVES. */
function leaves(root: JsonSchema): Leaf[] {
  const out: Leaf[] = [];
  const queue: Leaf[] = [{ path: [], schema: root }];
  while (queue.length && out.length < MAX_LEAVES) {
    const { path, schema } = queue.shift()!;
    if (path.length) out.push({ path, schema });
    if (path.length >= 4) continue;
    for (const b of branches(schema)) {
      for (const [key, child] of Object.entries(b.properties ?? {}))
        queue.push({ path: [...path, key], schema: child });
      if (b.items) queue.push({ path: [...path, 0], schema: b.items });
    }
  }
  return out;
}

/** Raw JSON values a field of this schema must refuse, with a label each. */
export function badValues(s: JsonSchema): [string, string][] {
  const types = typesOf(s);
  const out: [string, string][] = [];
  const wrong = ['12345', '"text"', 'true', '{"a":1}', '[1]'].find(
    (raw) => !types.has(jsonType(raw)) && !types.has('any'),
  );
  if (wrong) out.push(['wrong type', wrong]);
  const strings = branches(s).filter((b) => b.type === 'string' || b.enum || b.const !== undefined);
  if (types.has('string') || types.has('any')) {
    out.push(['NUL', '"a\\u0000b"'], ['lone surrogate', '"a\\ud800b"'], ['lone low surrogate', '"\\udc00"']);
    const max = Math.max(...strings.map((b) => b.maxLength ?? (b.enum || b.format ? 0 : Infinity)));
    if (strings.length && max < 100_000) out.push(['100 kB string', JSON.stringify('x'.repeat(100_001))]);
    if (strings.some((b) => b.format === 'uuid')) out.push(['non-uuid', '"not-a-uuid"']);
    if (strings.some((b) => b.format === 'date')) out.push(['impossible date', '"2026-02-30"']);
    if (strings.some((b) => b.format === 'date-time')) out.push(['bad timestamp', '"yesterday"']);
    if (strings.some((b) => b.format === 'uri'))
      out.push(
        ['javascript: URL', '"javascript:alert(1)"'],
        ['data: URL', '"data:text/html,<b>x</b>"'],
        ['file: URL', '"file:///etc/passwd"'],
      );
    if (strings.some((b) => b.format === 'email')) out.push(['bad email', '"not an email"']);
  }
  if (types.has('number')) {
    const nums = branches(s).filter((b) => b.type === 'number' || b.type === 'integer');
    out.push(['infinite number', '1e400']);
    const max = Math.max(...nums.map((b) => b.maximum ?? b.exclusiveMaximum ?? Infinity));
    // An unbounded number overflows some column; every number field must declare its range.
    out.push(
      max < 1e300 ? ['above maximum', String(max < SAFE_INT ? max + 1 : 1e300)] : ['huge number', '1e300'],
    );
    if (nums.every((b) => b.type === 'integer')) {
      out.push(['fraction', '1.5']);
      if (max >= SAFE_INT) out.push(['beyond int4', '2147483648']);
    }
    const min = Math.min(...nums.map((b) => b.minimum ?? b.exclusiveMinimum ?? -Infinity));
    if (min > -1e300) out.push(['below minimum', String(min > -SAFE_INT ? min - 1 : -1e300)]);
  }
  if (types.has('array')) {
    const maxItems = Math.max(...branches(s).map((b) => b.maxItems ?? Infinity));
    if (maxItems < 2000)
      out.push([
        'too many items',
        JSON.stringify(
          Array.from({ length: maxItems + 1 }, () => sample(s.items ?? branches(s)[0]!.items ?? {})),
        ),
      ]);
  }
  return out;
}

function jsonType(raw: string): string {
  const v: unknown = JSON.parse(raw);
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** Query-string forms of bad values for a parameter (percent-encoded). */
function badQueryValues(s: JsonSchema): [string, string][] {
  const out: [string, string][] = [
    ['NUL', 'a%00b'],
    ['invalid UTF-8', 'a%ED%A0%80b'],
    ['bad percent escape', '%E0%A4%A'],
  ];
  const types = typesOf(s);
  const strings = branches(s).filter((b) => b.type === 'string' || b.enum);
  const max = Math.max(0, ...strings.map((b) => b.maxLength ?? (b.enum || b.format ? 0 : Infinity)));
  if (strings.length && max < 10_000) out.push(['too long', 'x'.repeat(max + 1)]);
  if (strings.some((b) => b.format || b.enum)) out.push(['not in format', 'zz-not-valid']);
  if (types.has('number')) {
    out.push(
      ['not a number', 'abc'],
      ['infinite number', '1e400'],
      ['huge number', '1e300'],
      ['negative', '-1'],
    );
    if (types.has('integer')) out.push(['fraction', '1.5']);
  }
  return out;
}

/** Crafted cursors for a list whose real cursor (if any) is `real`. */
function badCursors(real: { s: string; v: unknown; id: string } | undefined): [string, string][] {
  const s = real?.s ?? '-createdAt';
  const id = real?.id ?? MISSING_ID;
  const v = real ? real.v : '2026-01-01T00:00:00.000Z';
  const raw = (text: string) => Buffer.from(text).toString('base64url');
  const cases: [string, string][] = [
    ['cursor: not base64 JSON', 'zzz'],
    ['cursor: JSON array', b64([1, 2])],
    ['cursor: id not a uuid', b64({ s, v, id: 'x' })],
    ['cursor: null value, bad id', b64({ s, v: null, id: 'x' })],
    ['cursor: object value', b64({ s, v: { a: 1 }, id })],
    ['cursor: NUL in value', b64({ s, v: 'a\u0000b', id })],
    ['cursor: other sort key', b64({ s: 'password', v, id })],
  ];
  // A value of the wrong kind for this list's sort key (a date, a number, a text).
  if (typeof v === 'number')
    cases.push(
      ['cursor: text for a number', b64({ s, v: 'not-a-number', id })],
      ['cursor: infinite number', raw(`{"s":${JSON.stringify(s)},"v":1e400,"id":"${id}"}`)],
    );
  else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
    cases.push(
      ['cursor: not a date', b64({ s, v: 'not-a-date', id })],
      ['cursor: impossible date', b64({ s, v: v.replace(/^\d{4}-\d{2}-\d{2}/, '2026-02-30'), id })],
      ['cursor: number for a date', b64({ s, v: 1e308, id })],
    );
  else if (typeof v === 'string') cases.push(['cursor: number for a text', b64({ s, v: 12345, id })]);
  return cases;
}

export type Fill = {
  /** Value of each path parameter, by name and (for `id`) by the collection before it. */
  param(path: string, name: string): string;
  /** A real cursor of this list, decoded, when it has a second page. */
  cursor?: { s: string; v: unknown; id: string };
};

/** Every bad-input case for one operation. */
export function casesFor(op: Operation, fill: Fill): Case[] {
  const cases: Case[] = [];
  const method = op.method.toUpperCase();
  const params = op.parameters ?? [];
  const pathWith = (name?: string, raw?: string) =>
    op.path.replace(/\{(\w+)\}/g, (_, p: string) =>
      p === name ? raw! : encodeURIComponent(fill.param(op.path, p)),
    );
  const requiredQuery = params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema)))}`);
  const query = (extra: string[]) => {
    const all = [...requiredQuery, ...extra];
    return all.length ? `?${all.join('&')}` : '';
  };
  const url = pathWith() + query([]);
  const add = (label: string, c: Omit<Case, 'label' | 'method'>) => cases.push({ label, method, ...c });

  for (const p of params.filter((x) => x.in === 'path')) {
    const values: [string, string][] = [
      ['NUL', '%00'],
      ['invalid UTF-8', '%ED%A0%80'],
      ['bad percent escape', '%'],
      ['very long', 'a'.repeat(500)],
      ['not valid', typesOf(p.schema).has('number') ? '1e400' : 'not-a-uuid'],
    ];
    if (p.schema.format !== 'uuid') values.push(['negative', '-1'], ['huge', '99999999999999999999']);
    for (const [label, raw] of values)
      add(`path ${p.name}: ${label}`, { url: pathWith(p.name, raw) + query([]) });
  }

  for (const p of params.filter((x) => x.in === 'query')) {
    const bad = p.name === 'cursor' ? badCursors(fill.cursor) : badQueryValues(p.schema);
    for (const [label, raw] of bad) {
      const others = requiredQuery.filter((q) => !q.startsWith(`${p.name}=`));
      add(`query ${p.name}: ${label}`, { url: pathWith() + query([...others, `${p.name}=${raw}`]) });
    }
    add(`query ${p.name}: repeated`, { url: pathWith() + query([`${p.name}=a`, `${p.name}=b`]) });
  }

  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (method !== 'GET' && method !== 'DELETE') {
    // Malformed bodies are refused by the parser whatever the route, body schema or not.
    add('body: invalid JSON', { url, payload: '{"a":' });
    add('body: empty', { url, payload: '' });
    add('body: wrong content type', { url, payload: 'x=1', type: 'text/plain' });
    add('body: deeply nested', { url, payload: '['.repeat(50_000) + ']'.repeat(50_000) });
  }
  if (!schema) return cases;
  const base = sample(schema);
  add('body: array instead of object', { url, payload: JSON.stringify([base]) });
  add('body: null', { url, payload: 'null' });
  const strict = branches(schema).every((b) => b.additionalProperties === false);
  if (strict)
    add('body: unknown field', { url, payload: JSON.stringify({ ...(base as object), zzUnknown: 1 }) });
  else {
    // A free-form body: the text rules and depth still hold for whatever it carries.
    add('body: NUL in a free-form key', { url, payload: '{"a\\u0000b":"x"}' });
    add('body: lone surrogate in free-form value', { url, payload: '{"notes":{"deep":["a\\ud800"]}}' });
    add('body: nested free-form value', {
      url,
      payload: `{"x":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
    });
  }
  for (const leaf of leaves(schema)) {
    for (const [label, raw] of badValues(leaf.schema))
      add(`body ${leaf.path.join('.')}: ${label}`, { url, payload: withRaw(base, leaf.path, raw, schema) });
  }
  return cases;
}
