import { edgeProperties } from './entity-loaders';
import { type EntityRecord, toEntity } from '../neo4j/mappers';
import {
  type NodeSelection,
  type ProjectedRow,
  REL_KEY,
  type RelationSelection,
  SORT_KEY,
  totalKey,
} from '../neo4j/queries/selection.cypher';
import { type Loaders } from './entity-loaders';
import { type PageWindow, toPage } from './pagination';

/**
 * What one selection-aware query reads (built from a GraphQL request by src/graphql/read-plan.ts),
 * and how its answer reaches the request's loaders: every related page it returned is recorded
 * under the key its field resolver will ask for, so the resolvers answer from memory.
 */

/** A planned relationship: what to read, and how the loaders will ask for it. */
export interface PlannedRelation extends RelationSelection {
  argsKey: string;
  window: PageWindow;
  node: PlannedNode;
  /** A to-one field: its answer is the page's first entity. */
  one: boolean;
  /**
   * The request's field nodes this relation answers (opaque here: GraphQL AST nodes), so their
   * resolvers can take the page by field node and parent (Loaders.prefetchedAnswer).
   */
  fields: readonly object[];
}
export interface PlannedNode extends NodeSelection {
  /** The kind when the type says it (object types); otherwise read from the labels. */
  label?: string;
  relations: PlannedRelation[];
}

export interface ConnectionPlan {
  total: boolean;
  cursors: boolean;
  node: PlannedNode;
}

/**
 * An entity as the query returned it: its related pages go to the loaders (recursively), the rest
 * is the entity the resolvers see.
 */
export function attachNode(loaders: Loaders, plan: PlannedNode, projected: Record<string, unknown>): EntityRecord {
  for (const r of plan.relations) {
    const rows = (projected[r.key] as ProjectedRow[] | undefined) ?? [];
    const total = projected[totalKey(r.key)];
    delete projected[r.key];
    delete projected[totalKey(r.key)];
    const pageRows = rows.map((row) => {
      const rel = row[REL_KEY] as Record<string, unknown> | undefined;
      const { item, sort } = rowOf(loaders, r.node, row);
      // The edge: the relationship's properties (when selected) and the node, built once.
      return { item: rel ? Object.assign(edgeProperties(rel), item) : item, sort };
    });
    loaders.prefetch(
      r.argsKey,
      projected.id as string,
      toPage(pageRows, r.window, total === undefined ? undefined : Number(total)),
      r,
    );
  }
  // The projection is this request's own object: it becomes the entity in place (no copy).
  if (plan.label) {
    projected.label = plan.label;
    if (plan.label === 'Mineral' && 'critical' in projected && !Array.isArray(projected.critical))
      projected.critical = [];
    return projected as EntityRecord;
  }
  return toEntity(projected)!;
}

/** A page row as returned: the entity (with its related pages handed on) and its sort values. */
export function rowOf(loaders: Loaders, plan: PlannedNode, row: ProjectedRow) {
  const sort = row[SORT_KEY] as unknown[] | undefined;
  delete row[SORT_KEY];
  delete row[REL_KEY];
  return { item: { node: attachNode(loaders, plan, row) }, sort };
}
