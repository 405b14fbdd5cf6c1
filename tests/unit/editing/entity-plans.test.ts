import neo4j from 'neo4j-driver';
import { FacilityKind, FacilityStatus, NodeKind, RelationshipType } from '../../../src/domain/enums';
import { planAgreement, planCompany, planFacility, planMineral, planRegion } from '../../../src/editing/entity-plans';
import { relationshipProps } from '../../../src/editing/relationship-writer';

describe('entity write plans', () => {
  it('turns a facility input into properties and link replacements', () => {
    const plan = planFacility(
      {
        id: 'fac:a',
        name: ' A ',
        kind: FacilityKind.MINE,
        status: FacilityStatus.OPERATING,
        latitude: 46.1,
        longitude: -72.5,
        startYear: 2020,
        region: 'CA-QC',
        operator: 'co:x',
        sectors: ['sec:cm'],
      },
      'create',
    );
    expect(plan.problems).toEqual([]);
    expect(plan.props).toMatchObject({ id: 'fac:a', name: 'A', kind: 'MINE', status: 'OPERATING' });
    expect(plan.props.location).toEqual(new neo4j.types.Point(4326, -72.5, 46.1));
    expect(plan.props.startYear).toEqual(neo4j.int(2020));
    expect(plan.links).toEqual([
      { type: RelationshipType.OPERATES, direction: 'IN', other: NodeKind.Company, ids: ['co:x'] },
      { type: RelationshipType.IN_SECTOR, direction: 'OUT', other: NodeKind.Sector, ids: ['sec:cm'] },
      { type: RelationshipType.LOCATED_IN, direction: 'OUT', other: NodeKind.Region, ids: ['CA-QC'] },
    ]);
    // The country comes from the region, resolved by the writer.
    expect(plan.regionForCountry).toBe('CA-QC');
  });

  it('on update leaves omitted fields alone and clears explicit nulls', () => {
    const plan = planFacility({ id: 'fac:a', city: null, operator: null, latitude: null, longitude: null }, 'update');
    expect(plan.problems).toEqual([]);
    expect(plan.props).toEqual({ city: null, location: null });
    expect(plan.links).toEqual([
      { type: RelationshipType.OPERATES, direction: 'IN', other: NodeKind.Company, ids: [] },
    ]);
  });

  it('collects every problem of an input, located by path', () => {
    const plan = planFacility({ id: '_x', name: '', latitude: 10 }, 'create');
    expect(plan.problems).toEqual([
      { path: 'input.id', message: 'must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' },
      { path: 'input.name', message: 'is required' },
      { path: 'input.kind', message: 'is required' },
      { path: 'input.status', message: 'is required' },
      { path: 'input.latitude', message: 'give latitude and longitude together' },
    ]);
    expect(planFacility({ id: 'f', name: null }, 'update').problems).toEqual([
      { path: 'input.name', message: 'cannot be cleared' },
    ]);
  });

  it('validates the other kinds', () => {
    expect(planRegion({ id: 'CA-QC', name: 'Québec' }, 'create').problems).toEqual([
      { path: 'input.country', message: 'is required' },
    ]);
    expect(planCompany({ id: 'co:a', name: 'A', parent: 'co:a' }, 'create').problems).toEqual([
      { path: 'input.parent', message: 'a company cannot be its own parent' },
    ]);
    expect(planMineral({ id: 'li', name: 'Lithium' }, 'create').props.critical).toEqual([]);
    const agreement = planAgreement(
      { id: 'agr:a', name: 'A', kind: null, status: null, signed: '2023-02-30' },
      'create',
    );
    expect(agreement.problems).toEqual([
      { path: 'input.kind', message: 'is required' },
      { path: 'input.status', message: 'is required' },
      { path: 'input.signed', message: 'must be an ISO 8601 date (YYYY-MM-DD)' },
    ]);
    expect(planAgreement({ id: 'agr:a', signed: '2020-07-01' }, 'update').props.signed).toEqual(
      new neo4j.types.Date(2020, 7, 1),
    );
  });
});

describe('relationship properties', () => {
  it('keeps only the properties of the type; mineral is a key, not updated', () => {
    expect(
      relationshipProps(
        { type: RelationshipType.SUPPLIES, from: 'a', to: 'b', mineral: 'li', volume: 5, unit: 't' },
        'create',
      ),
    ).toEqual({ mineral: 'li', volume: 5, unit: 't' });
    expect(
      relationshipProps({ type: RelationshipType.SUPPLIES, from: 'a', to: 'b', mineral: 'li', volume: 6 }, 'update'),
    ).toEqual({ volume: 6 });
    expect(() =>
      relationshipProps({ type: RelationshipType.PRODUCES, from: 'a', to: 'b', capacity: -1, share: 0.5 }, 'create'),
    ).toThrow('Invalid PRODUCES relationship');
  });
});
