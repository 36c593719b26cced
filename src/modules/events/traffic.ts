import type { TrafficChannel } from '../../core/enums.ts';
import { normaliseCode } from '../affiliates/affiliates.ts';
import { normaliseUtm } from '../campaigns/utm.ts';
import { SEARCH_ENGINES, SOCIAL_NETWORKS, VIDEO_SITES, WEBMAIL } from './traffic-sources.ts';
import type { Utm } from './types.ts';

/**
 * Where a visit came from, read once when its event is written: UTM values (given, or from the URL), the
 * click id, an affiliate's referral code, the referrer's domain and the channel group. Pure.
 *
 * OWNED BY attribution/ (the channel rules); the writer only calls it.
 *
 * Stored forms: utm_campaign canonical as campaigns keep theirs (campaigns/utm.ts normaliseUtm), so a visit
 * matches its campaign by equality (and by index); utm_source and utm_medium lower case (grouping "Google" and
 * "google" together); utm_content and utm_term as sent. A referrer on one of the source's own domains is no
 * referrer (moving between pages of the site, or a payment page coming back, is not a new origin).
 */
export type Traffic = {
  path: string | null;
  referrerDomain: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
  utmTerm: string | null;
  clickId: string | null;
  referralCode: string | null;
  channel: TrafficChannel;
};

/** Ad click ids by the channel they mean; the first one the URL carries is kept. */
const CLICK_ID_CHANNELS = {
  gclid: 'paid_search',
  gbraid: 'paid_search',
  wbraid: 'paid_search',
  msclkid: 'paid_search',
  fbclid: 'paid_social',
  ttclid: 'paid_social',
  li_fat_id: 'paid_social',
  twclid: 'paid_social',
  dclid: 'display',
} as const satisfies Record<string, TrafficChannel>;
export const CLICK_IDS = Object.keys(CLICK_ID_CHANNELS) as (keyof typeof CLICK_ID_CHANNELS)[];

/** URL parameters carrying an affiliate's referral code (Rewardful ?via=, most others ?ref=). */
const REFERRAL_PARAMS = ['ref', 'via', 'aff'] as const;

export function classifyTraffic(input: {
  url?: string;
  referrer?: string;
  utm?: Utm;
  ownDomains?: string[];
}): Traffic {
  const url = parse(input.url);
  const q = url?.searchParams;
  const pick = (given: string | undefined, name: string) => clean(given ?? q?.get(name) ?? null);
  const lower = (v: string | null) => v?.toLowerCase() ?? null;
  const referrerHost = hostOf(parse(input.referrer));
  const own = referrerHost !== null && isOwn(referrerHost, input.ownDomains ?? [], hostOf(url));
  const referrerDomain = own ? null : referrerHost;
  const utmSource = lower(pick(input.utm?.source, 'utm_source'));
  const utmMedium = lower(pick(input.utm?.medium, 'utm_medium'));
  const campaign = pick(input.utm?.campaign, 'utm_campaign');
  const clickId = CLICK_IDS.find((k) => q?.has(k)) ?? null;
  const code = referralCode(q, referrerDomain);
  return {
    path: url ? url.pathname : null,
    referrerDomain,
    utmSource,
    utmMedium,
    utmCampaign: campaign ? normaliseUtm(campaign) || null : null,
    utmContent: pick(input.utm?.content, 'utm_content'),
    utmTerm: pick(input.utm?.term, 'utm_term'),
    clickId,
    referralCode: code,
    channel: channelOf({ utmSource, utmMedium, clickId, referralCode: code, referrerDomain }),
  };
}

/**
 * The channel group, after GA4's default channel groups: the sender's UTM tags first (a marketer's explicit
 * word), then an ad click id, an affiliate's code, the referrer, and direct when there is nothing.
 */
export function channelOf(t: {
  utmSource: string | null;
  utmMedium: string | null;
  clickId: string | null;
  referralCode: string | null;
  referrerDomain: string | null;
}): TrafficChannel {
  if (t.utmSource || t.utmMedium) {
    const byUtm = utmChannel(t.utmSource ?? '', t.utmMedium ?? '');
    if (byUtm !== 'other') return byUtm;
  }
  if (t.clickId) return CLICK_ID_CHANNELS[t.clickId as keyof typeof CLICK_ID_CHANNELS] ?? 'other';
  if (t.referralCode) return 'affiliate';
  if (t.utmSource || t.utmMedium) return 'other';
  if (t.referrerDomain) return referrerChannel(t.referrerDomain);
  return 'direct';
}

const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const SOCIAL_MEDIUMS = new Set([
  'social',
  'social-network',
  'social-media',
  'sm',
  'social network',
  'social media',
]);
const EMAIL = /^(email|e-mail|e_mail|e mail|newsletter)$/;
const DISPLAY_MEDIUMS = new Set(['display', 'banner', 'expandable', 'interstitial', 'cpm']);

function utmChannel(source: string, medium: string): TrafficChannel {
  const search = isListed(source, SEARCH_ENGINES);
  const social = isListed(source, SOCIAL_NETWORKS);
  const video = isListed(source, VIDEO_SITES);
  const paid = PAID.test(medium);
  if (DISPLAY_MEDIUMS.has(medium)) return 'display';
  if (paid && search) return 'paid_search';
  if (paid && social) return 'paid_social';
  if (paid && video) return 'video';
  if (paid) return medium === 'paid-social' || medium === 'paid_social' ? 'paid_social' : 'other';
  if (social || SOCIAL_MEDIUMS.has(medium)) return 'organic_social';
  if (video || medium === 'video') return 'video';
  if (search || medium === 'organic') return 'organic_search';
  if (EMAIL.test(medium) || EMAIL.test(source)) return 'email';
  if (medium === 'affiliate' || medium === 'affiliates' || medium === 'partner') return 'affiliate';
  if (medium === 'referral' || medium === 'link') return 'referral';
  return 'other';
}

function referrerChannel(domain: string): TrafficChannel {
  if (isListed(domain, WEBMAIL)) return 'email';
  if (isListed(domain, SEARCH_ENGINES)) return 'organic_search';
  if (isListed(domain, SOCIAL_NETWORKS)) return 'organic_social';
  if (isListed(domain, VIDEO_SITES)) return 'video';
  return 'referral';
}

/**
 * Whether a host name (google.co.uk, m.facebook.com) or a utm_source (google, google-ads, facebook.com) is one of
 * a list's sites. A brand matches a host when it is a label followed only by short top-level labels (google.de,
 * google.co.uk, but not ask.example.com).
 */
export function isListed(value: string, list: readonly string[]): boolean {
  if (!value) return false;
  if (!value.includes('.')) {
    const head = value.split(/[^a-z0-9]+/)[0] ?? '';
    return list.includes(value) || list.includes(head);
  }
  const labels = value.replace(/^www\./, '').split('.');
  return list.some((entry) => {
    if (entry.includes('.')) return value === entry || value.endsWith(`.${entry}`);
    const at = labels.lastIndexOf(entry);
    return at >= 0 && at < labels.length - 1 && labels.slice(at + 1).every((l) => l.length <= 3);
  });
}

/**
 * The affiliate code a link carries. `?ref=` also names sites (`?ref=producthunt` from producthunt.com): a value
 * that is the referring site's own name or a listed site is a source, not a code.
 */
function referralCode(q: URLSearchParams | undefined, referrerDomain: string | null): string | null {
  for (const name of REFERRAL_PARAMS) {
    const value = clean(q?.get(name) ?? null);
    if (!value) continue;
    const lower = value.toLowerCase();
    const site = referrerDomain?.split('.').slice(-2, -1)[0];
    if (name === 'ref' && (lower === site || lower === referrerDomain || isKnownSite(lower))) continue;
    return normaliseCode(value).slice(0, 64);
  }
  return null;
}

const isKnownSite = (v: string) =>
  isListed(v, SEARCH_ENGINES) || isListed(v, SOCIAL_NETWORKS) || isListed(v, VIDEO_SITES);

/** A referrer on the site itself: one of the source's domains (or their subdomains), or the page's own host. */
function isOwn(host: string, ownDomains: string[], pageHost: string | null): boolean {
  const own = ownDomains.map((d) => d.toLowerCase().replace(/^www\./, ''));
  if (pageHost) own.push(pageHost);
  return own.some((d) => host === d || host.endsWith(`.${d}`));
}

function hostOf(url: URL | null): string | null {
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function parse(s: string | undefined): URL | null {
  if (!s) return null;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

function clean(v: string | null): string | null {
  const t = v?.trim();
  return t ? t.slice(0, 200) : null;
}
