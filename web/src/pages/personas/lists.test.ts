import { describe, expect, it } from 'vitest';
import {
  changedFields,
  channelLabel,
  fieldLabel,
  humanize,
  linesToList,
  listToLines,
  sameList,
} from './lists';

describe('list helpers', () => {
  it('reads one item per line, trimming and skipping blank lines', () => {
    expect(linesToList('  Fewer ad-hoc requests \n\n Tests on every model\n ')).toEqual([
      'Fewer ad-hoc requests',
      'Tests on every model',
    ]);
    expect(linesToList('')).toEqual([]);
  });

  it('round-trips a list through the textarea', () => {
    const list = ['Metrics defined once', 'Tests on every model'];
    expect(linesToList(listToLines(list))).toEqual(list);
  });

  it('humanizes enum values and labels channels', () => {
    expect(humanize('economic_buyer')).toBe('Economic buyer');
    expect(channelLabel('seo')).toBe('SEO');
    expect(channelLabel('brand_new')).toBe('Brand new');
    expect(fieldLabel('marketCategory')).toBe('market category');
    expect(fieldLabel('valueThemes')).toBe('value themes');
  });

  it('compares lists of strings and objects by value', () => {
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList([{ p: 1 }], [{ p: 1 }])).toBe(true);
  });

  it('keeps only the fields that changed', () => {
    const before = { name: 'Vera', goals: ['a'], title: 'VP' };
    expect(changedFields(before, { ...before, goals: ['a', 'b'] })).toEqual({ goals: ['a', 'b'] });
    expect(changedFields(before, { ...before })).toEqual({});
  });
});
