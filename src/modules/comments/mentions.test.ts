import { describe, expect, it } from 'vitest';
import { parseMentions, readableMentions } from './mentions.ts';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const ID2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('parseMentions', () => {
  it('reads id tokens and member emails in order of appearance', () => {
    expect(
      parseMentions(`@ann@example.com, see @[Bo Li](${ID}) and @[x@y.com](${ID2.toUpperCase()}).`),
    ).toEqual([
      { kind: 'email', value: 'ann@example.com' },
      { kind: 'id', value: ID },
      { kind: 'id', value: ID2 },
    ]);
  });

  it('leaves plain addresses, trailing punctuation and broken tokens alone', () => {
    expect(parseMentions('mail ann@example.com or bo@example.com')).toEqual([]);
    expect(parseMentions('(@Ann@Example.COM).')).toEqual([{ kind: 'email', value: 'ann@example.com' }]);
    expect(parseMentions('@[Bo](not-a-uuid) @[](0f8fad5b-d9cb-469f-a165-70867728950e) @ bo')).toEqual([]);
    expect(parseMentions('line one\n@[Bo\n](0f8fad5b-d9cb-469f-a165-70867728950e)')).toEqual([]);
  });
});

describe('readableMentions', () => {
  it('shows id tokens as @Name and leaves the rest as written', () => {
    expect(readableMentions(`Can you, @[Bo Li](${ID})? cc @ann@example.com @[Bo](not-a-uuid)`)).toBe(
      'Can you, @Bo Li? cc @ann@example.com @[Bo](not-a-uuid)',
    );
  });
});
