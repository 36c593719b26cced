import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Response serialisation. Every route declares its answers as zod schemas (they also make the OpenAPI
 * document). Checking each answer with zod before JSON.stringify costs more than the rest of a list
 * request together, so answers are written by fast-json-stringify from the same schemas turned into
 * JSON Schema: it writes the declared fields only (unknown keys are dropped, as zod's strip does) and
 * compiles one function per route and status, on first use.
 *
 * With `verify`, every answer is also checked by zod and both outputs must agree: the test suite runs
 * that way, so a route answering something its schema does not describe fails its tests.
 */
type RouteSchema = { schema: unknown; method: string; url: string; httpStatus?: string };
type Serialize = (data: unknown) => string;

export function createSerializerCompiler({ verify }: { verify: boolean }) {
  return (route: RouteSchema): Serialize => {
    const checked = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
    let fast: Serialize | undefined;
    const compiled = (): Serialize => {
      fast ??= compileFast(route.schema) ?? checked;
      return fast;
    };
    if (!verify) return (data) => compiled()(data);
    return (data) => {
      const expected = checked(data);
      const written = compiled()(data);
      if (written !== expected && !sameJson(written, expected))
        throw new Error(
          `Serialising ${route.method} ${route.url} (${route.httpStatus}) with fast-json-stringify differs from zod:\n` +
            `  zod:  ${expected.slice(0, 400)}\n  fast: ${written.slice(0, 400)}`,
        );
      return written;
    };
  };
}

/** A fast-json-stringify function for a zod schema, or undefined when the schema has no JSON Schema form. */
export function compileFast(schema: unknown): Serialize | undefined {
  const zodSchema = resolve(schema);
  if (!zodSchema) return undefined;
  try {
    const json = z.toJSONSchema(zodSchema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
    return fastJson(forWriting(json) as Parameters<typeof fastJson>[0]);
  } catch {
    return undefined;
  }
}

function resolve(schema: unknown): z.ZodType | undefined {
  if (schema instanceof z.ZodType) return schema;
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  return props instanceof z.ZodType ? props : undefined;
}

/** Keywords that only constrain values: writing ignores them, and union branches pick on type, const, enum. */
const CHECK_ONLY = new Set([
  '$schema',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'propertyNames',
  'description',
  'title',
  'examples',
  'default',
]);

/**
 * The JSON Schema as a writer needs it: value checks removed, `additionalProperties: false` removed (a
 * writer drops unknown keys anyway, while a union branch with it would refuse them), and `X or null`
 * spelled as a type list, which fast-json-stringify writes without trying each branch.
 */
function forWriting(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forWriting);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (CHECK_ONLY.has(key)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = key === 'properties' ? mapValues(value as Record<string, unknown>) : forWriting(value);
  }
  const anyOf = out.anyOf as Record<string, unknown>[] | undefined;
  if (anyOf?.length === 2) {
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex !== -1 && other && typeof other.type === 'string' && !other.anyOf) {
      delete out.anyOf;
      return { ...out, ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

function mapValues(props: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, forWriting(v)]));
}

function sameJson(a: string, b: string): boolean {
  return isDeepStrictEqual(JSON.parse(a), JSON.parse(b));
}
