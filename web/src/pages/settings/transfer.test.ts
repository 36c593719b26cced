import { describe, expect, it } from 'vitest';
import { importedCounts, readExportFile } from './transfer';

describe('reading an export file in the browser', () => {
  it('takes a JSON object and proposes its workspace name', () => {
    const text = JSON.stringify({ format: 'x', workspace: { id: '1', name: 'Northwind' } });
    expect(readExportFile('a.json', text)).toEqual({ body: JSON.parse(text), exportedName: 'Northwind' });
  });

  it('names the file and says what is wrong, in words', () => {
    expect(readExportFile('empty.json', ' ')).toEqual({ error: 'empty.json is empty.' });
    expect(readExportFile('notes.txt', 'hello')).toEqual({
      error: 'notes.txt is not a JSON file. Choose a file downloaded from “Export this workspace”.',
    });
    expect(readExportFile('list.json', '[1,2]')).toEqual({
      error: 'list.json is not a Tandem workspace export.',
    });
  });
});

describe('import counts', () => {
  it('reads table names as words, without empty tables or the members row', () => {
    expect(importedCounts({ members: 1, products: 4, featureFeedback: 1200, launches: 0 })).toEqual([
      'Products: 4',
      'Feature feedback: 1,200',
    ]);
  });
});
