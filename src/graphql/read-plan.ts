import {
  type FieldNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { REL, type RelationSpec } from '../neo4j/queries/relations';
import { type RelatedArgs, relatedKey, TO_ONE_ARGS } from '../reads/entity-loaders';
import { type PageWindow, pageWindow, readWindow } from '../reads/pagination';
import { type ConnectionPlan, type PlannedNode, type PlannedRelation } from '../reads/prefetch';

/**
 * Turns the selection of a top-level read (a list or a lookup) into a `NodeSelection` for one
 * Cypher query (src/neo4j/queries/selection.cypher.ts), and hands the related pages it returns to
 * the request's loaders, so the relationship field resolvers answer from memory instead of
 * querying again. Rules:
 * - scalar fields are read as the property of the same name; `label` from the type (or labels);
 * - a relationship field of an object type (RELATION_FIELDS) becomes a nested subquery with its
 *   own filter, order, cursor and page size; its `totalCount` is counted only when selected;
 * - below an interface (`Entity`: agreement parties, covers) only properties are read; relationship
 *   fields there fall back to the batched loaders, as does a field whose arguments are invalid
 *   (so its error is reported at that field).
 */

interface RelationField {
  spec: RelationSpec;
  /** A to-one field (`operator`, `country`, …): the first related entity by name. */
  one?: true;
}
const one = (spec: RelationSpec): RelationField => ({ spec, one: true });
const many = (spec: RelationSpec): RelationField => ({ spec });

/** The relationship fields of each entity type, as the field resolvers in ./resolvers read them. */
export const RELATION_FIELDS: Record<string, Record<string, RelationField>> = {
  Facility: {
    operator: one(REL.facilityOperators),
    owners: many(REL.facilityOwners),
    country: one(REL.facilityCountry),
    region: one(REL.facilityRegion),
    sectors: many(REL.facilitySectors),
    produces: many(REL.facilityProduces),
    consumes: many(REL.facilityConsumes),
    suppliers: many(REL.facilitySuppliers),
    customers: many(REL.facilityCustomers),
    agreements: many(REL.facilityAgreements),
  },
  Company: {
    headquarters: one(REL.companyHeadquarters),
    parent: one(REL.companyParent),
    subsidiaries: many(REL.companySubsidiaries),
    operates: many(REL.companyOperates),
    owns: many(REL.companyOwns),
    agreements: many(REL.companyAgreements),
  },
  Mineral: {
    producers: many(REL.mineralProducers),
    consumers: many(REL.mineralConsumers),
    agreements: many(REL.mineralAgreements),
  },
  Country: {
    regions: many(REL.countryRegions),
    facilities: many(REL.countryFacilities),
    companies: many(REL.countryCompanies),
    agreements: many(REL.countryAgreements),
  },
  Region: { country: one(REL.regionCountry), facilities: many(REL.regionFacilities) },
  Sector: { facilities: many(REL.sectorFacilities), agreements: many(REL.sectorAgreements) },
  Agreement: { parties: many(REL.agreementParties), covers: many(REL.agreementCovers) },
};

/** Fields computed by the API rather than read as a property. */
const NOT_PROPERTIES = new Set(['label', '__typename']);

/** Fields whose resolver reads a property of another name (the seed contract's snake_case columns). */
const STORED_AS: Record<string, Record<string, string>> = {
  Facility: { statusAsOf: 'status_as_of' },
  Agreement: { termEnd: 'term_end', jointReview: 'joint_review' },
};

/** Fields of a selection that apply to `typeName`, grouped by name (with @skip/@include applied). */
function collectFields(
  info: GraphQLResolveInfo,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  applies: (typeCondition: string | undefined) => boolean,
): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const included = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
    const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
    return skip?.if !== true && include?.if !== false;
  };
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) {
        const list = out.get(s.name.value) ?? [];
        list.push(s);
        out.set(s.name.value, list);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return out;
}

const subSelections = (nodes: readonly FieldNode[]) => nodes.map((n) => n.selectionSet);

/** What to read of an entity of type `type` for these field nodes. */
function nodePlan(info: GraphQLResolveInfo, type: GraphQLObjectType, sets: readonly (SelectionSetNode | undefined)[]) {
  const fields = collectFields(info, sets, (t) => t === undefined || t === type.name || t === 'Entity');
  const properties = new Set<string>();
  const relations = new Map<string, PlannedRelation>();
  const known = RELATION_FIELDS[type.name] ?? {};
  for (const [name, nodes] of fields) {
    const relation = known[name];
    if (!relation) {
      if (!NOT_PROPERTIES.has(name) && type.getFields()[name]) properties.add(STORED_AS[type.name]?.[name] ?? name);
      continue;
    }
    for (const node of nodes) {
      const planned = relationPlan(info, type.getFields()[name], node, relation, relations.size);
      if (!planned) continue;
      const same = relations.get(planned.argsKey);
      relations.set(planned.argsKey, same ? mergeRelations(same, planned) : planned);
    }
  }
  return { properties: [...properties], labels: false, label: type.name, relations: [...relations.values()] };
}

/** Properties only, for entities typed by an interface: the fields of every fragment. */
function interfacePlan(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): PlannedNode {
  const fields = collectFields(info, sets, () => true);
  const properties = [...fields.keys()].filter(
    (name) => !NOT_PROPERTIES.has(name) && !Object.values(RELATION_FIELDS).some((f) => f[name]),
  );
  return { properties, labels: true, relations: [] };
}

function targetPlan(info: GraphQLResolveInfo, type: unknown, sets: readonly (SelectionSetNode | undefined)[]) {
  if (isObjectType(type)) return nodePlan(info, type, sets);
  if (isInterfaceType(type)) return interfacePlan(info, sets);
  return undefined;
}

function relationPlan(
  info: GraphQLResolveInfo,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  relation: RelationField,
  index: number,
): PlannedRelation | undefined {
  let args: RelatedArgs;
  let window: PageWindow;
  try {
    args = relation.one ? TO_ONE_ARGS : getArgumentValues(field, node, info.variableValues);
    window = pageWindow(args, args.orderBy);
  } catch {
    return undefined; // the field's own resolver reports the problem where it belongs
  }
  const type = getNamedType(field.type);
  const base = {
    spec: relation.spec,
    argsKey: relatedKey(relation.spec, args),
    window,
    key: `r${index}`,
    one: relation.one === true,
    fields: [node],
  };
  const page = { where: args.where, edgeWhere: args.edgeWhere, ...readWindow(window) };
  if (relation.one) {
    const target = targetPlan(info, type, [node.selectionSet]);
    return target && { ...base, page: { ...page, cursors: false }, total: false, edgeProperties: [], node: target };
  }
  const connection = connectionPlan(info, type as GraphQLObjectType, [node]);
  if (!connection) return undefined;
  return {
    ...base,
    page: { ...page, cursors: connection.cursors },
    total: connection.total,
    edgeProperties: connection.edgeProperties,
    node: connection.node,
  };
}

/** The selection of a connection type: its total, edge properties and node. */
function connectionPlan(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const fields = collectFields(info, subSelections(nodes), () => true);
  const edges = fields.get('edges') ?? [];
  const edgeType = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
  const edgeFields = collectFields(info, subSelections(edges), () => true);
  const nodeType = getNamedType(type.getFields().nodes.type);
  const target = targetPlan(info, nodeType, [
    ...subSelections(fields.get('nodes') ?? []),
    ...subSelections(edgeFields.get('node') ?? []),
  ]);
  if (!target) return undefined;
  const edgeProperties = [...edgeFields.keys()].filter(
    (name) => name !== 'cursor' && name !== 'node' && !NOT_PROPERTIES.has(name) && edgeType.getFields()[name],
  );
  // Cursors (sort values and one extra row) only when a cursor or pageInfo is selected.
  const cursors = fields.has('pageInfo') || edgeFields.has('cursor');
  return { total: fields.has('totalCount'), cursors, edgeProperties, node: target };
}

function mergeRelations(a: PlannedRelation, b: PlannedRelation): PlannedRelation {
  return {
    ...a,
    page: { ...a.page, cursors: a.page.cursors || b.page.cursors },
    total: a.total || b.total,
    fields: [...a.fields, ...b.fields],
    edgeProperties: [...new Set([...a.edgeProperties, ...b.edgeProperties])],
    node: mergeNodes(a.node, b.node),
  };
}

function mergeNodes(a: PlannedNode, b: PlannedNode): PlannedNode {
  const relations = new Map(a.relations.map((r) => [r.argsKey, r]));
  for (const r of b.relations) {
    const same = relations.get(r.argsKey);
    relations.set(r.argsKey, same ? mergeRelations(same, r) : { ...r, key: `r${relations.size}` });
  }
  return {
    ...a,
    properties: [...new Set([...a.properties, ...b.properties])],
    labels: a.labels || b.labels,
    relations: [...relations.values()],
  };
}

/** The plan of a top-level list field (its type is a connection). */
export function listPlan(info: GraphQLResolveInfo): ConnectionPlan {
  return remembered(info, () => {
    const type = getNamedType(info.returnType) as GraphQLObjectType;
    const plan = connectionPlan(info, type, info.fieldNodes);
    if (!plan) throw new Error(`${type.name} is not a connection of an entity type`);
    return { total: plan.total, cursors: plan.cursors, node: plan.node };
  });
}

/** The plan of a top-level lookup field (its type is an entity type). */
export function lookupPlan(info: GraphQLResolveInfo): PlannedNode {
  return remembered(info, () => {
    const plan = targetPlan(info, getNamedType(info.returnType), subSelections(info.fieldNodes));
    if (!plan) throw new Error(`${String(info.returnType)} is not an entity type`);
    return plan;
  });
}

/**
 * Plans are remembered per field of a parsed document (Apollo reuses the parsed document of a
 * query text it has seen) and the values of the variables used below the field: the plan depends
 * on nothing else (the field's own arguments, such as the id or the filter, are not part of it).
 * So a query sent again with another id is planned once. Plans are never changed once built.
 */
interface FieldPlans {
  variables: string[];
  byKey: Map<string, unknown>;
}
const MAX_PLANS_PER_FIELD = 64;
const fieldPlans = new WeakMap<FieldNode, FieldPlans>();

function remembered<T>(info: GraphQLResolveInfo, plan: () => T): T {
  // A field selected twice under one name is merged from several nodes: rare, planned each time.
  if (info.fieldNodes.length !== 1) return plan();
  const field = info.fieldNodes[0];
  let memo = fieldPlans.get(field);
  if (!memo) fieldPlans.set(field, (memo = { variables: variablesBelow(info), byKey: new Map() }));
  const key = JSON.stringify(memo.variables.map((name) => info.variableValues[name] ?? null));
  if (memo.byKey.has(key)) return memo.byKey.get(key) as T;
  const built = plan();
  if (memo.byKey.size >= MAX_PLANS_PER_FIELD) memo.byKey.clear();
  memo.byKey.set(key, built);
  return built;
}

/** Names of the variables used in the selections of a field (through fragments too), sorted. */
function variablesBelow(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const fragments = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    visit(set, {
      Variable(node) {
        names.add(node.name.value);
      },
      FragmentSpread(node) {
        const name = node.name.value;
        if (fragments.has(name)) return;
        fragments.add(name);
        walk(info.fragments[name]?.selectionSet);
      },
    });
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return [...names].sort();
}
