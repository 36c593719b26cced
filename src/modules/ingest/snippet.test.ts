import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetFor, SNIPPET_PATH, SNIPPET_VERSION } from './snippet.ts';
import { snippetScript } from './snippet-bundle.ts';
import { createIngestEnv, type IngestEnv } from './segment-testing.ts';

describe('the website snippet', () => {
  it('is one line naming the script with its version and the key', () => {
    expect(snippetFor('https://tandem.example.com/some/path', 'sk_live_abc')).toBe(
      `<script defer src="https://tandem.example.com${SNIPPET_PATH}?v=${SNIPPET_VERSION}" data-key="sk_live_abc"></script>`,
    );
    expect(snippetFor('http://localhost:3000', 'a"b<c')).toContain('data-key="a&#34;b&#60;c"');
  });

  it("names the installed tracker's version, so an upgrade changes the cached address", () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve('node_modules/@plausible-analytics/tracker/package.json'), 'utf8'),
    ) as { version: string };
    expect(SNIPPET_VERSION.startsWith(`${pkg.version}-`)).toBe(true);
  });

  it('bundles the Plausible tracker under 3 KB gzipped', async () => {
    const script = await snippetScript();
    expect(script.code).toContain('/ingest/plausible/api/event?key=');
    expect(script.code).toContain('Outbound Link: Click');
    expect(gzipSync(script.code).length).toBeLessThan(3 * 1024);
  });

  describe('served', () => {
    let env: IngestEnv;
    beforeAll(async () => {
      env = await createIngestEnv();
    });
    afterAll(() => env.close());

    it('as JavaScript other sites may load, cached for a year at its version', async () => {
      const res = await env.app.inject({ method: 'GET', url: `${SNIPPET_PATH}?v=${SNIPPET_VERSION}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body).toBe((await snippetScript()).code);
      const old = await env.app.inject({ method: 'GET', url: `${SNIPPET_PATH}?v=0.0.1-1` });
      expect(old.headers['cache-control']).toBe('public, max-age=86400');
      const again = await env.app.inject({
        method: 'GET',
        url: SNIPPET_PATH,
        headers: { 'if-none-match': res.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
    });
  });
});
