import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueSentence, schemaFieldErrors } from './field-errors.ts';

/** Issues as fastify-type-provider-zod hands them over, from real zod failures. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map(({ path, code, message, ...params }) => ({
    keyword: code,
    instancePath: `/${path.join('/')}`,
    message,
    params,
  }));
}

describe('issueSentence', () => {
  const schema = z.strictObject({
    name: z.string().trim().min(1).max(200),
    count: z.number().int().positive().max(10),
    email: z.email(),
    when: z.iso.date(),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).min(1).max(2),
    key: z.string().regex(/^[a-z]+$/, 'lower-case letters only'),
    either: z.union([z.literal(''), z.url()]),
    multiple: z.number().multipleOf(5),
    rec: z.record(z.string().max(3), z.number()),
    ok: z.boolean().refine((v) => v, 'must be confirmed'),
  });

  it('says each failure as a plain sentence, never in zod words', () => {
    const input = {
      name: '',
      count: 0,
      email: 'nope',
      when: '31/03/2027',
      kind: 'c',
      tags: [],
      key: 'A',
      either: 'ftp:/x',
      multiple: 3,
      rec: { long: 1 },
      ok: false,
      extra: 1,
    };
    const errors = schemaFieldErrors(issuesOf(schema, input), 'body', input);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      'body.name': 'Required.',
      'body.count': 'Use a number above 0.',
      'body.email': 'Use an email address like name@example.com.',
      'body.when': 'Use a date like 2027-03-31.',
      'body.kind': 'Choose one of: a, b.',
      'body.tags': 'Choose at least one.',
      'body.key': 'Use lower-case letters only.',
      'body.multiple': 'Use a multiple of 5.',
      'body.ok': 'Must be confirmed.',
      body: '“extra” is not a field this accepts.',
    });
    for (const e of errors)
      expect(e.message).not.toMatch(/expected|received|Too big|Too small|Invalid input/);
  });

  it('never throws on issues it does not know', () => {
    for (const keyword of ['too_big', 'too_small', 'invalid_type', 'invalid_format', 'invalid_value', 'x'])
      expect(
        typeof issueSentence({ keyword, instancePath: '/a/0', params: { values: [Symbol('s'), 1n] } }, null),
      ).toBe('string');
  });
});
