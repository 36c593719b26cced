import { Text } from '@mantine/core';
import { counter } from './copy';

/** "123 / 280" under a field, red when the copy is over the server's limit. */
export function Count({ text, limit }: { text: string; limit: number }) {
  const c = counter(text, limit);
  return (
    <Text component="span" size="xs" c={c.over ? 'red' : 'dimmed'}>
      {c.label} characters{c.over ? ` — ${-c.remaining} over the limit` : ''}
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
