import { relationshipProps } from '../../../src/editing/relationship-writer';
import { RelationshipType } from '../../../src/domain/enums';
import { Confidence } from '../../../src/domain/evidence';
import { isAppError } from '../../../src/errors';

/** The checks a relationship input passes before any write, whatever transport it came by. */
const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isAppError(e)) return e.problems;
    throw e;
  }
  return undefined;
};

describe('relationshipProps: evidence fields', () => {
  const supply = { type: RelationshipType.SUPPLIES, from: 'a', to: 'b', mineral: 'li' };

  it('stores confidence lower-case, as the seed does, and keeps the other evidence as given', () => {
    expect(
      relationshipProps(
        {
          ...supply,
          confidence: Confidence.REPORTED,
          source: 'https://example.org/x',
          note: 'n',
          since: '2023',
          until: '2024-06',
        },
        'create',
      ),
    ).toEqual({
      mineral: 'li',
      confidence: 'reported',
      source: 'https://example.org/x',
      note: 'n',
      since: '2023',
      until: '2024-06',
    });
  });

  it('refuses by the domain rules, each problem at its field', () => {
    expect(
      problemsOf(() =>
        relationshipProps(
          { ...supply, confidence: 'sure' as Confidence, source: 'ftp://x', since: '2023-13', until: '2024-02-30' },
          'create',
        ),
      ),
    ).toEqual([
      { path: 'input.confidence', message: 'must be CONFIRMED, REPORTED or INFERRED' },
      { path: 'input.source', message: 'must be an absolute http:// or https:// URL' },
      { path: 'input.since', message: 'must be a real date: YYYY, YYYY-MM or YYYY-MM-DD (years 1800-2100)' },
      { path: 'input.until', message: 'must be a real date: YYYY, YYYY-MM or YYYY-MM-DD (years 1800-2100)' },
    ]);
  });

  it('since after until, by the first days of their periods', () => {
    expect(problemsOf(() => relationshipProps({ ...supply, since: '2024-02', until: '2024' }, 'create'))).toEqual([
      { path: 'input.until', message: 'since 2024-02 is after until 2024' },
    ]);
    // 2024 and 2024-01 are the same first day: a link may start and end on it.
    expect(
      problemsOf(() => relationshipProps({ ...supply, since: '2024', until: '2024-01' }, 'create')),
    ).toBeUndefined();
  });

  it('types whose model declares no evidence refuse it', () => {
    expect(
      problemsOf(() =>
        relationshipProps({ type: RelationshipType.LOCATED_IN, from: 'a', to: 'b', until: '2020' }, 'create'),
      ),
    ).toEqual([{ path: 'input.until', message: "LOCATED_IN has no property 'until'" }]);
  });
});
