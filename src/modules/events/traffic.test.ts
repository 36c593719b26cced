import { describe, expect, it } from 'vitest';
import { classifyTraffic, isListed } from './traffic.ts';
import { SEARCH_ENGINES } from './traffic-sources.ts';

const page = 'https://acme.io/pricing';
type Case = [label: string, input: Parameters<typeof classifyTraffic>[0], channel: string];

describe('channel groups', () => {
  const cases: Case[] = [
    ['nothing at all', { url: page }, 'direct'],
    ['no url either', {}, 'direct'],
    ['Google Ads click id', { url: `${page}?gclid=abc` }, 'paid_search'],
    ['Microsoft Ads click id', { url: `${page}?msclkid=abc` }, 'paid_search'],
    ['cpc medium from a search engine', { url: `${page}?utm_source=Google&utm_medium=CPC` }, 'paid_search'],
    ['ppc medium from bing.com', { url: `${page}?utm_source=bing.com&utm_medium=ppc` }, 'paid_search'],
    [
      'paid search given as UTM object',
      { url: page, utm: { source: 'google-ads', medium: 'paid search' } },
      'paid_search',
    ],
    ['Meta click id', { url: `${page}?fbclid=x` }, 'paid_social'],
    ['TikTok click id', { url: `${page}?ttclid=x` }, 'paid_social'],
    ['LinkedIn click id', { url: `${page}?li_fat_id=x` }, 'paid_social'],
    ['X click id', { url: `${page}?twclid=x` }, 'paid_social'],
    [
      'paid medium from a social network',
      { url: `${page}?utm_source=linkedin&utm_medium=paid` },
      'paid_social',
    ],
    [
      'the campaign builder’s paid-social medium',
      { url: `${page}?utm_source=newsletter-x&utm_medium=paid-social` },
      'paid_social',
    ],
    ['organic search referrer', { url: page, referrer: 'https://www.google.co.uk/' }, 'organic_search'],
    ['DuckDuckGo referrer', { url: page, referrer: 'https://duckduckgo.com/?q=acme' }, 'organic_search'],
    ['organic medium', { url: `${page}?utm_source=somewhere&utm_medium=organic` }, 'organic_search'],
    ['social referrer', { url: page, referrer: 'https://l.facebook.com/l.php' }, 'organic_social'],
    ['t.co referrer', { url: page, referrer: 'https://t.co/xyz' }, 'organic_social'],
    [
      'Hacker News referrer',
      { url: page, referrer: 'https://news.ycombinator.com/item?id=1' },
      'organic_social',
    ],
    ['social medium', { url: `${page}?utm_source=acme&utm_medium=social` }, 'organic_social'],
    ['social source without medium', { url: `${page}?utm_source=linkedin` }, 'organic_social'],
    ['email medium', { url: `${page}?utm_source=march&utm_medium=email` }, 'email'],
    ['newsletter source', { url: `${page}?utm_source=newsletter` }, 'email'],
    ['webmail referrer', { url: page, referrer: 'https://mail.google.com/mail/u/0/' }, 'email'],
    ['affiliate referral code', { url: `${page}?via=datacraft` }, 'affiliate'],
    ['affiliate medium', { url: `${page}?utm_source=datacraft&utm_medium=affiliate` }, 'affiliate'],
    ['display medium', { url: `${page}?utm_source=google&utm_medium=display` }, 'display'],
    ['cpm medium', { url: `${page}?utm_source=network&utm_medium=cpm` }, 'display'],
    ['Display & Video click id', { url: `${page}?dclid=1` }, 'display'],
    ['video referrer', { url: page, referrer: 'https://www.youtube.com/watch?v=1' }, 'video'],
    ['paid video', { url: `${page}?utm_source=youtube&utm_medium=cpc` }, 'video'],
    ['video medium', { url: `${page}?utm_source=acme&utm_medium=video` }, 'video'],
    ['another site', { url: page, referrer: 'https://blog.example.org/post' }, 'referral'],
    ['referral medium', { url: `${page}?utm_source=partner-site&utm_medium=referral` }, 'referral'],
    ['own site is not a referrer', { url: page, referrer: 'https://acme.io/' }, 'direct'],
    [
      'own domain list, subdomain',
      { url: page, referrer: 'https://docs.acme.com/x', ownDomains: ['acme.com'] },
      'direct',
    ],
    ['unknown tags', { url: `${page}?utm_source=podcast&utm_medium=audio` }, 'other'],
    ['unknown tags but a click id', { url: `${page}?utm_source=x1&utm_medium=foo&gclid=1` }, 'paid_search'],
    ['explicit UTM beats a click id', { url: `${page}?utm_source=news&utm_medium=email&gclid=1` }, 'email'],
    [
      '?ref naming the referring site is no code',
      { url: `${page}?ref=producthunt`, referrer: 'https://www.producthunt.com/' },
      'organic_social',
    ],
    [
      '?ref naming a listed site is no code',
      { url: `${page}?ref=github`, referrer: 'https://github.com/acme' },
      'referral',
    ],
    ['unparseable referrer', { url: page, referrer: 'not a url' }, 'direct'],
    ['non-web referrer', { url: page, referrer: 'android-app://com.slack' }, 'direct'],
  ];
  it.each(cases)('%s', (_label, input, channel) => {
    expect(classifyTraffic(input).channel).toBe(channel);
  });
});

describe('stored values', () => {
  it('keeps utm_campaign canonical (as campaigns keep theirs), source and medium lower case', () => {
    const t = classifyTraffic({
      url: 'https://acme.io/a/b?utm_source=LinkedIn&utm_medium=Paid-Social&utm_campaign=Spring%20Launch%20–%20Zürich!&utm_content=Hero%20A&utm_term=%20crm%20',
    });
    expect(t).toMatchObject({
      path: '/a/b',
      utmSource: 'linkedin',
      utmMedium: 'paid-social',
      utmCampaign: 'spring-launch-zurich',
      utmContent: 'Hero A',
      utmTerm: 'crm',
    });
  });

  it('prefers given UTM values over the URL’s, and drops a campaign with nothing canonical left', () => {
    const t = classifyTraffic({ url: 'https://acme.io/?utm_campaign=from-url', utm: { campaign: 'Given' } });
    expect(t.utmCampaign).toBe('given');
    expect(classifyTraffic({ url: 'https://acme.io/?utm_campaign=%21%21' }).utmCampaign).toBeNull();
  });

  it('reads the click id, the referral code upper case and the referrer domain without www', () => {
    const t = classifyTraffic({
      url: 'https://acme.io/?fbclid=1&ref=metric-guild',
      referrer: 'https://www.Example.org/x',
    });
    expect(t).toMatchObject({
      clickId: 'fbclid',
      referralCode: 'METRIC-GUILD',
      referrerDomain: 'example.org',
    });
    expect(classifyTraffic({ url: page, referrer: 'https://acme.io/other' }).referrerDomain).toBeNull();
  });
});

describe('site lists', () => {
  it('match brands on any top-level domain but not as an inner label of another site', () => {
    expect(isListed('google.com.br', SEARCH_ENGINES)).toBe(true);
    expect(isListed('images.google.de', SEARCH_ENGINES)).toBe(true);
    expect(isListed('ask.example.com', SEARCH_ENGINES)).toBe(false);
    expect(isListed('googleusercontent.example', SEARCH_ENGINES)).toBe(false);
    expect(isListed('google-ads', SEARCH_ENGINES)).toBe(true);
  });
});
