import { describe, expect, it } from 'vitest';
import { groupedProductOptions, lineOptions, productChanges, productTree, productValues } from './values';

const p = (id: string, name: string, parentId: string | null = null) => ({
  ...productValues(),
  id,
  name,
  parentId,
});
const line = p('line', 'Northwind Analytics Platform');
const dash = p('dash', 'Northwind Dashboards', 'line');
const pipe = p('pipe', 'Northwind Pipelines', 'line');
const deep = p('deep', 'Dashboards Mobile', 'dash');
const solo = p('solo', 'Acme Notes');

describe('catalog values', () => {
  it('groups every product under the top of its line, however deep', () => {
    const tree = productTree([deep, pipe, solo, dash, line]);
    expect(tree.map((t) => [t.line.id, t.products.map((x) => x.id)])).toEqual([
      ['solo', []],
      ['line', ['deep', 'dash', 'pipe']],
    ]);
  });

  it('shows a product whose line is not loaded at the top instead of losing it', () => {
    expect(productTree([dash]).map((t) => t.line.id)).toEqual(['dash']);
  });

  it('offers lines grouped with their products, the rest last', () => {
    expect(groupedProductOptions([line, dash, solo])).toEqual([
      {
        group: 'Northwind Analytics Platform',
        items: [
          { value: 'line', label: 'Northwind Analytics Platform (whole line)' },
          { value: 'dash', label: 'Northwind Dashboards' },
        ],
      },
      { group: 'Other', items: [{ value: 'solo', label: 'Acme Notes' }] },
    ]);
    expect(groupedProductOptions([solo])).toEqual([{ value: 'solo', label: 'Acme Notes' }]);
  });

  it('offers top-level products as lines, never the product itself', () => {
    expect(lineOptions([line, dash, solo], 'solo')).toEqual([
      { value: 'line', label: 'Northwind Analytics Platform' },
    ]);
  });

  it('sends the filled fields on create and the changed ones on edit', () => {
    expect(productChanges(undefined, { ...productValues(), name: 'A', vision: 'V' })).toEqual({
      vision: 'V',
    });
    expect(productChanges(dash, { ...productValues(dash), name: ' Dashboards ', parentId: null })).toEqual({
      name: 'Dashboards',
      parentId: null,
    });
    expect(productChanges(dash, productValues(dash))).toEqual({});
  });
});
