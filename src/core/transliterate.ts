/**
 * Latin letters that Unicode does not decompose into a base letter and a mark, spelt in ASCII the way
 * slugify and most URL slug generators spell them. Accented letters (ö, é, å…) are left to NFKD, which
 * splits them into the base letter and a mark that `toAscii` drops: ö → o, as in Swedish, Finnish or
 * Turkish, not the German-only oe.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'ng',
  Ŋ: 'NG',
  ĸ: 'k',
  ſ: 's',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Latin text in ASCII letters: "Größe" → "Grosse", "Ærø" → "AEro", "Zürich" → "Zurich". Characters of
 * other scripts are kept as they are (a caller that needs ASCII only drops them).
 */
export function toAscii(value: string): string {
  return value
    .replace(SPECIAL, (c) => LETTERS[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
