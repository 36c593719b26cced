import { describe, expect, it } from 'vitest';
import { feedbackTitle } from './title';

describe('feedbackTitle', () => {
  it('prefers the title, then the first line of the text, cut at 80 characters', () => {
    expect(feedbackTitle({ title: 'SSO', text: 'long text' })).toBe('SSO');
    expect(feedbackTitle({ title: '', text: 'Needs Okta\nsecond line' })).toBe('Needs Okta');
    expect(feedbackTitle({ title: ' ', excerpt: 'x'.repeat(100) })).toBe(`${'x'.repeat(79)}…`);
    expect(feedbackTitle({ title: '', text: '' })).toBe('Untitled feedback');
  });
});
