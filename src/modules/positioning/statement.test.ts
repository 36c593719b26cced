import { describe, expect, it } from 'vitest';
import { positioningStatement, type StatementFields } from './statement.ts';

const complete: StatementFields = {
  targetCustomer: 'mid-market finance teams',
  customerNeed: 'close the books with numbers nobody trusts.',
  marketCategory: 'analytics platform',
  valueThemes: [
    { theme: 'One trusted set of numbers', proof: 'Semantic layer shared by every dashboard' },
    { theme: 'Answers in minutes', proof: 'Median query 1.2 s on 100M rows' },
    { theme: 'Lower cost', proof: 'ignored: only two themes make the statement' },
  ],
  competitiveAlternatives: ['spreadsheets', 'legacy BI suites', 'a third ignored one'],
  uniqueAttributes: ['SQL-native metrics', 'Row-level governance', 'a flat price', 'a fourth, ignored'],
};

describe('positioningStatement', () => {
  it('derives the classic statement from complete fields', () => {
    expect(positioningStatement('Northwind Analytics', complete)).toEqual({
      statement:
        'For mid-market finance teams who close the books with numbers nobody trusts, Northwind Analytics is an ' +
        'analytics platform that delivers one trusted set of numbers and answers in minutes. Unlike spreadsheets ' +
        'or legacy BI suites, Northwind Analytics offers SQL-native metrics, row-level governance and a flat price.',
      missing: [],
    });
  });

  it('uses "a" before a consonant and a single item without a conjunction', () => {
    const { statement } = positioningStatement('Pulse', {
      ...complete,
      marketCategory: 'data observability tool',
      valueThemes: [{ theme: 'Fewer broken dashboards', proof: '' }],
      competitiveAlternatives: ['homegrown scripts'],
      uniqueAttributes: ['lineage-aware alerts'],
    });
    expect(statement).toBe(
      'For mid-market finance teams who close the books with numbers nobody trusts, Pulse is a data observability ' +
        'tool that delivers fewer broken dashboards. Unlike homegrown scripts, Pulse offers lineage-aware alerts.',
    );
  });

  it('names every missing field, treating blank text and blank list items as missing', () => {
    const result = positioningStatement('Pulse', {
      targetCustomer: '  ',
      customerNeed: 'x',
      marketCategory: '',
      valueThemes: [{ theme: ' ', proof: 'p' }],
      competitiveAlternatives: [''],
      uniqueAttributes: ['fast'],
    });
    expect(result).toEqual({
      statement: null,
      missing: ['targetCustomer', 'marketCategory', 'valueThemes', 'competitiveAlternatives'],
    });
  });
});
