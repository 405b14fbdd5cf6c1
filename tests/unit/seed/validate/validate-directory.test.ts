import fs from 'node:fs';
import { NodeKind } from '../../../../src/domain/enums';
import { SEED_FILES, type SeedFileName } from '../../../../src/seed/contract';
import { formatIssue } from '../../../../src/seed/issues';
import { type ExistingNode, type NodeLookup } from '../../../../src/seed/validate/database-lookup';
import { validateFiles, type ValidationResult } from '../../../../src/seed/validate/validate-directory';
import { materialize, removeDir, writeSeedDir } from '../../../fixtures/seed/fixture';

async function validate(
  files: Partial<Record<SeedFileName, string>>,
  lookup?: NodeLookup,
): Promise<{ result: ValidationResult; lines: string[] }> {
  const dir = writeSeedDir(files);
  try {
    const specs = SEED_FILES.filter((s) => s.file in files);
    const result = await validateFiles(dir, specs, {
      lookup,
      dbNote: 'nor in the database',
      batchSize: 2,
      maxIssues: 0,
    });
    return { result, lines: result.issues.sorted(SEED_FILES.map((s) => s.file)).map(formatIssue) };
  } finally {
    removeDir(dir);
  }
}

/** A database holding the given nodes; records the batches it was asked about. */
function fakeDatabase(nodes: Record<string, ExistingNode>) {
  const calls: string[][] = [];
  const lookup: NodeLookup = (ids) => {
    calls.push([...ids]);
    return Promise.resolve(new Map(ids.filter((id) => id in nodes).map((id) => [id, nodes[id]])));
  };
  return { lookup, calls };
}

const FACILITY_HEADER = 'id,name,kind,status,operator,country,region,city,lat,lon,startYear,sectors,source';

describe('validateFiles', () => {
  it('accepts the valid fixture and counts rows, nodes and relationships', async () => {
    const dir = materialize('valid', '');
    try {
      const result = await validateFiles(dir, SEED_FILES, { dbNote: '', batchSize: 5000, maxIssues: 0 });
      expect(result.issues.sorted([])).toEqual([]);
      expect(result.nodes).toBe(23);
      expect(result.links).toBe(46);
      expect(result.rows.get('facilities.csv')).toBe(6);
      expect(result.regionCountries.get('CA-ON')).toBe('CA');
    } finally {
      removeDir(dir);
    }
  });

  it('checks headers: required columns, duplicates, empty names, extra names, reserved and miscased names', async () => {
    const { lines } = await validate({
      'countries.csv': 'id,name,name, ,location,__x,Name,label,2bad,ok_extra\nCA,Canada,,,,,,,,x\n',
      'facilities.csv': 'id,name,kind,location\nf,F,MINE,x\n',
    });
    expect(lines).toEqual([
      'countries.csv:1: name: column appears more than once',
      'countries.csv:1: (column 4): empty column name',
      "countries.csv:1: __x: '__x' is a reserved property name",
      "countries.csv:1: Name: unknown column; did you mean 'name'? (column names are case-sensitive)",
      "countries.csv:1: label: 'label' is a reserved property name",
      'countries.csv:1: 2bad: extra column names must match ^[A-Za-z_][A-Za-z0-9_]*$',
      "facilities.csv:1: location: 'location' is a reserved property name",
      'facilities.csv:1: status: required column is missing',
    ]);
  });

  it('reports an empty file and a file with only a header is fine', async () => {
    const { lines } = await validate({ 'countries.csv': '', 'sectors.csv': 'id,name\n' });
    expect(lines).toEqual(['countries.csv:1: -: the file is empty: a header row is required']);
  });

  it('reports required cells, bad ids, enums, numbers, integers, dates and ranges at their line and column', async () => {
    const { lines } = await validate({
      'countries.csv': 'id,name\nCA,Canada\n',
      'facilities.csv': `${FACILITY_HEADER}\n-x,,Mine,operating,,,,,91,-181,2200,,\nok,OK,,,,,,,1e2,,,,\n`,
      'agreements.csv': 'id,name,kind,status,signed,effective\na,A,treaty,SIGNED,2020-1-1,2020-13-01\n',
      'outputs.csv': 'facility,mineral,capacity\nok,,-1\n',
    });
    expect(lines).toEqual([
      'facilities.csv:2: lat: 91 is out of range (-90 to 90)',
      'facilities.csv:2: lon: -181 is out of range (-180 to 180)',
      'facilities.csv:2: startYear: 2200 is out of range (1800 to 2100)',
      "facilities.csv:2: id: '-x' is not a valid id (expected ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$)",
      'facilities.csv:2: name: a value is required',
      'facilities.csv:3: lat: 1e2 is out of range (-90 to 90)',
      'facilities.csv:3: lon: lat and lon go together: give both or neither',
      'facilities.csv:3: kind: a value is required',
      'facilities.csv:3: status: a value is required',
      `agreements.csv:2: kind: 'treaty' is not one of TRADE_AGREEMENT, SECTORAL_AGREEMENT, JOINT_ACTION_PLAN, OFFTAKE, INVESTMENT, FUNDING, LEGISLATION`,
      "agreements.csv:2: signed: '2020-1-1' is not an ISO 8601 date (YYYY-MM-DD)",
      "agreements.csv:2: effective: '2020-13-01' is not an ISO 8601 date (YYYY-MM-DD)",
      'outputs.csv:2: mineral: a value is required',
      'outputs.csv:2: capacity: -1 is out of range (0 to inf)',
    ]);
  });

  it('finds duplicate ids within and across files, naming the first definition', async () => {
    const { lines } = await validate({
      'countries.csv': 'id,name\nCA,Canada\nUS,United States\n',
      'sectors.csv': 'id,name\nbattery,Batteries\nUS,Oops\nbattery,Again\n',
    });
    expect(lines).toEqual([
      "sectors.csv:3: id: duplicate id 'US' (first defined at countries.csv:3)",
      "sectors.csv:4: id: duplicate id 'battery' (first defined at sectors.csv:2)",
    ]);
  });

  it('resolves forward references within a file and reports dangling and wrongly-kinded ones', async () => {
    const { lines } = await validate({
      'countries.csv': 'id,name\nCA,Canada\n',
      'companies.csv':
        'id,name,country,parent\nsub,Sub,CA,parent\nparent,Parent,,\norphan,Orphan,XX,ghost\nodd,Odd,sub,\n',
    });
    expect(lines).toEqual([
      "companies.csv:4: country: unknown Country 'XX': not in the files nor in the database",
      "companies.csv:4: parent: unknown Company 'ghost': not in the files nor in the database",
      "companies.csv:5: country: 'sub' is a Company, expected a Country",
    ]);
  });

  it('checks multi-valued cells item by item and ignores blank items', async () => {
    const { lines } = await validate({
      'sectors.csv': 'id,name\nbattery,Batteries\nmining,Mining\n',
      'minerals.csv': 'id,name,critical\nli,Lithium, CA-2024 ;; US-2025;\nni,Nickel,bad list\n',
      'facilities.csv': `${FACILITY_HEADER}\nf,F,MINE,OPERATING,,,,,,,,battery; mining ;;nope;bad id,\n`,
    });
    expect(lines).toEqual([
      "minerals.csv:3: critical: 'bad list' is not a valid list id",
      "facilities.csv:2: sectors: 'bad id' is not a valid id (expected ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$)",
      "facilities.csv:2: sectors: unknown Sector 'nope': not in the files nor in the database",
    ]);
  });

  it('requires a region to be in the country the row names', async () => {
    const { lines } = await validate({
      'countries.csv': 'id,name\nCA,Canada\nUS,United States\n',
      'regions.csv': 'id,name,country\nCA-ON,Ontario,CA\n',
      'facilities.csv': `${FACILITY_HEADER}\na,A,MINE,OPERATING,,US,CA-ON,,,,,,\nb,B,MINE,OPERATING,,CA,CA-ON,,,,,,\nc,C,MINE,OPERATING,,,CA-ON,,,,,,\n`,
    });
    expect(lines).toEqual(["facilities.csv:2: region: region 'CA-ON' is in country 'CA', not 'US'"]);
  });

  it('reports rows of the wrong width and malformed CSV, and skips blank lines', async () => {
    const { lines, result } = await validate({
      'countries.csv': 'id,name\n\nCA,Canada,extra\n,\nUS,"United\nStates"\nMX,"Mexico\n',
    });
    expect(lines).toEqual([
      'countries.csv:3: -: has 3 fields, the header has 2',
      'countries.csv:7: -: malformed CSV: a quoted field is never closed',
    ]);
    expect(result.rows.get('countries.csv')).toBe(1);
  });

  it('fails cleanly when a database lookup fails', async () => {
    const failing: NodeLookup = () => Promise.reject(new Error('connection lost'));
    await expect(
      validate({ 'countries.csv': 'id,name\nCA,Canada\nUS,United States\nMX,Mexico\n' }, failing),
    ).rejects.toThrow('connection lost');
  });

  it('reports rows that are not UTF-8 (e.g. a Windows-1252 export)', async () => {
    const dir = writeSeedDir({});
    try {
      fs.writeFileSync(
        `${dir}/countries.csv`,
        Buffer.concat([Buffer.from('id,name\nCA,Canada\nMX,M'), Buffer.from([0xe9]), Buffer.from('xico\n')]),
      );
      const result = await validateFiles(
        dir,
        SEED_FILES.filter((s) => s.file === 'countries.csv'),
        { dbNote: '', batchSize: 10, maxIssues: 0 },
      );
      expect(result.issues.sorted([]).map(formatIssue)).toEqual([
        'countries.csv:3: -: not valid UTF-8 (save the file as UTF-8)',
      ]);
    } finally {
      removeDir(dir);
    }
  });

  it('asks the database, in batches, about ids and references it does not find in the files', async () => {
    const db = fakeDatabase({
      CA: { kind: NodeKind.Country },
      'CA-QC': { kind: NodeKind.Region, country: 'CA' },
      acme: { kind: NodeKind.Company },
      li: { kind: NodeKind.Mineral },
      taken: { kind: NodeKind.Facility },
    });
    const { lines, result } = await validate(
      {
        'countries.csv': 'id,name\nUS,United States\ntaken,Taken\n',
        'facilities.csv': `${FACILITY_HEADER}\nf1,F1,MINE,OPERATING,acme,US,CA-QC,,,,,,\nf2,F2,MINE,OPERATING,li,,CA-QC,,,,,,\nf3,F3,MINE,OPERATING,acme,,,,,,,,\n`,
      },
      db.lookup,
    );
    expect(lines).toEqual([
      "countries.csv:3: id: 'taken' already exists in the database as a Facility, not a Country",
      "facilities.csv:2: region: region 'CA-QC' is in country 'CA', not 'US'",
      "facilities.csv:3: operator: 'li' is a Mineral in the database, expected a Company",
    ]);
    expect(result.regionCountries.get('CA-QC')).toBe('CA');
    // Each id is asked about once (references are cached), in batches of at most batchSize.
    const asked = db.calls.flat();
    expect(asked.filter((id) => id === 'acme')).toHaveLength(1);
    expect(db.calls.every((c) => c.length <= 2)).toBe(true);
  });
});
