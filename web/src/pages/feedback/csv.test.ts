import { describe, expect, it } from 'vitest';
import { csvField, type ImportReport, rejectedRowsCsv, SAMPLE_CSV, toCsv } from './csv';

describe('CSV writing', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('writes the header, then each row in the header order, missing values empty', () => {
    expect(toCsv(['text', 'source'], [{ source: 'email', text: 'x, y' }, { text: 'z' }])).toBe(
      'text,source\r\n"x, y",email\r\nz,\r\n',
    );
  });

  it('gives back the rejected rows under the file’s own header, ready to fix and import again', () => {
    const report: ImportReport = {
      imported: 3,
      columns: ['text', 'source', 'tags'],
      rejected: [
        {
          row: 2,
          errors: [{ column: 'source', message: 'Unknown source "pigeon"' }],
          values: { text: 'Wrong source', source: 'pigeon', tags: 'a;b' },
        },
        { row: 5, errors: [{ column: 'text', message: 'Text is required' }], values: { text: '' } },
      ],
    };
    expect(rejectedRowsCsv(report)).toBe('text,source,tags\r\nWrong source,pigeon,a;b\r\n,,\r\n');
  });

  it('offers a sample whose header uses known columns only', () => {
    expect(SAMPLE_CSV.split('\r\n')[0]).toBe('text,title,source,sentiment,tags,created_at');
    expect(SAMPLE_CSV.split('\r\n')).toHaveLength(4);
  });
});
