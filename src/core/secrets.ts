import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A new random secret: session cookies, API tokens, invitation tokens, source keys (24 bytes: 32 characters). */
export const newSecret = (prefix = '', bytes = 32) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** Secrets are random and long, so a fast hash is enough to store them (unlike passwords). */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of nothing, checked when an email is unknown so both paths take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
};
