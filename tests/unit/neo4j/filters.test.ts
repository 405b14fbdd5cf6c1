import { NodeKind, RelationshipType } from '../../../src/domain/enums';
import { edgeFilters } from '../../../src/domain/model';
import {
  compileEdgeWhere,
  compileOrderBy,
  compileRelationWhere,
  compileWhere,
} from '../../../src/neo4j/queries/filters';

describe('compileWhere', () => {
  it('puts values in parameters, never in the text', () => {
    const w = compileWhere(NodeKind.Facility, {
      nameContains: "x') DETACH DELETE n //",
      country: 'CA',
      kindIn: ['MINE'],
    });
    expect(w.clause).toBe(
      'WHERE toLower(n.name) CONTAINS $w_nameContains AND EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c.id = $w_country } AND n.kind IN $w_kindIn',
    );
    // Lower-cased once here, not per row by Cypher.
    expect(w.params).toEqual({ w_nameContains: "x') detach delete n //", w_country: 'CA', w_kindIn: ['MINE'] });
  });

  it('skips absent values and gives no clause for an empty filter', () => {
    expect(compileWhere(NodeKind.Company, { country: undefined, parent: null })).toEqual({ clause: '', params: {} });
    expect(compileWhere(NodeKind.Company, undefined)).toEqual({ clause: '', params: {} });
  });

  it('means the right relationship for the same field on different kinds', () => {
    expect(compileWhere(NodeKind.Company, { country: 'US' }).clause).toContain('HEADQUARTERED_IN');
    expect(compileWhere(NodeKind.Region, { country: 'US' }).clause).toContain('PART_OF');
    expect(compileWhere(NodeKind.Facility, { country: 'US' }).clause).toContain('LOCATED_IN');
  });

  it('nests AND, OR and NOT with parameters of their own', () => {
    const w = compileWhere(NodeKind.Facility, {
      country: 'CA',
      OR: [{ kind: 'MINE' }, { AND: [{ startYearGte: 2020 }, {}] }],
      NOT: { status: 'CLOSED' },
    });
    expect(w.clause).toBe(
      'WHERE EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c.id = $w_country } AND ' +
        '(n.kind = $w_OR0_kind OR (n.startYear >= $w_OR1_AND0_startYearGte AND true)) AND NOT (n.status = $w_NOT0_status)',
    );
    expect(w.params).toEqual({
      w_country: 'CA',
      w_OR0_kind: 'MINE',
      w_OR1_AND0_startYearGte: 2020,
      w_NOT0_status: 'CLOSED',
    });
    expect(compileWhere(NodeKind.Facility, { OR: [] }).clause).toBe('WHERE false');
    expect(compileWhere(NodeKind.Facility, { NOT: {} }).clause).toBe('WHERE NOT (true)');
  });

  it('passes a bounding box as one map parameter, checked first', () => {
    const w = compileWhere(NodeKind.Facility, { within: { south: 45, west: -80, north: 50, east: -70 } });
    expect(w.clause).toContain(
      'point.withinBBox(n.location, point({longitude: $w_within.west, latitude: $w_within.south})',
    );
    expect(w.params).toEqual({ w_within: { south: 45, west: -80, north: 50, east: -70 } });
    expect(() => compileWhere(NodeKind.Facility, { within: { south: 50, west: 0, north: 45, east: 1 } })).toThrow(
      'Invalid bounding box',
    );
    expect(() => compileWhere(NodeKind.Agreement, { signedGte: '2020-02-30' })).toThrow('signedGte must be a date');
  });

  it('rejects a field that is not in the fixed list', () => {
    expect(() => compileWhere(NodeKind.Country, { kind: 'MINE' })).toThrow(
      "Unsupported filter field 'kind' for Country",
    );
  });
});

describe('compileOrderBy', () => {
  it('defaults to name and always breaks ties by id', () => {
    expect(compileOrderBy(undefined)).toBe('ORDER BY n.name ASC, n.id ASC');
    expect(compileOrderBy([{ field: 'START_YEAR', direction: 'DESC' }])).toBe('ORDER BY n.startYear DESC, n.id ASC');
    expect(compileOrderBy([{ field: 'ID', direction: 'DESC' }])).toBe('ORDER BY n.id DESC');
  });
  it('rejects unknown sort fields', () => {
    expect(() => compileOrderBy([{ field: 'name; DROP', direction: 'ASC' }])).toThrow('Unsupported sort field');
  });
});

describe('edge filters (edgeWhere)', () => {
  it('are derived from the relationship model: number ranges, evidence dates, confidence', () => {
    expect(Object.keys(edgeFilters(RelationshipType.OWNS)).sort()).toEqual(
      ['confidence', 'confidenceIn', 'shareGte', 'shareLte', 'sinceGte', 'sinceLte', 'untilGte', 'untilLte'].sort(),
    );
    expect(Object.keys(edgeFilters(RelationshipType.SUPPLIES))).toEqual(
      expect.arrayContaining(['volumeGte', 'volumeLte', 'sinceGte', 'untilLte']),
    );
    expect(edgeFilters(RelationshipType.COVERS)).toEqual({});
  });

  it('compile to parameterised predicates on the relationship, dates by their first day', () => {
    const params: Record<string, unknown> = {};
    const text = compileEdgeWhere(
      RelationshipType.SUPPLIES,
      { volumeGte: 1000, sinceLte: '2025-06', OR: [{ untilGte: '2026' }, { confidence: 'CONFIRMED' }] },
      'r',
      'e',
      params,
    );
    expect(text).toContain('r.volume >= $e_volumeGte');
    expect(text).toContain("CASE size(toString(r.since)) WHEN 4 THEN toString(r.since) + '-01-01'");
    expect(text).toContain('<= $e_sinceLte');
    expect(text).toContain('toUpper(r.confidence) = $e_OR1_confidence');
    expect(params).toEqual({
      e_volumeGte: 1000,
      e_sinceLte: '2025-06-01',
      e_OR0_untilGte: '2026-01-01',
      e_OR1_confidence: 'CONFIRMED',
    });
    expect(() => compileEdgeWhere(RelationshipType.SUPPLIES, { sinceGte: '2025-13' }, 'r', 'e', {})).toThrow(
      'sinceGte must be a date',
    );
    expect(() => compileEdgeWhere(RelationshipType.OWNS, { volumeGte: 1 }, 'r', 'e', {})).toThrow(
      "Unsupported edge filter field 'volumeGte' for OWNS",
    );
  });

  it('join a relationship field where over the node in one clause', () => {
    const w = compileRelationWhere(
      NodeKind.Facility,
      RelationshipType.OWNS,
      { country: 'CA' },
      { shareGte: 0.5 },
      'n',
      'r',
      'w',
    );
    expect(w.clause).toMatch(/^WHERE EXISTS \{ .* \} AND r\.share >= \$we_shareGte$/);
    expect(w.params).toEqual({ w_country: 'CA', we_shareGte: 0.5 });
  });
});
