import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { invalidField } from '../../core/errors.ts';

/**
 * Password strength, estimated by zxcvbn-ts with its common-password and English dictionaries.
 *
 * Threshold: score 3, about 10^8 guesses ("safely unguessable" in zxcvbn's terms). With argon2id storage and
 * login throttling, that is out of reach online and costly offline; score 4 would refuse memorable
 * passphrases such as "invitee password".
 */
export const MIN_SCORE = 3;

// Only the first characters are estimated: zxcvbn's time grows steeply with length (a 200-character
// l33t-heavy password took 2.4 s), and a password whose first 48 characters are strong is strong. Fewer
// l33t substitutions tried per password bounds the worst case near 0.1 s; common l33t words are still found.
const OPTIONS = { maxLength: 48, l33tMaxSubstitutions: 10 } as const;
/** Parts of a name or email shorter than this are too common to refuse (`al`, `j`). */
const MIN_PERSONAL_PART = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The estimator, built on first use: its dictionaries are ~25 MB of heap, and most processes never need them. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      ...OPTIONS,
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return estimator;
}

/** The email's local part and the person's name, whole and in words: what a guesser tries first. */
function personalParts(person: { email: string; name: string }): string[] {
  const local = person.email.split('@')[0]!.toLowerCase();
  const name = person.name.trim().toLowerCase();
  const words = [...local.split(/[^\p{L}\p{N}]+/u), ...name.split(/[^\p{L}\p{N}]+/u)];
  return [...new Set([local, name, ...words])].filter((p) => p.length >= MIN_PERSONAL_PART);
}

/** Why a password is too weak for this person, or null when it is strong enough. */
export async function passwordWeakness(
  password: string,
  person: { email: string; name: string },
): Promise<string | null> {
  const parts = personalParts(person);
  // zxcvbn lowers the score of a password built on user inputs, but not always below 3 ("priya2024!!x"
  // scores 3 for Priya): a password carrying your own name or email is refused outright.
  const lower = password.toLowerCase();
  const found = parts.find((p) => lower.includes(p));
  if (found)
    return `It contains "${found}" from your name or email address, which is the first thing a guesser tries.`;
  const result = (await loadEstimator()).check(password, parts);
  if (result.score >= MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  return [warning ?? 'It is easy to guess.', ...suggestions].join(' ');
}

/** Refuses a weak password with a 422 on the `password` field that says why. */
export async function requireStrongPassword(
  password: string,
  person: { email: string; name: string },
): Promise<void> {
  const why = await passwordWeakness(password, person);
  if (why) throw invalidField('password', `Choose a stronger password. ${why}`);
}
