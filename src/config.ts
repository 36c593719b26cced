import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
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
  /** A request's headers and body must arrive within this many milliseconds (slow senders are cut off). */
  TANDEM_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(3_600_000)
    .default(DEFAULT_REQUEST_TIMEOUT_MS),
  TANDEM_PG_PREPARE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Behind a reverse proxy: which hops to believe about the client address (see trustProxy below). */
  TANDEM_TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      const parsed = trustProxy(v);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? z.NEVER : parsed;
    }),
  /** Largest workspace import body, in bytes; a larger one is refused (413) before it is read. */
  TANDEM_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_IMPORT_MAX_BYTES),
  /** Months of market events kept before the current one; older monthly partitions are dropped. */
  TANDEM_EVENTS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(25),
});

/** Fastify's trustProxy: off, every hop, the proxies' addresses and CIDR ranges, or a number of hops. */
export type TrustProxy = boolean | string[] | { hops: number };

// proxy-addr's names for address ranges (Fastify resolves them).
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry) || isIP(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length || !/^\d{1,3}$/.test(bits ?? '')) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TANDEM_TRUST_PROXY: `false` (default: X-Forwarded-For is ignored, so nobody can claim another address),
 * `true` (believe every hop: only when the proxy replaces what clients send), or a comma-separated list of
 * the proxies' addresses, CIDR ranges or `loopback` / `linklocal` / `uniquelocal`. Returns an error message
 * for anything else. A hop count (`1`: the last address in X-Forwarded-For is the client's) trusts that many
 * hops whoever sent them, so it is only for a Tandem no client can reach except through those proxies; an address
 * list is safer, because it believes only the proxies themselves.
 */
export function trustProxy(value: string): TrustProxy | string {
  const v = value.trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops >= 1 && hops <= 16 ? { hops } : `a hop count is 1 to 16 (${v})`;
  }
  const entries = v.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isAddressOrRange(e));
  if (bad !== undefined)
    return `"${bad}" is not an address or CIDR range; use true, false or a comma-separated list of addresses`;
  return entries;
}

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
  trustProxy: TrustProxy;
  requestTimeoutMs: number;
  importMaxBytes: number;
  eventsRetentionMonths: number;
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
    trustProxy: e.TANDEM_TRUST_PROXY,
    requestTimeoutMs: e.TANDEM_REQUEST_TIMEOUT_MS,
    importMaxBytes: e.TANDEM_IMPORT_MAX_BYTES,
    eventsRetentionMonths: e.TANDEM_EVENTS_RETENTION_MONTHS,
  };
}
