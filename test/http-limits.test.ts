import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';
import { openTestDatabase } from './harness.ts';
import type { Database } from '../src/db/client.ts';

/**
 * What Node's HTTP parser and Fastify's router refuse before a route runs, checked on a real socket
 * (app.inject never goes through the parser): every refusal is problem+json, and a slow sender is cut off.
 */

const TIMEOUT_MS = 500;
let database: Database;
let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({
    database,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false, requestTimeoutMs: TIMEOUT_MS },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Raw = { status: number; headers: Record<string, string>; body: string; ms: number };

/** Sends raw bytes (in pieces, `gapMs` apart) and reads the answer until the server closes or answers. */
function raw(pieces: string[], gapMs = 0): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body, ms: Date.now() - started });
    };
    socket.on('data', (d) => {
      received += d.toString('latin1');
      const [head, body] = received.split('\r\n\r\n');
      const length = /content-length: *(\d+)/i.exec(head ?? '')?.[1];
      if (body !== undefined && length !== undefined && Buffer.byteLength(body, 'latin1') >= Number(length))
        finish();
    });
    socket.on('close', finish);
    socket.on('error', (err) =>
      (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? finish() : reject(err),
    );
    let i = 0;
    const sendNext = () => {
      if (socket.destroyed || i >= pieces.length) return;
      socket.write(pieces[i++]!);
      timer = setTimeout(sendNext, gapMs);
    };
    socket.on('connect', sendNext);
  });
}

const expectProblem = (res: Raw, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(JSON.parse(res.body)).toMatchObject({ status });
};

describe('refusals before any route', () => {
  it('answers a path parameter longer than the router takes with 414 problem+json', async () => {
    const res = await raw([
      `GET /api/v1/workspaces/${'a'.repeat(300)}/products HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    ]);
    expectProblem(res, 414);
  });

  it('answers headers over Node’s limit with 431 problem+json', async () => {
    const res = await raw([`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expectProblem(res, 431);
  });

  it('answers a request that is not HTTP with 400 problem+json', async () => {
    expectProblem(await raw(['NONSENSE\r\n\r\n']), 400);
  });

  it('answers a malformed percent escape in the path with 400 problem+json', async () => {
    const res = await raw([
      `GET /api/v1/workspaces/%/products HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    ]);
    expectProblem(res, 400);
  });

  it('answers bad JSON 400, a body over the limit 413 and a non-JSON body 415, all problem+json', async () => {
    const post = (type: string, body: string, length = Buffer.byteLength(body)) =>
      raw([
        `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: ${type}\r\n` +
          `Content-Length: ${length}\r\n\r\n${body}`,
      ]);
    expectProblem(await post('application/json', '{"email":'), 400);
    expectProblem(await post('application/json', '{}', 5 * 1024 * 1024), 413);
    expectProblem(await post('text/plain', 'hello'), 415);
  });
});

describe('request timeout', () => {
  it('cuts a body trickled one byte per 200 ms with 408 problem+json within the limit', async () => {
    const body = JSON.stringify({ email: 'slow@example.test', password: 'x'.repeat(40) });
    const head =
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\n\r\n`;
    const res = await raw([head, ...body.split('')], 200);
    expectProblem(res, 408);
    // The limit, plus Node's check interval (a tenth of it) and a margin for a loaded machine.
    expect(res.ms).toBeLessThan(TIMEOUT_MS * 4);
    expect(res.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('cuts headers trickled slowly too', async () => {
    const head = 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghij\r\n\r\n';
    const res = await raw(head.split(''), 200);
    expectProblem(res, 408);
    expect(res.ms).toBeLessThan(TIMEOUT_MS * 4);
  });

  it('closes a connection that never sends a request', async () => {
    const res = await raw([]);
    expectProblem(res, 408);
    expect(res.ms).toBeLessThan(TIMEOUT_MS * 4);
  });

  it('is a setting, 30 s by default', () => {
    expect(loadConfig({}).requestTimeoutMs).toBe(30_000);
    expect(loadConfig({ TANDEM_REQUEST_TIMEOUT_MS: '1500' }).requestTimeoutMs).toBe(1500);
    expect(() => loadConfig({ TANDEM_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/TANDEM_REQUEST_TIMEOUT_MS/);
  });
});
