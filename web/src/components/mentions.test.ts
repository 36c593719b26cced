import { describe, expect, it } from 'vitest';
import { insertMention, matchMembers, mentionAt, segments } from './mentions';

const members = [
  { name: 'Priya Natarajan', email: 'pm@demo.tandem', userId: 'a102d40e-c880-4219-8ad6-2c4ff63f409d' },
  { name: 'Alex Morgan', email: 'admin@demo.tandem', userId: 'db1680fb-0240-42b4-a420-3945d9179cd3' },
  { name: 'Sam Price', email: 'sales@demo.tandem', userId: '11111111-2222-3333-4444-555555555555' },
];

describe('mentions', () => {
  it('finds the @name being typed at the caret, only at the start of a word', () => {
    expect(mentionAt('Thanks @Pri', 11)).toEqual({ start: 7, query: 'Pri' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail me at a@b', 14)).toBeNull();
    expect(mentionAt('@Pri\nok', 7)).toBeNull();
  });

  it('ranks names starting with the query first', () => {
    expect(matchMembers(members, 'pri').map((m) => m.name)).toEqual(['Priya Natarajan', 'Sam Price']);
    expect(matchMembers(members, '').length).toBe(3);
  });

  it('inserts the token the server resolves and reads it back as a name', () => {
    const text = 'Ask @Pri about it';
    const q = mentionAt(text, 8)!;
    const done = insertMention(text, q, 8, members[0]!);
    expect(done.text).toBe('Ask @[Priya Natarajan](a102d40e-c880-4219-8ad6-2c4ff63f409d) about it');
    expect(segments(done.text)).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', name: 'Priya Natarajan', id: 'a102d40e-c880-4219-8ad6-2c4ff63f409d' },
      { kind: 'text', text: ' about it' },
    ]);
  });
});
