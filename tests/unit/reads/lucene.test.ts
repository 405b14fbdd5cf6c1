import { luceneQuery } from '../../../src/reads/lucene';

describe('luceneQuery', () => {
  it('matches every term exactly or as a prefix', () => {
    expect(luceneQuery('Bécancour lith')).toBe('(bécancour OR bécancour*) AND (lith OR lith*)');
  });
  it('escapes Lucene syntax and drops operators so user text is never a query', () => {
    expect(luceneQuery('name:x* OR (a')).toBe('(name\\:x\\* OR name\\:x\\**) AND (or OR or*) AND (\\(a OR \\(a*)');
    expect(luceneQuery('  *** ')).toBe('');
  });
});
