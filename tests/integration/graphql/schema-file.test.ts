import fs from 'node:fs';
import { printSdl, SCHEMA_FILE } from '../../../src/graphql/emit-schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code emits (run `npm run schema:emit` after changing types)', async () => {
    const checkedIn = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(checkedIn).toBe(await printSdl());
  });
});
