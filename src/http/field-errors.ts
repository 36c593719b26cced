import type { FieldError } from '../core/errors.ts';

/**
 * Field errors as people read them: the path names the field (the web app puts the sentence on the field,
 * under its label), the message is a plain sentence that never repeats the path or zod's wording
 * ("Use at most 200 characters.", "Required.", "Use a date like 2027-03-31.").
 */

/** One schema validation failure as fastify-type-provider-zod hands it over: the zod issue minus path and message. */
export type SchemaIssue = {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** "must not be empty" → "Must not be empty." */
export const sentence = (text: string): string => {
  const t = text.trim();
  if (!t) return 'Invalid.';
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const FORMATS: Record<string, string> = {
  date: 'Use a date like 2027-03-31.',
  datetime: 'Use a date and time like 2027-03-31T09:00:00Z.',
  time: 'Use a time like 09:30.',
  email: 'Use an email address like name@example.com.',
  url: 'Use a web address starting with https://.',
  uuid: 'Use the id of an existing item.',
  guid: 'Use the id of an existing item.',
};

const TYPES: Record<string, string> = {
  string: 'Use text.',
  number: 'Use a number.',
  int: 'Use a whole number.',
  boolean: 'Use yes or no (true or false).',
  array: 'Use a list.',
  object: 'Use an object with fields.',
  null: 'Leave it empty (null).',
};

/** zod's own default messages start like this; a message a schema chose itself is kept as it is. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized key)/;

function bound(kind: 'max' | 'min', p: Record<string, unknown>): string {
  const origin = String(p.origin ?? '');
  const n = Number(kind === 'max' ? p.maximum : p.minimum);
  const inclusive = p.inclusive !== false;
  if (origin === 'string') {
    if (kind === 'min' && n <= 1) return 'Required.';
    return kind === 'max'
      ? `Use at most ${plural(n, 'character')}.`
      : `Use at least ${plural(n, 'character')}.`;
  }
  if (origin === 'array' || origin === 'set') {
    if (kind === 'min' && n <= 1) return 'Choose at least one.';
    return kind === 'max' ? `Use at most ${plural(n, 'item')}.` : `Use at least ${plural(n, 'item')}.`;
  }
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    const value = n.toLocaleString('en-US');
    if (kind === 'min') return inclusive ? `Use ${value} or more.` : `Use a number above ${value}.`;
    return inclusive ? `Use ${value} or less.` : `Use a number below ${value}.`;
  }
  if (origin === 'date') return kind === 'max' ? 'Use an earlier date.' : 'Use a later date.';
  return kind === 'max' ? 'Too large.' : 'Too small.';
}

/** The value at a path inside the validated part of the request (to tell a missing field from a wrong one). */
function valueAt(input: unknown, segments: string[]): unknown {
  let v = input;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/** The plain sentence for one zod issue; `input` is the part of the request it was found in. */
export function issueSentence(issue: SchemaIssue, input: unknown): string {
  const p = issue.params ?? {};
  const own = issue.message && !ZOD_DEFAULT.test(issue.message) ? sentence(issue.message) : undefined;
  switch (issue.keyword) {
    case 'too_big':
      return bound('max', p);
    case 'too_small':
      return bound('min', p);
    case 'invalid_type': {
      const segments = issue.instancePath.split('/').filter(Boolean);
      if (valueAt(input, segments) === undefined) return 'Required.';
      return TYPES[String(p.expected)] ?? `Use a value of type ${String(p.expected)}.`;
    }
    case 'invalid_format': {
      const format = String(p.format ?? '');
      if (FORMATS[format]) return FORMATS[format];
      if (own) return format === 'regex' ? sentence(`Use ${issue.message}`) : own;
      if (format === 'starts_with') return `Start with “${String(p.prefix)}”.`;
      if (format === 'ends_with') return `End with “${String(p.suffix)}”.`;
      if (format === 'includes') return `Include “${String(p.includes)}”.`;
      return 'Use the expected format.';
    }
    case 'invalid_value': {
      if (own) return own;
      const values = Array.isArray(p.values) ? p.values.map(String) : [];
      if (values.length === 1) return `Use “${values[0]}”.`;
      return values.length ? `Choose one of: ${values.join(', ')}.` : 'Choose one of the allowed values.';
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.map(String) : [];
      return keys.length === 1
        ? `“${keys[0]}” is not a field this accepts.`
        : `These are not fields this accepts: ${keys.join(', ')}.`;
    }
    case 'not_multiple_of':
      return `Use a multiple of ${String(p.divisor)}.`;
    case 'invalid_union':
      return own ?? 'Use one of the accepted forms of this value.';
    case 'invalid_key':
      return 'Use a valid key.';
    case 'invalid_element':
      return 'Use valid items.';
    default:
      return own ?? 'Invalid value.';
  }
}

/** The field errors of a failed schema validation of one part of a request ('body', 'query', 'params', …). */
export function schemaFieldErrors(issues: SchemaIssue[], where: string, input: unknown): FieldError[] {
  return issues.map((issue) => ({
    path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
    message: issueSentence(issue, input),
  }));
}

/** The problem's detail for field errors: what went wrong in one sentence, without repeating the paths. */
export function fieldErrorsDetail(errors: FieldError[]): string {
  if (errors.length === 1) return errors[0]!.message;
  return `${errors.length} fields need changes.`;
}
