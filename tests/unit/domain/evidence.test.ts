import neo4j from 'neo4j-driver';
import { Confidence, parseConfidence, partialDateOf } from '../../../src/domain/evidence';

describe('evidence values read back from the graph', () => {
  it('parseConfidence: a confidence in any case and padding, nothing else', () => {
    expect(parseConfidence(' reported ')).toBe(Confidence.REPORTED);
    expect(parseConfidence('CONFIRMED')).toBe(Confidence.CONFIRMED);
    expect(parseConfidence('likely')).toBeUndefined();
    expect(parseConfidence(2)).toBeUndefined();
    expect(parseConfidence(null)).toBeUndefined();
  });

  it('partialDateOf: strings, years stored as numbers and driver dates by their text; nothing else', () => {
    expect(partialDateOf(' 2024-03 ')).toBe('2024-03');
    expect(partialDateOf(2025)).toBe('2025');
    expect(partialDateOf(new neo4j.types.Date(2021, 12, 31))).toBe('2021-12-31');
    expect(partialDateOf(neo4j.int(2020))).toBe('2020');
    expect(partialDateOf('2024-13')).toBeNull();
    expect(partialDateOf({})).toBeNull();
    expect(partialDateOf(null)).toBeNull();
    expect(partialDateOf(undefined)).toBeNull();
  });
});
