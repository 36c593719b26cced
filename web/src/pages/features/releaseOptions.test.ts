import { describe, expect, it } from 'vitest';
import { releasePickerOptions } from './releaseOptions';

const products = [
  { id: 'line', name: 'Northwind Analytics Platform', parentId: null },
  { id: 'dash', name: 'Northwind Dashboards', parentId: 'line' },
  { id: 'pipe', name: 'Northwind Pipelines', parentId: 'line' },
];
const r = (id: string, productId: string | null, targetDate: string | null = null) => ({
  id,
  name: `Release ${id}`,
  productId,
  targetDate,
});

describe('releasePickerOptions', () => {
  it("puts the feature's product, then its line, then cross-product releases, then the rest", () => {
    const groups = releasePickerOptions(
      [r('p1', 'pipe'), r('x1', null), r('l1', 'line', '2027-02-01'), r('d1', 'dash'), r('l2', 'line')],
      products,
      'dash',
    );
    expect(groups.map((g) => g.group)).toEqual([
      'Northwind Dashboards',
      'Northwind Analytics Platform',
      'Across products',
      'Northwind Pipelines',
    ]);
    expect(groups[1]!.items).toEqual([
      { value: 'l1', label: 'Release l1 · 1 Feb 2027' },
      { value: 'l2', label: 'Release l2' },
    ]);
  });
});
