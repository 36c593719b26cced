import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });

/** Starts `tandem serve` on an empty embedded database and a free port; resolves with its address. */
export async function startServer(options: { seedDemo?: boolean; timeoutMs?: number } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  // Node itself (not npx) so that stopping it stops the server, not just a wrapper.
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...(options.seedDemo ? ['--seed-demo'] : [])];
  const server: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      TANDEM_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // Every answer the screens receive is also checked against its schema (src/http/serialize.ts).
      TANDEM_VERIFY_RESPONSES: 'true',
      // As behind a reverse proxy: each browser context sends its own client address (harness.ts).
      TANDEM_TRUST_PROXY: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${out}`)),
      options.timeoutMs ?? 120_000,
    );
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^\s]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return {
    baseUrl,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  await run('npx', ['tsx', 'scripts/build-web.ts', '--if-stale']);
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
