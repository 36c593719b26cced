import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LIMITS } from '../../../src/core/enums.ts';

/** The server's length limits (core/enums.ts), read by the web app rather than typed a second time. */
export { LIMITS };

/** Characters as the server counts them: it trims text before checking its length. */
export const charCount = (text: string) => text.trim().length;

/** "123 / 280", and whether the text is over its limit. */
export function counter(text: string, limit: number) {
  const count = charCount(text);
  const n = (x: number) => x.toLocaleString('en-US');
  return { label: `${n(count)} / ${n(limit)}`, over: count > limit, remaining: limit - count };
}

/** "123 / 280 characters" under a field, red and saying by how much when the text is over the limit. */
export function CharCount({ text, limit }: { text: string; limit: number }) {
  const c = counter(text, limit);
  return (
    <Text component="span" size="xs" c={c.over ? 'red' : 'dimmed'}>
      {c.label} characters{c.over ? ` — ${(-c.remaining).toLocaleString('en-US')} over the limit` : ''}
    </Text>
  );
}

/** Fields with a counter show it under the input, where the eye is while typing. */
export const COUNT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/**
 * Props for a TextInput or Textarea whose text has a limit: the counter under the input (announced with
 * it, as its description), after any hint the field already had.
 */
export function charLimit(text: string, limit: number, hint?: ReactNode) {
  return {
    inputWrapperOrder: COUNT_BELOW,
    description: (
      <>
        {hint}
        {hint ? ' · ' : null}
        <CharCount text={text} limit={limit} />
      </>
    ),
  };
}
