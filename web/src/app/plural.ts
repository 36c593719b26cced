const COUNT = new Intl.NumberFormat('en-US');

/**
 * A count with its noun, singular for one: "1 item", "3 items", "1,204 customers". The plural is the noun
 * with an s unless given ("1 person", "2 people"). Every place a count meets a noun uses it.
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
