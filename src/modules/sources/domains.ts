import type { FieldError } from '../../core/errors.ts';

/** At most this many host names per website source. */
export const MAX_DOMAINS = 20;

// A DNS label: letters, digits and inner dashes, 1–63 long (punycode labels included).
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A host name as stored: trimmed and lower-cased, international names in their punycode form. Exact hosts:
 * `www.example.com` and `example.com` are two domains (Plausible sends the one the page was given). Null when
 * the text is not a bare host name (a scheme, a path, a port or a stray character).
 */
export function normaliseDomain(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (!t || t.length > 253) return null;
  let host = t;
  if (/[^\x20-\x7e]/.test(t)) {
    try {
      host = new URL(`http://${t}`).hostname;
    } catch {
      return null;
    }
  }
  return host.split('.').every((l) => LABEL.test(l)) && host.length <= 253 ? host : null;
}

/** The domains of a request, normalised and de-duplicated in their order, with a field error per bad one. */
export function normaliseDomains(list: readonly string[]): { domains: string[]; errors: FieldError[] } {
  const domains: string[] = [];
  const errors: FieldError[] = [];
  list.forEach((text, i) => {
    const host = normaliseDomain(text);
    if (!host)
      errors.push({
        path: `domains.${i}`,
        message: `“${text.slice(0, 100)}” is not a host name: enter it like www.example.com, without https:// or a path.`,
      });
    else if (!domains.includes(host)) domains.push(host);
  });
  if (domains.length > MAX_DOMAINS)
    errors.push({ path: 'domains', message: `A source has at most ${MAX_DOMAINS} domains.` });
  return { domains, errors };
}
