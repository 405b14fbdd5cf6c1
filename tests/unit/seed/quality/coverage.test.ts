import { SEED_FILES, type SeedFileName } from '../../../../src/seed/contract';
import { Coverage, type CoverageReport, formatCoverage } from '../../../../src/seed/quality/coverage';
import { validateFiles } from '../../../../src/seed/validate/validate-directory';
import { removeDir, writeSeedDir } from '../../../fixtures/seed/fixture';

async function coverageOf(files: Partial<Record<SeedFileName, string>>): Promise<CoverageReport> {
  const dir = writeSeedDir(files);
  let coverage: Coverage | undefined;
  try {
    await validateFiles(
      dir,
      SEED_FILES.filter((s) => s.file in files),
      {
        dbNote: '',
        batchSize: 100,
        maxIssues: 0,
        onRow: (file, row, ctx) => {
          coverage ??= new Coverage(ctx.regionCountry);
          coverage.row(file, row);
        },
      },
    );
    return coverage!.finish();
  } finally {
    removeDir(dir);
  }
}

describe('coverage report', () => {
  it('counts facilities by country, kind and status, links by confidence, and finds minerals without a producer', async () => {
    const c = await coverageOf({
      'countries.csv': 'id,name\nCA,Canada\nUS,United States\n',
      'regions.csv': 'id,name,country\nCA-QC,Quebec,CA\n',
      'minerals.csv':
        'id,name,critical\nlithium,Lithium,CA-2024;US-2025\nniobium,Niobium,CA-2024\ngallium,Gallium,US-2025\n',
      'facilities.csv':
        'id,name,kind,status,country,region\n' +
        'fac:nb,Niobec,MINE,OPERATING,,CA-QC\n' +
        'fac:li,Lithium project,MINE,CONSTRUCTION,CA,\n' +
        'fac:us,US lithium,MINE,OPERATING,US,\n',
      'outputs.csv': 'facility,mineral\nfac:nb,niobium\nfac:li,lithium\nfac:us,lithium\n',
      'supply.csv':
        'supplier,customer,confidence,source\n' +
        'fac:nb,fac:us,confirmed,https://example.org/a\n' +
        'fac:li,fac:us,reported,\n' +
        'fac:us,fac:nb,inferred,https://example.org/b\n',
    });
    expect(c.byCountry).toEqual(
      new Map([
        ['CA', 2],
        ['US', 1],
      ]),
    );
    expect(c.byKind).toEqual(new Map([['MINE', 3]]));
    expect(c.byStatus).toEqual(
      new Map([
        ['OPERATING', 2],
        ['CONSTRUCTION', 1],
      ]),
    );
    expect(c.linksByConfidence).toEqual(
      new Map([
        ['confirmed', 1],
        ['reported', 1],
        ['inferred', 1],
      ]),
    );
    expect(c.linksSourced).toBe(1);
    expect(c.withoutProducer).toEqual(
      new Map([
        ['CA-2024', ['lithium']],
        ['US-2025', ['gallium']],
      ]),
    );
    const text = formatCoverage(c).join('\n');
    expect(text).toContain('facilities by country: CA 2, US 1');
    expect(text).toContain('links confirmed or reported with a source URL: 1 (33.3%)');
    expect(text).toContain('CA-2024: 1 mineral(s) without an operating producer in CA: lithium');
  });
});
