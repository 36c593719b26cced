import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/enums.ts';
import { isHttpUrl, MEDIUM_BY_CHANNEL, normaliseUtm, SOURCE_BY_CHANNEL, taggedUrl } from './utm.ts';

describe('UTM values', () => {
  it('normalises names to canonical values', () => {
    expect(normaliseUtm('Spring Launch – Zürich 2027!')).toBe('spring-launch-zurich-2027');
    expect(normaliseUtm('  --Hello__World--  ')).toBe('hello-world');
    expect(normaliseUtm('Ça va? Ønske')).toBe('ca-va-onske');
    expect(normaliseUtm('!!!')).toBe('');
    const long = normaliseUtm(`${'a'.repeat(99)} b`);
    expect(long).toBe('a'.repeat(99));
    expect(normaliseUtm('x'.repeat(150))).toHaveLength(100);
  });

  it('spells Latin letters without a decomposition in ASCII instead of cutting words at them', () => {
    expect(normaliseUtm('Größe')).toBe('grosse');
    expect(normaliseUtm('STRASSE Straße ẞ')).toBe('strasse-strasse-ss');
    expect(normaliseUtm('Ærøskøbing Œuvre')).toBe('aeroskobing-oeuvre');
    expect(normaliseUtm('Łódź Đakovo Þórshöfn')).toBe('lodz-dakovo-thorshofn');
    expect(normaliseUtm('İstanbul ılık')).toBe('istanbul-ilik');
    // Other scripts have no letters a UTM value keeps; what is left must still be canonical.
    expect(normaliseUtm('Москва 2027')).toBe('2027');
  });

  it('has a medium and a source for every channel, already canonical', () => {
    for (const channel of CHANNELS) {
      expect(normaliseUtm(MEDIUM_BY_CHANNEL[channel])).toBe(MEDIUM_BY_CHANNEL[channel]);
      expect(normaliseUtm(SOURCE_BY_CHANNEL[channel])).toBe(SOURCE_BY_CHANNEL[channel]);
    }
    expect(MEDIUM_BY_CHANNEL.paid_search).toBe('cpc');
  });

  it('tags links keeping the query and fragment and replacing old utm values', () => {
    expect(
      taggedUrl('https://example.com/p?ref=x&utm_source=old&utm_term=old#pricing', {
        source: 'newsletter',
        medium: 'email',
        campaign: 'spring-2027',
        content: 'hero-button',
      }),
    ).toBe(
      'https://example.com/p?ref=x&utm_source=newsletter&utm_medium=email&utm_campaign=spring-2027&utm_content=hero-button#pricing',
    );
    expect(taggedUrl('http://a.test', { source: 's', medium: 'm', campaign: 'c', term: 'bi tools' })).toBe(
      'http://a.test/?utm_source=s&utm_medium=m&utm_campaign=c&utm_term=bi+tools',
    );
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://example.com')).toBe(true);
    expect(isHttpUrl('ftp://example.com')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
  });
});
