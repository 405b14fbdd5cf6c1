import { NodeKind, RelationshipType } from '../domain/enums';
import { FIELD_BY_LINK } from '../domain/model';
import { impliedCountry, regionOutsideCountry } from '../domain/rules';
import { type GraphDatabase } from '../neo4j/driver';
import { type EntityRecord, toEntity } from '../neo4j/mappers';
import {
  createNodeWithLinks,
  deleteNode,
  dropRegionOutsideCountry,
  labelsOf,
  regionCountry,
  replaceLinks,
  updateNode,
} from '../neo4j/queries/writes.cypher';
import { badInput, conflict, type FieldProblem, notFound } from '../errors';
import { type Mode, type WritePlan } from './entity-plans';

/**
 * Applies an entity write plan in one write transaction: checks existence and every referenced
 * id first (nothing is written if one is missing or of the wrong kind), then writes the node and
 * replaces its links.
 */
export async function writeEntity(db: GraphDatabase, plan: WritePlan, mode: Mode): Promise<EntityRecord> {
  if (plan.problems.length) throw badInput(`Invalid ${plan.label} input`, plan.problems);
  return db.writeTransaction(async (run) => {
    const refs = new Set<string>([plan.id, ...plan.links.flatMap((l) => l.ids)]);
    if (plan.regionForCountry) refs.add(plan.regionForCountry);
    const rows = await run(labelsOf([...refs]));
    const labels = new Map(rows.map((r) => [r.id as string, (r.labels as string[] | null) ?? null]));

    const own = labels.get(plan.id);
    if (mode === 'create' && own)
      throw conflict(`An entity with id '${plan.id}' already exists (${kindOf(own)})`, { id: plan.id });
    if (mode === 'update' && !own?.includes(plan.label)) throw notFound(plan.label, plan.id);

    const problems: FieldProblem[] = [];
    for (const l of plan.links)
      for (const id of l.ids)
        if (!labels.get(id)?.includes(l.other))
          problems.push({ path: `input.${fieldOf(l.type, l.other)}`, message: `no ${l.other} with id '${id}'` });
    if (problems.length) throw badInput(`${plan.label} '${plan.id}' refers to missing entities`, problems);

    const links = [...plan.links];
    const regionLink = links.find((l) => l.type === RelationshipType.LOCATED_IN && l.other === NodeKind.Region);
    const countryLink = links.find((l) => l.type === RelationshipType.LOCATED_IN && l.other === NodeKind.Country);
    if (regionLink?.ids[0]) {
      const [rc] = await run(regionCountry(regionLink.ids[0]));
      const country = (rc?.country as string | undefined) ?? null;
      const given = countryLink?.ids[0];
      if (regionOutsideCountry(country, given))
        throw badInput('Region and country disagree', [
          { path: 'input.region', message: `${regionLink.ids[0]} is in ${country}, not ${given}` },
        ]);
      const implied = impliedCountry(country, given);
      if (!countryLink && implied)
        links.push({ type: RelationshipType.LOCATED_IN, direction: 'OUT', other: NodeKind.Country, ids: [implied] });
    }

    if (mode === 'create') {
      const [created] = await run(createNodeWithLinks(plan.label, plan.props, links));
      return toEntity(created.node)!;
    }
    const [written] = await run(updateNode(plan.label, plan.id, plan.props));
    for (const l of links) await run(replaceLinks(plan.label, plan.id, l));
    if (countryLink && !regionLink && countryLink.ids[0])
      await run(dropRegionOutsideCountry(plan.id, countryLink.ids[0]));
    return toEntity(written.node)!;
  });
}

export interface Detached {
  type: string;
  direction: string;
  otherId: string;
  otherLabel: string;
}

/** A relationship property that held the deleted id: the relationship was removed or the property cleared. */
export interface ClearedReference {
  type: string;
  from: string;
  to: string;
  property: string;
  action: 'REMOVED' | 'CLEARED';
}

export async function deleteEntity(
  db: GraphDatabase,
  label: NodeKind,
  id: string,
): Promise<{ entity: EntityRecord; detached: Detached[]; references: ClearedReference[] }> {
  const [row] = await db.write(deleteNode(label, id));
  if (!row) throw notFound(label, id);
  return {
    entity: toEntity(row.node)!,
    detached: row.detached as Detached[],
    references: row.references as ClearedReference[],
  };
}

function kindOf(labels: string[]): string {
  return labels.find((l) => l !== 'Entity') ?? 'Entity';
}

function fieldOf(type: RelationshipType, other: NodeKind): string {
  return FIELD_BY_LINK[`${type}:${other}`] ?? type.toLowerCase();
}
