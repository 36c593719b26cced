import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The website script: @plausible-analytics/tracker bundled with esbuild (a dependency already) around a few
 * lines of glue, built on the first request and kept for the process's life. Nothing is downloaded.
 *
 * The glue reads `data-key` from its own <script> tag, points the tracker at this server's Plausible endpoint
 * with the key, records pageviews (the URL carries UTM values; the tracker sends the referrer) and outbound
 * link clicks, and exposes custom events as `window.tandem(name, props)` (calls queued in `window.tandem.q`
 * before it loaded are replayed). `data-localhost` records visits on localhost, which the tracker skips.
 */
const glue = (tracker: string) => `
import { init, track } from ${JSON.stringify(tracker)};
(function () {
  var script = document.currentScript;
  var key = script && script.getAttribute('data-key');
  if (!key) return;
  var queued = (window.tandem && window.tandem.q) || [];
  init({
    domain: script.getAttribute('data-domain') || location.hostname,
    endpoint: new URL(script.src).origin + '/ingest/plausible/api/event?key=' + encodeURIComponent(key),
    outboundLinks: true,
    captureOnLocalhost: script.hasAttribute('data-localhost'),
    bindToWindow: false,
    logging: false
  });
  window.tandem = function (name, props) {
    track(String(name), { props: props || {} });
  };
  for (var i = 0; i < queued.length; i++) window.tandem.apply(null, queued[i]);
})();
`;

export type SnippetScript = { code: string; etag: string; gzipped: number };

let built: Promise<SnippetScript> | undefined;

/** The script, built once; a failed build is retried on the next request. */
export function snippetScript(): Promise<SnippetScript> {
  built ??= build().catch((err: unknown) => {
    built = undefined;
    throw err;
  });
  return built;
}

async function build(): Promise<SnippetScript> {
  const { build: esbuild } = await import('esbuild');
  const tracker = createRequire(import.meta.url).resolve('@plausible-analytics/tracker');
  const out = await esbuild({
    stdin: { contents: glue(tracker), resolveDir: path.dirname(tracker), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return {
    code,
    etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 22)}"`,
    gzipped: gzipSync(code).length,
  };
}
