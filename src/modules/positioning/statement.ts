/** The parts of a positioning the statement is derived from. */
export type StatementFields = {
  targetCustomer: string;
  customerNeed: string;
  marketCategory: string;
  valueThemes: { theme: string; proof: string }[];
  competitiveAlternatives: string[];
  uniqueAttributes: string[];
};

/** Fields a statement needs, in the order the statement uses them. */
const REQUIRED = [
  'targetCustomer',
  'customerNeed',
  'marketCategory',
  'valueThemes',
  'competitiveAlternatives',
  'uniqueAttributes',
] as const;

/**
 * The classic positioning statement, derived from a positioning's fields:
 * "For <target> who <need>, <product> is a <category> that delivers <benefit>. Unlike <alternative>,
 * <product> offers <differentiation>." The benefit is the first two value themes, the alternative the
 * first two competitive alternatives, the differentiation the first three unique attributes: a statement
 * is one breath, not the whole document. Themes and attributes read best as noun phrases.
 * `missing` names the empty fields; the statement is null until none is.
 */
export function positioningStatement(
  productName: string,
  p: StatementFields,
): { statement: string | null; missing: string[] } {
  const themes = p.valueThemes.map((v) => clean(v.theme)).filter(Boolean);
  const alternatives = p.competitiveAlternatives.map(clean).filter(Boolean);
  const attributes = p.uniqueAttributes.map(clean).filter(Boolean);
  const present: Record<(typeof REQUIRED)[number], boolean> = {
    targetCustomer: clean(p.targetCustomer) !== '',
    customerNeed: clean(p.customerNeed) !== '',
    marketCategory: clean(p.marketCategory) !== '',
    valueThemes: themes.length > 0,
    competitiveAlternatives: alternatives.length > 0,
    uniqueAttributes: attributes.length > 0,
  };
  const missing = REQUIRED.filter((f) => !present[f]);
  if (missing.length > 0) return { statement: null, missing };
  const product = clean(productName);
  const category = clean(p.marketCategory);
  const statement =
    `For ${clean(p.targetCustomer)} who ${clean(p.customerNeed)}, ${product} is ${article(category)} ${category} ` +
    `that delivers ${list(themes.slice(0, 2).map(lowerFirst), 'and')}. ` +
    `Unlike ${list(alternatives.slice(0, 2), 'or')}, ${product} offers ${list(attributes.slice(0, 3).map(lowerFirst), 'and')}.`;
  return { statement, missing: [] };
}

/** Trims a phrase and drops the full stop a writer may have ended it with. */
const clean = (s: string) => s.trim().replace(/[.;,]+$/, '');

/** Lower-cases a leading capital unless the phrase opens with an acronym (BI, SQL-native). */
function lowerFirst(s: string): string {
  if (/^[A-Z]{2}/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "a" or "an" by the sound of the first letter (a heuristic: vowels take "an"). */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "x", "x and y", "x, y and z". */
function list(items: string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
