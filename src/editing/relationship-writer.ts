import { RelationshipType } from '../domain/enums';
import { compareDates, parseConfidence } from '../domain/evidence';
import { type EvidenceField, isValidId, RELATIONSHIP_PROPERTIES, RELATIONSHIPS } from '../domain/model';
import {
  isHttpUrl,
  isPartialDate,
  isSelfSupply,
  mineralIdentity,
  OWNERSHIP_TOLERANCE,
  ownershipExceeds,
  rangeProblem,
} from '../domain/rules';
import { type GraphDatabase, type Row } from '../neo4j/driver';
import { labelsOf } from '../neo4j/queries/writes.cypher';
import * as q from '../neo4j/queries/relationship-writes.cypher';
import { badInput, conflict, type FieldProblem, notFound } from '../errors';
import type { RelationshipFields } from './inputs';

const DATE_RULE = 'must be a real date: YYYY, YYYY-MM or YYYY-MM-DD (years 1800-2100)';

/**
 * Each evidence field the model declares, checked by the domain rule the seed applies to the same
 * column, and stored as the seed stores it (confidence lower-case). A problem message, or the value.
 */
const EVIDENCE_CHECKS = {
  confidence: (v) => parseConfidence(v)?.toLowerCase() ?? { problem: 'must be CONFIRMED, REPORTED or INFERRED' },
  source: (v) => (isHttpUrl(v) ? v : { problem: 'must be an absolute http:// or https:// URL' }),
  note: (v) => v,
  since: (v) => (isPartialDate(v) ? v : { problem: DATE_RULE }),
  until: (v) => (isPartialDate(v) ? v : { problem: DATE_RULE }),
} satisfies Record<EvidenceField, (value: string) => string | { problem: string }>;

const isEvidenceField = (f: string): f is EvidenceField => f in EVIDENCE_CHECKS;

/**
 * A since after its until (by the first days of their periods, the seed's rule), located at the
 * field the input gave (`until` when it gave both); undefined when the order is fine or unknown.
 */
export function dateOrderProblem(
  since: unknown,
  until: unknown,
  given: { since: boolean; until: boolean },
): FieldProblem | undefined {
  if (typeof since !== 'string' || typeof until !== 'string') return undefined;
  if (!isPartialDate(since) || !isPartialDate(until) || compareDates(since, until) <= 0) return undefined;
  return {
    path: given.until || !given.since ? 'input.until' : 'input.since',
    message: `since ${since} is after until ${until}`,
  };
}

const NO_KEY: q.MineralKey = { mineral: null, minerals: null };

/** The minerals that, with the endpoints, identify a link of a type keyed by them (domain rule). */
function linkKey(input: RelationshipFields): q.MineralKey & { problem?: string } {
  if (!RELATIONSHIPS[input.type].key.includes('mineral')) return NO_KEY;
  const identity = mineralIdentity(input.mineral ?? undefined, input.minerals ?? []);
  return { mineral: identity.mineral ?? null, minerals: identity.minerals ?? null, problem: identity.problem };
}

/** The properties that identify a link: not written by update, not needed by delete. */
const KEY_PROPERTIES: readonly string[] = ['mineral', 'minerals'];

/**
 * Validates a relationship input against its type's description in the model (which properties
 * it may carry, their ranges and companions, its evidence fields, distinct ends); returns the
 * properties to write.
 */
export function relationshipProps(
  input: RelationshipFields,
  mode: 'create' | 'update' | 'delete',
): Record<string, unknown> {
  const schema = RELATIONSHIPS[input.type];
  const problems: FieldProblem[] = [];
  if (!isValidId(input.from)) problems.push({ path: 'input.from', message: 'not a valid id' });
  if (!isValidId(input.to)) problems.push({ path: 'input.to', message: 'not a valid id' });
  const props: Record<string, unknown> = {};
  const valueProblems: FieldProblem[] = [];
  for (const f of RELATIONSHIP_PROPERTIES as readonly (keyof RelationshipFields)[]) {
    const v = input[f];
    if (v === undefined || (mode === 'delete' && KEY_PROPERTIES.includes(f))) continue;
    if (!(f in schema.properties) && !(schema.evidence as readonly string[]).includes(f)) {
      if (v !== null) problems.push({ path: `input.${f}`, message: `${input.type} has no property '${f}'` });
      continue;
    }
    if (mode === 'delete' || KEY_PROPERTIES.includes(f)) continue; // the key is written on create, below
    if (isEvidenceField(f) && typeof v === 'string') {
      const checked = EVIDENCE_CHECKS[f](v);
      if (typeof checked !== 'string') problems.push({ path: `input.${f}`, message: checked.problem });
      props[f] = checked;
      continue;
    }
    const outside = typeof v === 'number' ? rangeProblem(v, schema.rules[f] ?? {}) : undefined;
    if (outside) valueProblems.push({ path: `input.${f}`, message: outside });
    props[f] = v;
  }
  // Which properties the type has first, then their values.
  problems.push(...valueProblems);
  const key = linkKey(input);
  if (key.problem) problems.push({ path: 'input.mineral', message: key.problem });
  if (mode === 'create') {
    if (key.mineral) props.mineral = key.mineral;
    if (key.minerals) props.minerals = key.minerals;
    for (const [f, rule] of Object.entries(schema.rules))
      if (rule.requires !== undefined && props[f] != null && props[rule.requires] == null)
        problems.push({ path: `input.${rule.requires}`, message: `a ${f} needs its ${rule.requires}` });
    const order = dateOrderProblem(props.since, props.until, { since: true, until: true });
    if (order) problems.push(order);
  }
  if (schema.distinctEnds !== undefined && mode !== 'delete' && isSelfSupply(input.from, input.to))
    problems.push({ path: 'input.to', message: schema.distinctEnds });
  if (problems.length) throw badInput(`Invalid ${input.type} relationship`, problems);
  return props;
}

/**
 * The ids an input names besides its ends (its key's minerals, an agreement), each with the kinds
 * the model says it refers to and where in the input it came from.
 */
function referencedIds(
  input: RelationshipFields,
  key: q.MineralKey,
  props: Record<string, unknown>,
): Array<{ path: string; id: string; kinds: readonly string[] }> {
  const rules = RELATIONSHIPS[input.type].rules;
  const out: Array<{ path: string; id: string; kinds: readonly string[] }> = [];
  const values: Record<string, unknown> = { ...props, mineral: key.mineral, minerals: key.minerals };
  for (const [f, rule] of Object.entries(rules)) {
    if (!rule.refs) continue;
    const v = values[f];
    for (const id of Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []) {
      // A key's mineral may have come from either field: point at the one that named it.
      const named = KEY_PROPERTIES.includes(f) ? (input.mineral === id ? 'mineral' : 'minerals') : f;
      out.push({ path: `input.${named}`, id, kinds: rule.refs });
    }
  }
  return out;
}

/** Creates, updates or deletes one relationship in one write transaction, after checking both ends. */
export async function writeRelationship(
  db: GraphDatabase,
  input: RelationshipFields,
  mode: 'create' | 'update' | 'delete',
): Promise<Row> {
  const props = relationshipProps(input, mode);
  const schema = RELATIONSHIPS[input.type];
  const key = linkKey(input);
  const refs = referencedIds(input, key, props);
  return db.writeTransaction(async (run) => {
    const ids = [input.from, input.to, ...refs.map((r) => r.id)];
    const labels = new Map(
      (await run(labelsOf(ids))).map((r) => [r.id as string, (r.labels as string[] | null) ?? []]),
    );
    const problems: FieldProblem[] = [];
    const check = (path: string, id: string, allowed: readonly string[]) => {
      const have = labels.get(id) ?? [];
      if (!have.length) problems.push({ path, message: `no entity with id '${id}'` });
      else if (!allowed.some((l) => have.includes(l)))
        problems.push({
          path,
          message: `'${id}' is a ${have.find((l) => l !== 'Entity')}; ${input.type} needs ${allowed.join(' or ')}`,
        });
    };
    check('input.from', input.from, schema.from);
    check('input.to', input.to, schema.to);
    for (const r of refs) check(r.path, r.id, r.kinds);
    if (problems.length) throw badInput(`Invalid ${input.type} relationship`, problems);

    const [existing] = await run(q.findRelationship(input.type, input.from, input.to, key));
    if (mode === 'update' && existing) {
      // The dates after the update: a new since is checked against the stored until and vice versa.
      const stored = (existing.properties ?? {}) as Record<string, unknown>;
      const after = (f: 'since' | 'until') => (f in props ? props[f] : stored[f]);
      const order = dateOrderProblem(after('since'), after('until'), {
        since: 'since' in props,
        until: 'until' in props,
      });
      if (order) throw badInput(`Invalid ${input.type} relationship`, [order]);
    }
    if (input.type === RelationshipType.OWNS && typeof props.share === 'number') {
      // Locks the facility first, so two owners added at once cannot both pass the check.
      const [{ others }] = await run(q.otherOwnersShare(input.to, input.from));
      const total = Number(others) + props.share;
      if (ownershipExceeds(total))
        throw badInput(`Ownership of '${input.to}' would total ${round(total)}`, [
          {
            path: 'input.share',
            message: `the shares of a facility add up to at most 1 (tolerance ${OWNERSHIP_TOLERANCE}); other owners hold ${round(Number(others))}`,
          },
        ]);
    }
    const minerals = key.minerals?.join(', ') ?? key.mineral;
    const description = `${input.type} from '${input.from}' to '${input.to}'${minerals ? ` for '${minerals}'` : ''}`;
    if (mode === 'create') {
      if (existing) throw conflict(`${description} already exists`);
      return (await run(q.createRelationship(input.type, input.from, input.to, props)))[0];
    }
    if (!existing) throw notFound('Relationship', description);
    const query =
      mode === 'update'
        ? q.updateRelationship(input.type, input.from, input.to, key, props)
        : q.deleteRelationship(input.type, input.from, input.to, key);
    return (await run(query))[0];
  });
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export type { RelationshipType };
