import { describe, expect, it } from 'vitest';
import { nextSort, sortState } from './data';

describe('feature table sorting', () => {
  it('starts numbers high-first and text A–Z, and flips on a second click', () => {
    expect(nextSort('-score', 'title')).toBe('title');
    expect(nextSort('title', 'customerRevenue')).toBe('-customerRevenue');
    expect(nextSort('title', 'rank')).toBe('rank');
    expect(nextSort('-score', 'score')).toBe('score');
    expect(nextSort('score', 'score')).toBe('-score');
  });

  it('reports aria-sort for each header', () => {
    expect(sortState('-score', 'score')).toBe('descending');
    expect(sortState('title', 'title')).toBe('ascending');
    expect(sortState('title', 'score')).toBe('none');
  });
});
