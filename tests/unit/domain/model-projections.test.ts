import fs from 'node:fs';
import { buildSchema, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import path from 'node:path';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../../../src/domain/enums';
import {
  FIELD_BY_LINK,
  KNOWN_LABELS,
  kindFromLabels,
  type NodeSchema,
  NODES,
  PROPERTY_DESCRIPTIONS,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIPS,
} from '../../../src/domain/model';
import { REL } from '../../../src/neo4j/queries/relations';
import { SEED_FILES } from '../../../src/seed/contract';

/** The rows of the file table in seed/README.md: file, required, optional, what it creates. */
function readmeFileTable(): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '../../../seed/README.md'), 'utf8');
  const start = text.indexOf('| file | required columns | optional columns | creates |');
  const lines = text.slice(start).split('\n');
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}
const list = (cell: string) =>
  cell
    .split(',')
    .map((c) => c.replace(/\*\*/g, '').trim())
    .filter(Boolean);

describe('projections of the model', () => {
  it('every relationship property of the model can be written by a mutation and read back', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../../schema/schema.graphql'), 'utf8'));
    const input = Object.keys((schema.getType('RelationshipInput') as GraphQLInputObjectType).getFields());
    const output = Object.keys((schema.getType('RelationshipProperties') as GraphQLObjectType).getFields());
    expect(RELATIONSHIP_PROPERTIES.filter((p) => !input.includes(p))).toEqual([]);
    expect(RELATIONSHIP_PROPERTIES.filter((p) => !output.includes(p))).toEqual([]);
    // Their descriptions come from the model too: none may be missing.
    expect(RELATIONSHIP_PROPERTIES.filter((p) => !PROPERTY_DESCRIPTIONS[p])).toEqual([]);
  });

  it('seed/README.md documents exactly the contract derived from the model', () => {
    const rows = readmeFileTable();
    expect(rows.map((r) => r[0])).toEqual(SEED_FILES.map((f) => `\`${f.file}\``));
    for (const [i, spec] of SEED_FILES.entries()) {
      const [, required, optional, creates] = rows[i];
      expect([spec.file, list(required)]).toEqual([spec.file, [...spec.required]]);
      expect([spec.file, list(optional)]).toEqual([spec.file, [...spec.optional]]);
      if (spec.kind) expect(creates).toContain(`\`${spec.kind}\` node`);
      for (const type of spec.makes) expect(creates).toContain(`[:${type}]`);
    }
  });

  it('every relationship type and node kind is described, loaded by exactly one seed file', () => {
    expect(Object.keys(RELATIONSHIPS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(Object.keys(NODES)).toEqual([...NODE_KINDS]);
    for (const type of RELATIONSHIP_TYPES)
      expect([type, SEED_FILES.filter((f) => f.makes.includes(type)).length]).toEqual([type, 1]);
  });

  it('labels, link fields and navigable relations agree with the endpoints of each type', () => {
    expect(KNOWN_LABELS).toEqual(NODE_KINDS);
    expect(kindFromLabels(['Entity', 'Facility'])).toBe('Facility');
    expect(kindFromLabels(['Entity'])).toBeUndefined();
    expect(FIELD_BY_LINK).toMatchObject({ 'OPERATES:Company': 'operator', 'PART_OF:Country': 'country' });
    for (const node of Object.values<NodeSchema>(NODES))
      for (const link of Object.values(node.links)) {
        const r = RELATIONSHIPS[link.type];
        const [self, other] = link.direction === 'OUT' ? [r.from, r.to] : [r.to, r.from];
        expect([node.kind, link.type, self.includes(node.kind), other.includes(link.other)]).toEqual([
          node.kind,
          link.type,
          true,
          true,
        ]);
      }
    for (const spec of Object.values(REL)) {
      const r = RELATIONSHIPS[spec.type];
      const target = spec.direction === 'OUT' ? r.to : r.from;
      if (spec.target) expect([spec.key, target.includes(spec.target)]).toEqual([spec.key, true]);
    }
  });
});
