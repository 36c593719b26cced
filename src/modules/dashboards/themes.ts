/**
 * Theme words of a set of comments, simply and explainably: lower-cased words of four letters or more
 * (letters of any alphabet), common English words left out, each counted once per comment; a theme is a word
 * at least two comments use, most used first (ties alphabetical).
 */

const STOP = new Set(
  (
    'about above after again against also always another anything because been before being below between ' +
    'both cannot could does doing done down during each even every from further have having here hers ' +
    'herself himself into itself just like many more most much must myself need never only other ours over ' +
    'please really same several should since some still such than that their theirs them themselves then ' +
    'there these they thing things this those through time under until very want were what when where which ' +
    'while whom will with would your yours yourself make made makes using used uses well good great ' +
    'product team work works working'
  ).split(' '),
);

export function themeWords(texts: readonly string[], limit: number): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(
      (text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])
        .map((w) => w.replace(/['’]s$/, ''))
        .filter((w) => [...w].length >= 4 && !STOP.has(w)),
    );
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word, count]) => ({ word, count }));
}
