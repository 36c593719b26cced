import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../app/labels';
import { MEDIUM_BY_CHANNEL, normaliseUtm, previewTaggedUrl, SOURCE_BY_CHANNEL } from './utm';

describe('normaliseUtm', () => {
  it('lowercases, strips accents and turns runs of other characters into one dash', () => {
    expect(normaliseUtm('Spring Launch – Zürich 2027!')).toBe('spring-launch-zurich-2027');
    expect(normaliseUtm('  LinkedIn  Ads ')).toBe('linkedin-ads');
    expect(normaliseUtm('a__b..c')).toBe('a-b-c');
  });

  it('leaves nothing of a value without letters or digits', () => {
    expect(normaliseUtm('—!!—')).toBe('');
  });

  it('cuts at 100 characters without a trailing dash', () => {
    const long = `${'a'.repeat(99)} bcd`;
    expect(normaliseUtm(long)).toBe('a'.repeat(99));
    expect(normaliseUtm('x'.repeat(150))).toHaveLength(100);
  });
});

describe('previewTaggedUrl', () => {
  const base = { source: 'LinkedIn', medium: 'Paid Social', campaign: 'Spring Launch 2027' };

  it('tags the destination with normalised values', () => {
    const p = previewTaggedUrl({ destination: 'https://example.com/page', ...base, content: 'Hero Banner' });
    expect(p).toMatchObject({
      ok: true,
      url: 'https://example.com/page?utm_source=linkedin&utm_medium=paid-social&utm_campaign=spring-launch-2027&utm_content=hero-banner',
    });
  });

  it('keeps other query parameters and the fragment, and replaces existing utm_*', () => {
    const p = previewTaggedUrl({
      destination: 'https://example.com/p?ref=x&utm_source=old&utm_term=old#pricing',
      ...base,
    });
    expect(p.ok && p.url).toBe(
      'https://example.com/p?ref=x&utm_source=linkedin&utm_medium=paid-social&utm_campaign=spring-launch-2027#pricing',
    );
  });

  it('leaves out empty content and term', () => {
    const p = previewTaggedUrl({ destination: 'https://example.com', ...base, content: ' ', term: '' });
    expect(p.ok && p.url).not.toContain('utm_content');
    expect(p.ok && p.url).not.toContain('utm_term');
  });

  it('refuses a relative or non-http destination', () => {
    expect(previewTaggedUrl({ destination: '/pricing', ...base }).ok).toBe(false);
    expect(previewTaggedUrl({ destination: 'ftp://example.com', ...base }).ok).toBe(false);
    expect(previewTaggedUrl({ destination: '', ...base })).toEqual({
      ok: false,
      error: 'Enter the destination URL',
    });
  });

  it('refuses a source, medium or campaign that normalises to nothing', () => {
    const p = previewTaggedUrl({ destination: 'https://example.com', ...base, medium: '***' });
    expect(p).toEqual({ ok: false, error: 'utm_medium needs at least one letter or digit' });
  });
});

describe('channel defaults', () => {
  it('has a source and a medium for every channel', () => {
    for (const c of CHANNELS) {
      expect(normaliseUtm(SOURCE_BY_CHANNEL[c])).toBe(SOURCE_BY_CHANNEL[c]);
      expect(normaliseUtm(MEDIUM_BY_CHANNEL[c])).toBe(MEDIUM_BY_CHANNEL[c]);
    }
    expect(MEDIUM_BY_CHANNEL.paid_search).toBe('cpc');
  });
});
