import { isHttpUrl, normaliseUtm, taggedUrl } from '../../../../src/modules/campaigns/utm.ts';

/*
 * The UTM rules are the server's own module (src/modules/campaigns/utm.ts, pure and free of server
 * dependencies), bundled here so the builder previews exactly the link the server will store. The saved
 * link shown is always the server's answer.
 */
export {
  isHttpUrl,
  MEDIUM_BY_CHANNEL,
  normaliseUtm,
  SOURCE_BY_CHANNEL,
  UTM_MAX,
} from '../../../../src/modules/campaigns/utm.ts';

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

/** The tagged URL the server would build, or why it would refuse: source, medium and campaign must survive normalisation. */
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
  return { ok: true, url: taggedUrl(destination, tags), tags };
}
