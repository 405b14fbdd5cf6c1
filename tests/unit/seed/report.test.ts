import { formatReport, type SeedReport } from '../../../src/seed/report';
import { Tallies } from '../../../src/seed/write/tallies';

const zero = { created: 0, updated: 0, unchanged: 0 };
const base: SeedReport = {
  dir: 'seed',
  ok: true,
  dryRun: false,
  wiped: 0,
  files: [
    { file: 'countries.csv', rows: 2 },
    { file: 'regions.csv', rows: 1 },
  ],
  issues: [],
  issueCount: 0,
  warnings: [],
  quality: [],
  qualityCount: 0,
  tallies: [],
  nodes: zero,
  relationships: zero,
  changed: false,
  timings: { validateMs: 100, wipeMs: 0, nodesMs: 1000, relationshipsMs: 2000, totalMs: 3100 },
};

describe('formatReport', () => {
  it('lists every kept problem, then how many there are in all', () => {
    const lines = formatReport({
      ...base,
      ok: false,
      issueCount: 3,
      issues: [
        { file: 'countries.csv', line: 2, column: 'id', message: 'bad' },
        { file: 'regions.csv', line: 1, column: 'country', message: 'required column is missing' },
      ],
      warnings: ['notes.csv is not a seed file and was ignored (file names are case-sensitive)'],
    });
    expect(lines).toEqual([
      'warning: notes.csv is not a seed file and was ignored (file names are case-sensitive)',
      'countries.csv:2: id: bad',
      'regions.csv:1: country: required column is missing',
      '3 problem(s) in seed (the first 2 are listed); nothing was written.',
    ]);
  });

  it('says when a dry run found nothing wrong', () => {
    expect(formatReport({ ...base, dryRun: true })).toEqual([
      'Dry run: seed is valid (3 rows in 2 files); nothing was written.',
    ]);
  });

  it('summarises counts per file and target in load order, and says when nothing changed', () => {
    const t = new Tallies();
    t.add('regions.csv', 'PART_OF', 'unchanged', 1);
    t.add('regions.csv', 'Region', 'unchanged', 1);
    t.add('countries.csv', 'Country', 'unchanged', 1200);
    const tallies = t.entries(['countries.csv', 'regions.csv']);
    expect(tallies.map((e) => `${e.file} ${e.target}`)).toEqual([
      'countries.csv Country',
      'regions.csv Region',
      'regions.csv PART_OF',
    ]);
    const lines = formatReport({ ...base, tallies, nodes: t.total('nodes'), relationships: t.total('relationships') });
    expect(lines).toEqual([
      '  countries.csv  Country           created 0, updated 0, unchanged 1,200',
      '  regions.csv    Region            created 0, updated 0, unchanged 1',
      '  regions.csv    PART_OF           created 0, updated 0, unchanged 1',
      'Nodes: created 0, updated 0, unchanged 1,201.',
      'Relationships: created 0, updated 0, unchanged 1.',
      'No changes: the graph already matched the files.',
      'Took 3.1 s (validate 0.1 s, nodes 1.0 s, relationships 2.0 s).',
    ]);
  });
});
