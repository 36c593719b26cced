import type { TrafficChannel } from '../../core/enums.ts';
import type { Utm } from './types.ts';

/**
 * Where a visit came from, read once when its event is written: UTM values (given, or from the URL), the
 * click id, an affiliate's referral code, the referrer's domain and the channel group. Pure.
 *
 * OWNED BY attribution/ (the channel rules); the writer only calls it.
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

export function classifyTraffic(input: {
  url?: string;
  referrer?: string;
  utm?: Utm;
  ownDomains?: string[];
}): Traffic {
  const url = parse(input.url);
  const q = url?.searchParams;
  const pick = (given: string | undefined, name: string) => clean(given ?? q?.get(name) ?? null);
  const referrer = parse(input.referrer);
  const referrerDomain = referrer ? referrer.hostname.replace(/^www\./, '').toLowerCase() : null;
  const utmMedium = pick(input.utm?.medium, 'utm_medium');
  const utmSource = pick(input.utm?.source, 'utm_source');
  const clickId = CLICK_IDS.find((k) => q?.has(k)) ?? null;
  const code = clean(q?.get('ref') ?? q?.get('via') ?? q?.get('aff') ?? null);
  return {
    path: url ? url.pathname : null,
    referrerDomain,
    utmSource,
    utmMedium,
    utmCampaign: pick(input.utm?.campaign, 'utm_campaign'),
    utmContent: pick(input.utm?.content, 'utm_content'),
    utmTerm: pick(input.utm?.term, 'utm_term'),
    clickId,
    referralCode: code ? code.toUpperCase() : null,
    channel: code
      ? 'affiliate'
      : clickId
        ? 'paid_search'
        : utmMedium || utmSource
          ? 'other'
          : referrerDomain
            ? 'referral'
            : 'direct',
  };
}

export const CLICK_IDS = ['gclid', 'fbclid', 'msclkid', 'ttclid', 'li_fat_id', 'twclid'] as const;

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
