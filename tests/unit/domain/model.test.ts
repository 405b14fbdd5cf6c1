import { FacilityKind, parseEnum } from '../../../src/domain/enums';
import { isIsoDate, isValidId, RELATIONSHIPS } from '../../../src/domain/model';
import { loadConfig } from '../../../src/config';

describe('domain model', () => {
  it('accepts ids of the documented pattern only', () => {
    for (const ok of ['CA', 'CA-QC', 'fac:nal-mine', 'a.b_c:d-e', 'x'.repeat(128)]) expect(isValidId(ok)).toBe(true);
    for (const bad of ['', '-a', ':a', 'a b', 'a/b', 'x'.repeat(129), 'é']) expect(isValidId(bad)).toBe(false);
  });
  it('parses enum values case-insensitively', () => {
    expect(parseEnum(FacilityKind, ' ev_assembly ')).toBe(FacilityKind.EV_ASSEMBLY);
    expect(parseEnum(FacilityKind, 'volcano')).toBeUndefined();
  });
  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });
  it('keys SUPPLIES on its mineral and nothing else', () => {
    expect(
      Object.values(RELATIONSHIPS)
        .filter((r) => r.key.length)
        .map((r) => [r.type, r.key]),
    ).toEqual([['SUPPLIES', ['mineral']]]);
  });
});

describe('configuration', () => {
  it('applies defaults and coerces numbers', () => {
    const c = loadConfig({ PORT: '8080' });
    expect(c.PORT).toBe(8080);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe('neo4j');
  });
  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(/PORT[\s\S]*NEO4J_URI: must be a bolt/);
  });
});
