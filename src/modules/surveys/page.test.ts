import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  type Client,
  createTestEnv,
  newTeam,
  type Team,
  type TestEnv,
} from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { sha256 } from '../../core/secrets.ts';
import { EMBED_SCRIPT, PAGE_SCRIPT, pageScript } from './client-scripts.ts';
import { surveyRecipients, surveys } from './schema.ts';
import { EMBED_VERSION, surveySnippetFor } from './snippet.ts';

let env: TestEnv;
let team: Team;
let visitor: Client;
let productId: string;
const HOSTILE = '<img src=x onerror=alert(1)> & "quoted"';

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Survey page');
  productId = (await factories(env, team).product({ name: 'Falcon <b>Pro</b>' })).id;
  visitor = anonymous(env.app);
});
afterAll(() => env.close());

/** A survey as the surveys API stores it (the API itself is another module's). */
async function survey(over: Partial<typeof surveys.$inferInsert> = {}) {
  const [row] = await env.database.db
    .insert(surveys)
    .values({
      workspaceId: team.workspaceId,
      name: 'NPS',
      kind: 'nps',
      productId,
      question: 'How likely are you to recommend us?',
      ...over,
    })
    .returning();
  return row!;
}

async function recipient(surveyId: string, answered = false) {
  const token = randomUUID();
  await env.database.db.insert(surveyRecipients).values({
    workspaceId: team.workspaceId,
    surveyId,
    tokenHash: sha256(token),
    answeredAt: answered ? new Date() : null,
  });
  return token;
}

describe('hosted survey page', () => {
  it('renders an NPS survey with every piece of its text escaped, under a CSP that runs only its own script', async () => {
    const s = await survey({ question: HOSTILE, followUp: HOSTILE, thankYou: HOSTILE });
    const res = await visitor.get(`/s/${s.id}?d=${encodeURIComponent('"><script>alert(2)</script>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).not.toContain('<img');
    expect(res.body).not.toContain('<b>');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;');
    expect(res.body).toContain('Falcon &lt;b&gt;Pro&lt;/b&gt;');
    expect(res.body).toContain('data-distinct-id="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    // One radio per score, 0 to 10, with the scale's end labels.
    expect(res.body.match(/type="radio" name="score"/g)).toHaveLength(11);
    expect(res.body).toContain('0 = Not at all likely');
    expect(res.body).toContain('10 = Extremely likely');
    expect(res.body).toContain(`<script defer src="/s/page.js?v=${pageScript.version}"></script>`);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('asks an open question as the comment box, and a CSAT on 1 to 5', async () => {
    const open = await visitor.get(
      `/s/${(await survey({ kind: 'open', question: 'What should we build?' })).id}`,
    );
    expect(open.body).toContain('<label for="comment">What should we build?</label>');
    expect(open.body).not.toContain('type="radio"');
    const csat = await visitor.get(`/s/${(await survey({ kind: 'csat', followUp: '' })).id}`);
    expect(csat.body.match(/type="radio" name="score"/g)).toHaveLength(5);
    expect(csat.body).toContain('1 = Very dissatisfied');
    expect(csat.body).toContain('Anything you would like to add?');
  });

  it('answers 404 with a page for an unknown survey or a malformed address', async () => {
    for (const id of [randomUUID(), 'not-a-survey']) {
      const res = await visitor.get(`/s/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Survey not found');
    }
  });

  it('says why a survey cannot be answered from this link: closed, used, unknown token, invitation only', async () => {
    const closed = await survey({ status: 'closed' });
    expect((await visitor.get(`/s/${closed.id}`)).body).toContain('This survey is closed');
    const personal = await survey({ requireToken: true });
    expect((await visitor.get(`/s/${personal.id}`)).body).toContain('This survey is by invitation');
    const used = await recipient(personal.id, true);
    expect((await visitor.get(`/s/${personal.id}?t=${used}`)).body).toContain(
      'This link has already been used',
    );
    expect((await visitor.get(`/s/${personal.id}?t=nope`)).body).toContain('This link is not valid');
    // Another survey's token is not valid here.
    const elsewhere = await recipient((await survey()).id);
    expect((await visitor.get(`/s/${personal.id}?t=${elsewhere}`)).body).toContain('This link is not valid');
    const fresh = await recipient(personal.id);
    const form = await visitor.get(`/s/${personal.id}?t=${fresh}`);
    expect(form.body).toContain(`data-token="${fresh}"`);
    expect(form.body).toContain('<form id="survey"');
  });

  it('serves the page script and the snippet script with long caches on their versioned addresses', async () => {
    const page = await visitor.get(`/s/page.js?v=${pageScript.version}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(page.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(page.body).toBe(PAGE_SCRIPT);
    const again = await visitor.get('/s/page.js', { 'if-none-match': String(page.headers.etag) });
    expect(again.statusCode).toBe(304);
    const embed = await visitor.get(`/s/embed.js?v=${EMBED_VERSION}`);
    expect(embed.body).toBe(EMBED_SCRIPT);
    expect(embed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(embed.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const unversioned = await visitor.get('/s/embed.js');
    expect(unversioned.headers['cache-control']).toBe('public, max-age=86400');
    const css = await visitor.get(`/s/embed.css?v=${EMBED_VERSION}`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('scripts hold no eval, inline handler or style attribute (strict CSP on customers’ sites)', () => {
    for (const code of [PAGE_SCRIPT, EMBED_SCRIPT]) {
      expect(code).not.toMatch(/\beval\(|new Function|innerHTML|setAttribute\('style'|\.style\./);
      // Both parse as scripts.
      expect(() => new Function(code)).not.toThrow();
    }
  });

  it('gives the snippet to paste, its attributes escaped', () => {
    expect(surveySnippetFor('https://tandem.example/some/path', 'abc"<')).toBe(
      `<script defer src="https://tandem.example/s/embed.js?v=${EMBED_VERSION}" data-survey="abc&#34;&#60;" data-distinct-id=""></script>`,
    );
    expect(surveySnippetFor('https://tandem.example', 'x', { manual: true })).toContain(
      'data-trigger="manual"',
    );
  });
});
