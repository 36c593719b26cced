import type { Channel } from './labels';

/*
 * The UTM rules of the server (src/modules/campaigns/utm.ts), mirrored so the builder previews exactly
 * the link the server will store. The saved link shown is always the server's own.
 */

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

/** utm_source by channel when none is given. */
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
 * A canonical UTM value: lower case, accents stripped, every run of other characters one dash, no dash at
 * either end, at most 100 characters. "Spring Launch – Zürich 2027!" → "spring-launch-zurich-2027".
 */
export function normaliseUtm(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, UTM_MAX)
    .replace(/-+$/, '');
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

export type UtmInput = {
  destination: string;
  source: string;
  medium: string;
  campaign: string;
  content?: string;
  term?: string;
};

export type UtmPreview =
  | {
      ok: true;
      url: string;
      tags: { source: string; medium: string; campaign: string; content: string; term: string };
    }
  | { ok: false; error: string };

/**
 * The tagged URL the server would build: every value normalised, existing query parameters kept, existing
 * utm_* replaced, the fragment kept. Source, medium and campaign must survive normalisation.
 */
export function previewTaggedUrl(input: UtmInput): UtmPreview {
  const destination = input.destination.trim();
  if (!destination) return { ok: false, error: 'Enter the destination URL' };
  if (!isHttpUrl(destination))
    return {
      ok: false,
      error: 'The destination must be an absolute http(s) URL, like https://example.com/page',
    };
  const tags = {
    source: normaliseUtm(input.source),
    medium: normaliseUtm(input.medium),
    campaign: normaliseUtm(input.campaign),
    content: normaliseUtm(input.content ?? ''),
    term: normaliseUtm(input.term ?? ''),
  };
  for (const key of ['source', 'medium', 'campaign'] as const)
    if (!tags[key]) return { ok: false, error: `utm_${key} needs at least one letter or digit` };
  const url = new URL(destination);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('utm_')) url.searchParams.delete(key);
  url.searchParams.set('utm_source', tags.source);
  url.searchParams.set('utm_medium', tags.medium);
  url.searchParams.set('utm_campaign', tags.campaign);
  if (tags.content) url.searchParams.set('utm_content', tags.content);
  if (tags.term) url.searchParams.set('utm_term', tags.term);
  return { ok: true, url: url.toString(), tags };
}
