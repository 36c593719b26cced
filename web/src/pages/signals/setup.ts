import { snippetFor } from '../../../../src/modules/ingest/snippet.ts';
import type { SourceKind } from './queries';

export const KIND_LABEL: Record<SourceKind, string> = {
  website: 'Website',
  app: 'Product app',
  server: 'Server',
};
export const KIND_HINT: Record<SourceKind, string> = {
  website:
    'A site you publish: paste one line and its pageviews, referrers, UTM tags and outbound clicks come in.',
  app: 'Your product in the browser or on mobile: send events with the PostHog or Segment SDK you already use.',
  server:
    'Your back end: send sign-ups, purchases and other facts with posthog-node or Segment’s analytics-node.',
};

/** How long the old key keeps working after a rotation (the server allows 0–168 hours). */
export const GRACE_CHOICES = [
  { value: '0', label: 'Stop the old key now' },
  { value: '1', label: '1 hour' },
  { value: '24', label: '24 hours (default)' },
  { value: '72', label: '3 days' },
  { value: '168', label: '7 days' },
];

// The server's own function (pure): the snippet shown is the one the script route answers for.
export { snippetFor };

/** Setup code per client: only the host (and key) change in the SDK people already run. */
export function setupFor(origin: string, key: string) {
  return {
    snippet: snippetFor(origin, key),
    posthogJs: `import posthog from 'posthog-js';

posthog.init('${key}', { api_host: '${origin}/ingest/posthog' });`,
    posthogNode: `import { PostHog } from 'posthog-node';

const posthog = new PostHog('${key}', { host: '${origin}/ingest/posthog' });
posthog.capture({ distinctId: user.id, event: 'purchase', properties: { revenue: 49 } });`,
    segment: `import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: '${key}', host: '${origin}/ingest/segment' });
analytics.track({ userId: user.id, event: 'purchase', properties: { revenue: 49 } });`,
  };
}

/** The domains typed in the form, as the server stores them: trimmed, lower case, no duplicates. */
export function cleanDomains(list: string[]): string[] {
  const out: string[] = [];
  for (const d of list) {
    const t = d.trim().toLowerCase().replace(/\.$/, '');
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A hint for text that is plainly not a bare host (a scheme, a path, a port or a space), else null. */
export function domainProblem(text: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
    return `Leave out ${text.split('//')[0]}// — just the host, like www.example.com`;
  if (/[/\s:?#@]/.test(text)) return `“${text}” is not a host name: enter it like www.example.com`;
  return null;
}
