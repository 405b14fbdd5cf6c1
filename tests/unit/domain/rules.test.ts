import {
  coordinatesPaired,
  mineralIdentity,
  rangeProblem,
  impliedCountry,
  isOwnParent,
  isStartYear,
  regionOutsideCountry,
  START_YEAR,
} from '../../../src/domain/rules';
import { planCompany, planFacility } from '../../../src/editing/entity-plans';
import { SEED_FILES, type SeedFileName } from '../../../src/seed/contract';
import { formatIssue } from '../../../src/seed/issues';
import { validateFiles } from '../../../src/seed/validate/validate-directory';
import { removeDir, writeSeedDir } from '../../fixtures/seed/fixture';

/** The seed validator's lines for a seed directory made of these files. */
async function seedIssues(files: Partial<Record<SeedFileName, string>>): Promise<string[]> {
  const dir = writeSeedDir(files);
  try {
    const specs = SEED_FILES.filter((s) => s.file in files);
    const result = await validateFiles(dir, specs, { dbNote: 'nor in the database', batchSize: 10, maxIssues: 0 });
    return result.issues.sorted(SEED_FILES.map((s) => s.file)).map(formatIssue);
  } finally {
    removeDir(dir);
  }
}

const COUNTRIES = 'id,name\nCA,Canada\nUS,United States\n';
const facilities = (row: string) => `id,name,kind,status,country,lat,lon,startYear\n${row}\n`;

describe('domain rules', () => {
  it('a start year lies in 1800..2100', () => {
    expect([1800, 2024, 2100].every(isStartYear)).toBe(true);
    expect([1799, 2101, 2000.5].some(isStartYear)).toBe(false);
    expect(START_YEAR).toEqual({ min: 1800, max: 2100 });
  });

  it('latitude and longitude go together', () => {
    expect(coordinatesPaired(true, true)).toBe(true);
    expect(coordinatesPaired(false, false)).toBe(true);
    expect(coordinatesPaired(true, false)).toBe(false);
  });

  it('a company is not its own parent', () => {
    expect(isOwnParent('co:a', 'co:a')).toBe(true);
    expect(isOwnParent('co:a', 'co:b')).toBe(false);
    expect(isOwnParent('co:a', null)).toBe(false);
  });

  it("a link's minerals: one is `mineral`, several the sorted `minerals`; a `mineral` beside a list is in it", () => {
    expect(mineralIdentity('li', [])).toEqual({ mineral: 'li' });
    expect(mineralIdentity(undefined, ['li'])).toEqual({ mineral: 'li' });
    expect(mineralIdentity(undefined, ['ni', 'co', 'ni'])).toEqual({ minerals: ['co', 'ni'] });
    expect(mineralIdentity('ni', ['ni', 'co'])).toEqual({ minerals: ['co', 'ni'] });
    expect(mineralIdentity('cu', ['ni', 'co'])).toEqual({
      minerals: ['co', 'cu', 'ni'],
      problem: "'cu' is not one of minerals (ni;co)",
    });
    expect(mineralIdentity(undefined, [])).toEqual({});
  });

  it('a number lies in the range the model gives its property', () => {
    expect(rangeProblem(0.5, { min: 0, max: 1 })).toBeUndefined();
    expect(rangeProblem(1.2, { min: 0, max: 1 })).toBe('must be between 0 and 1');
    expect(rangeProblem(-1, { min: 0 })).toBe('must be >= 0');
    expect(rangeProblem(Number.NaN, { min: 0 })).toBe('must be >= 0');
    expect(rangeProblem(7, { max: 5 })).toBe('must be <= 5');
    expect(rangeProblem(-7, {})).toBeUndefined();
  });

  it('a region implies its country, and must lie in the country given with it', () => {
    expect(impliedCountry('CA', undefined)).toBe('CA');
    expect(impliedCountry('CA', 'US')).toBe('US');
    expect(impliedCountry(null, null)).toBeUndefined();
    expect(regionOutsideCountry('CA', 'US')).toBe(true);
    expect(regionOutsideCountry('CA', 'CA')).toBe(false);
    expect(regionOutsideCountry('CA', undefined)).toBe(false);
  });
});

describe('the rules, from the mutation planner', () => {
  const facility = { id: 'fac:x', name: 'X', kind: 'MINE', status: 'OPERATING' } as Parameters<typeof planFacility>[0];
  it('start year, coordinates and own parent', () => {
    expect(planFacility({ ...facility, startYear: 2200 }, 'create').problems).toEqual([
      { path: 'input.startYear', message: 'must be between 1800 and 2100' },
    ]);
    expect(planFacility({ ...facility, latitude: 45 }, 'create').problems).toEqual([
      { path: 'input.latitude', message: 'give latitude and longitude together' },
    ]);
    expect(planCompany({ id: 'co:a', name: 'A', parent: 'co:a' }, 'create').problems).toEqual([
      { path: 'input.parent', message: 'a company cannot be its own parent' },
    ]);
    expect(planFacility({ ...facility, region: 'CA-QC' }, 'create').regionForCountry).toBe('CA-QC');
  });
});

describe('the rules, from the seed validator', () => {
  it('start year, coordinates and own parent', async () => {
    expect(
      await seedIssues({
        'countries.csv': COUNTRIES,
        'facilities.csv': facilities('fac:a,A,MINE,OPERATING,CA,45,,2200'),
        'companies.csv': 'id,name,parent\nco:a,A,co:a\n',
      }),
    ).toEqual([
      'companies.csv:2: parent: a company cannot be its own parent',
      'facilities.csv:2: lon: lat and lon go together: give both or neither',
      'facilities.csv:2: startYear: 2200 is out of range (1800 to 2100)',
    ]);
  });

  it('a region must lie in the country given with it', async () => {
    const lines = await seedIssues({
      'countries.csv': COUNTRIES,
      'regions.csv': 'id,name,country\nCA-QC,Quebec,CA\n',
      'facilities.csv': 'id,name,kind,status,country,region\nfac:a,A,MINE,OPERATING,US,CA-QC\n',
    });
    expect(lines).toEqual([
      expect.stringMatching(/^facilities\.csv:2: region: region 'CA-QC' is in country 'CA', not 'US'/),
    ]);
  });
});
