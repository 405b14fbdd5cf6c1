import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The checked-in schema passes graphql-schema-linter with the rules configured in package.json
 * ("graphql-schema-linter"; README "GraphQL client conventions" says which run and why some are
 * off): every type, field, argument, input field and enum value described, enum values in
 * capitals, Relay connection and PageInfo shapes. Zero findings; any finding is listed.
 */
const ROOT = path.resolve(__dirname, '../../..');

interface Finding {
  message: string;
  rule: string;
  location: { line: number; column: number };
}

describe('schema linter', () => {
  it('finds nothing in schema/schema.graphql', () => {
    const cli = path.join(path.dirname(require.resolve('graphql-schema-linter/package.json')), 'lib', 'cli.js');
    const run = spawnSync(process.execPath, [cli, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { errors: Finding[] };
    expect(report.errors.map((e) => `${e.location.line}: ${e.rule}: ${e.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('would report a schema with blanks (the check can fail)', () => {
    const cli = path.join(path.dirname(require.resolve('graphql-schema-linter/package.json')), 'lib', 'cli.js');
    const run = spawnSync(process.execPath, [cli, '--format', 'json', '--stdin'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '"""Root."""\ntype Query { plain: String }\n',
    });
    const report = JSON.parse(run.stdout) as { errors: Finding[] };
    expect(report.errors.map((e) => e.rule)).toContain('fields-have-descriptions');
  });
});
