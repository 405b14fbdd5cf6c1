import { SEED_FILES, type SeedFileName } from '../../../../src/seed/contract';
import { formatIssue, type SeedIssue } from '../../../../src/seed/issues';
import { QualityChecks } from '../../../../src/seed/quality/checks';
import { comparePartial, partialDate } from '../../../../src/seed/quality/dates';
import { validateFiles } from '../../../../src/seed/validate/validate-directory';
import { removeDir, writeSeedDir } from '../../../fixtures/seed/fixture';

/** Validates files (all of them valid by the contract) and returns the quality warnings, formatted. */
async function qualityOf(
  files: Partial<Record<SeedFileName, string>>,
): Promise<{ problems: string[]; warnings: string[] }> {
  const dir = writeSeedDir(files);
  const found: SeedIssue[] = [];
  let checks: QualityChecks | undefined;
  try {
    const result = await validateFiles(
      dir,
      SEED_FILES.filter((s) => s.file in files),
      {
        dbNote: '',
        batchSize: 100,
        maxIssues: 0,
        onRow: (file, row, ctx) => {
          checks ??= new QualityChecks((i) => found.push(i), ctx.regionCountry);
          checks.row(file, row);
        },
      },
    );
    return { problems: result.issues.sorted([]).map(formatIssue), warnings: found.map(formatIssue) };
  } finally {
    removeDir(dir);
  }
}

const PLACES = {
  'countries.csv': 'id,name\nUS,United States\nCA,Canada\n',
  'regions.csv': 'id,name,country\nUS-TN,Tennessee,US\nCA-QC,Quebec,CA\n',
};

describe('data-quality checks', () => {
  it('warns, located, when a facility lies outside its region, naming where it lies', async () => {
    const { problems, warnings } = await qualityOf({
      ...PLACES,
      'facilities.csv':
        'id,name,kind,status,country,region,lat,lon\n' +
        'fac:ok,Spring Hill,CELL,OPERATING,US,US-TN,35.75,-86.93\n' +
        'fac:bad,Tennessee plant at Quebec coordinates,CELL,OPERATING,US,US-TN,46.34,-72.43\n' +
        'fac:country-only,Somewhere in the US,CELL,OPERATING,US,,10.0,-20.0\n',
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      'facilities.csv:3: lat: 46.34, -72.43 lies outside US-TN (it is in CA-QC)',
      'facilities.csv:4: lat: 10, -20 lies outside every region of US',
    ]);
  });

  it('warns when an agreement date comes before an earlier step', async () => {
    const { warnings } = await qualityOf({
      'agreements.csv':
        'id,name,kind,status,signed,effective,announced,expires\n' +
        'agr:ok,Ok,OFFTAKE,SIGNED,2020-01-09,2020-07-01,2019,2036-07-01\n' +
        'agr:bad,Bad,OFFTAKE,SIGNED,2021-05-01,2020-07-01,2021-06,2019\n',
    });
    expect(warnings).toEqual([
      'agreements.csv:3: signed: signed 2021-05-01 comes before announced 2021-06',
      'agreements.csv:3: effective: effective 2020-07-01 comes before signed 2021-05-01',
      'agreements.csv:3: expires: expires 2019 comes before effective 2020-07-01',
    ]);
  });

  it('warns when until comes before since, at their common precision', async () => {
    const { warnings } = await qualityOf({
      'facilities.csv': 'id,name,kind,status\nfac:a,A,MINE,OPERATING\nfac:b,B,REFINERY,OPERATING\n',
      'supply.csv': 'supplier,customer,since,until\nfac:a,fac:b,2023-03,2023\nfac:a,fac:b,2024,2023-12\n',
      'ownership.csv': 'company,facility,since,until\n',
    });
    expect(warnings).toEqual(['supply.csv:3: until: until 2023-12 comes before since 2024']);
  });

  it('flags a link whose since falls before its facility operated, or after it closed', async () => {
    const { warnings } = await qualityOf({
      'facilities.csv':
        'id,name,kind,status,startYear,status_as_of\n' +
        'fac:mine,Mine,MINE,OPERATING,2015,\n' +
        'fac:new,New plant,CELL,OPERATING,2022,\n' +
        'fac:built,Being built,CATHODE,CONSTRUCTION,,2024-12\n' +
        'fac:shut,Shut,EV_ASSEMBLY,CLOSED,,2025-03\n',
      'supply.csv':
        'supplier,customer,since\n' +
        'fac:mine,fac:new,2023\n' +
        'fac:mine,fac:new,2020\n' +
        'fac:mine,fac:built,2024\n' +
        'fac:mine,fac:built,2026\n' +
        'fac:mine,fac:shut,2025-06\n',
    });
    expect(warnings).toEqual([
      "supply.csv:3: since: fac:new starts operating in 2022 (facilities.csv:3), after this link's since 2020",
      "supply.csv:4: since: fac:built is CONSTRUCTION as of 2024-12 (facilities.csv:4), so not operating at this link's since 2024",
      "supply.csv:6: since: fac:shut is CLOSED as of 2025-03 (facilities.csv:5), before this link's since 2025-06",
    ]);
  });
});

describe('partial dates', () => {
  it('reads reduced precision and compares at the common precision', () => {
    expect(partialDate('2024-Q4 (CIM release 2024_Q4.20250218.0)')).toBe('2024');
    expect(partialDate('2024-12')).toBe('2024-12');
    expect(partialDate('soon')).toBeUndefined();
    expect(comparePartial('2023', '2023-06')).toBe(0);
    expect(comparePartial('2023-05-31', '2023-06')).toBeLessThan(0);
  });
});
