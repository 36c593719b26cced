import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Largest workspace import accepted, by default (a whole workspace is far bigger than other requests). */
export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TANDEM_DATA_DIR: z.string().min(1).default('./.tandem'),
  // An empty value means unset, as shells and .env files often leave it.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Sessions live this many days without use before they expire. */
  TANDEM_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Secure cookies need HTTPS; off by default so a local http:// start works. */
  TANDEM_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** HTTP worker processes (PostgreSQL server only); `auto` is one per core. */
  TANDEM_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Named prepared statements on PostgreSQL; `false` behind a pooler in transaction mode (PgBouncer). */
  TANDEM_PG_PREPARE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Largest workspace import body, in bytes; a larger one is refused (413) before it is read. */
  TANDEM_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_IMPORT_MAX_BYTES),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  sessionDays: number;
  secureCookies: boolean;
  pgPrepare: boolean;
  workers: number;
  importMaxBytes: number;
};

/** Reads the configuration from the environment; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.TANDEM_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.TANDEM_SESSION_DAYS,
    secureCookies: e.TANDEM_SECURE_COOKIES,
    pgPrepare: e.TANDEM_PG_PREPARE,
    workers: e.TANDEM_WORKERS === 'auto' ? os.availableParallelism() : e.TANDEM_WORKERS,
    importMaxBytes: e.TANDEM_IMPORT_MAX_BYTES,
  };
}
