import type { Channel } from '../../core/enums.ts';
import { toAscii } from '../../core/transliterate.ts';

/** utm_medium by channel: the conventional values analytics tools group traffic by. */
export const MEDIUM_BY_CHANNEL: Record<Channel, string> = {
  email: 'email',
  paid_search: 'cpc',
  paid_social: 'paid-social',
  organic_social: 'social',
  video_ads: 'video',
  content: 'content',
  seo: 'organic',
  website: 'referral',
  events: 'event',
  pr: 'pr',
  webinar: 'webinar',
  affiliate: 'affiliate',
  direct_sales: 'sales',
  in_product: 'in-app',
};

/** utm_source by channel when none is given (a campaign on a named platform should give its own). */
export const SOURCE_BY_CHANNEL: Record<Channel, string> = {
  email: 'newsletter',
  paid_search: 'google',
  paid_social: 'linkedin',
  organic_social: 'linkedin',
  video_ads: 'youtube',
  content: 'blog',
  seo: 'google',
  website: 'website',
  events: 'event',
  pr: 'press',
  webinar: 'webinar',
  affiliate: 'partner',
  direct_sales: 'sales',
  in_product: 'app',
};

export const UTM_MAX = 100;

/**
 * A canonical UTM value: lower case, Latin letters in ASCII (accents stripped, ß → ss, ø → o: core/transliterate.ts),
 * every run of other characters one dash, no dash at either end, at most 100 characters.
 * "Spring Launch – Zürich 2027!" → "spring-launch-zurich-2027", "Größe" → "grosse".
 */
export function normaliseUtm(value: string): string {
  return toAscii(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, UTM_MAX)
    .replace(/-+$/, '');
}

export type UtmTags = { source: string; medium: string; campaign: string; content?: string; term?: string };

/**
 * The destination with the campaign's UTM parameters: existing query parameters are kept, existing utm_*
 * replaced, the fragment kept.
 */
export function taggedUrl(destination: string, tags: UtmTags): string {
  const url = new URL(destination);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('utm_')) url.searchParams.delete(key);
  url.searchParams.set('utm_source', tags.source);
  url.searchParams.set('utm_medium', tags.medium);
  url.searchParams.set('utm_campaign', tags.campaign);
  if (tags.content) url.searchParams.set('utm_content', tags.content);
  if (tags.term) url.searchParams.set('utm_term', tags.term);
  return url.toString();
}

/** Whether a string is an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
