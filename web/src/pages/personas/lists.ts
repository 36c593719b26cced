import { type Channel, CHANNEL_LABEL } from '../../app/labels';

/** Helpers for the many "one item per line" lists product marketing writes (goals, pains, landmines…). */

/** The lines of a textarea as a list: trimmed, blank lines dropped. */
export const linesToList = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A list shown in a textarea, one item per line. */
export const listToLines = (list: readonly string[]): string => list.join('\n');

/** "economic_buyer" → "Economic buyer". */
export const humanize = (value: string): string => {
  const words = value.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A field name as people read it: "marketCategory" → "market category". */
export const fieldLabel = (field: string): string =>
  field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();

export const BUYING_ROLES = [
  'economic_buyer',
  'decision_maker',
  'technical_evaluator',
  'champion',
  'influencer',
  'user',
  'gatekeeper',
] as const;

export const channelLabel = (c: string) => CHANNEL_LABEL[c as Channel] ?? humanize(c);

/** Whether two lists hold the same items in the same order (to send only what changed). */
export const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));

/** The fields of `next` whose value differs from `initial` (a PATCH sends only what the person changed). */
export function changedFields<T extends Record<string, unknown>>(initial: T, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[])
    if (JSON.stringify(initial[key]) !== JSON.stringify(next[key])) out[key] = next[key];
  return out;
}
