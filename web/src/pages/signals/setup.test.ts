import { describe, expect, it } from 'vitest';
import { SNIPPET_VERSION } from '../../../../src/modules/ingest/snippet.ts';
import { filterOf, rowProblem, rowsOf } from './goal-filter';
import { cleanDomains, domainProblem, setupFor, snippetFor } from './setup';

describe('setup instructions', () => {
  it('renders the one-line snippet and each SDK with only the host and key changed', () => {
    expect(snippetFor('https://t.example', 'tdm_k')).toBe(
      `<script defer src="https://t.example/ingest/plausible/js/tandem.js?v=${SNIPPET_VERSION}" data-key="tdm_k"></script>`,
    );
    const code = setupFor('https://t.example', 'tdm_k');
    expect(code.posthogJs).toContain(
      "posthog.init('tdm_k', { api_host: 'https://t.example/ingest/posthog' })",
    );
    expect(code.posthogNode).toContain("new PostHog('tdm_k', { host: 'https://t.example/ingest/posthog' })");
    expect(code.segment).toContain("writeKey: 'tdm_k', host: 'https://t.example/ingest/segment'");
  });

  it('cleans domains as the server stores them and names what is not a host', () => {
    expect(cleanDomains([' WWW.Example.com ', 'www.example.com', 'shop.example.com.', ''])).toEqual([
      'www.example.com',
      'shop.example.com',
    ]);
    expect(domainProblem('https://example.com')).toMatch(/Leave out https:\/\//);
    expect(domainProblem('example.com/pricing')).toMatch(/not a host name/);
    expect(domainProblem('www.example.com')).toBeNull();
  });
});

describe('goal filter rows', () => {
  it('turns typed rows into JSON values and back', () => {
    const rows = rowsOf({ plan: 'pro', seats: 5, trial: false });
    expect(rows.map((r) => r.kind)).toEqual(['text', 'number', 'boolean']);
    expect(filterOf(rows)).toEqual({ plan: 'pro', seats: 5, trial: false });
  });

  it('names the field of a bad row', () => {
    const rows = [
      { key: 'plan', value: 'pro', kind: 'text' as const },
      { key: ' plan', value: 'x', kind: 'text' as const },
      { key: 'seats', value: 'five', kind: 'number' as const },
      { key: '', value: '', kind: 'text' as const },
    ];
    expect(rowProblem(rows[1]!, rows)).toEqual({ field: 'key', message: 'Listed twice' });
    expect(rowProblem(rows[2]!, rows)).toEqual({ field: 'value', message: 'Enter a number' });
    expect(rowProblem(rows[3]!, rows)).toEqual({ field: 'key', message: 'Name the property' });
  });
});
