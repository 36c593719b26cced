import { describe, expect, it } from 'vitest';
import { themeWords } from './themes.ts';

describe('detractor theme words', () => {
  it('counts a word once per comment, keeps words two comments share, most used first', () => {
    const words = themeWords(
      [
        'Export is slow, export fails on big dashboards',
        'The export to PDF is slow',
        'Pricing went up; export is slow',
        'Dashboards load slowly',
      ],
      10,
    );
    expect(words).toEqual([
      { word: 'export', count: 3 },
      { word: 'slow', count: 3 },
      { word: 'dashboards', count: 2 },
    ]);
  });

  it('leaves out short and common words, and takes any alphabet', () => {
    expect(themeWords(['this would be fine', 'this would be fine'], 10)).toEqual([
      { word: 'fine', count: 2 },
    ]);
    expect(themeWords(['Größe falsch', 'größe stimmt'], 10)).toEqual([{ word: 'größe', count: 2 }]);
  });
});
