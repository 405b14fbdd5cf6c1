import {
  type DocumentNode,
  getNamedType,
  getVariableValues,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isLeafType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { PAGE_SIZE } from '../../config';

/**
 * The estimated cost of an operation: roughly the number of entities (rows) it can make the
 * database return. The rule (docs/security.md has worked examples):
 * - a field with a `first` argument (a connection, a statistics query, search) costs
 *   `first × (1 + cost of its selection)`, `first` being the literal, variable or default value
 *   (on a connection `last` when that is given instead, the default page size when neither is),
 *   capped at `maxPage` (beyond it the field refuses the request anyway); for statistics `first`
 *   counts groups, so an aggregation costs by its groups, not by the rows it reads;
 * - a connection whose selection asks for neither `edges` nor `nodes` (only `totalCount`,
 *   `pageInfo`, `aggregate`) returns no items: it costs `1 + cost of its selection`;
 * - the plumbing of a connection (`edges`, `node`, `nodes`, `pageInfo`, `aggregate`) and the
 *   `groups` of statistics add nothing of their own: an edge is its node, `first` counted the groups;
 * - a field with an `ids` list (`nodes`) costs `ids × (1 + cost of its selection)`;
 * - every other field with an object type (a to-one relation, an aggregate measure, an analytics
 *   result) costs `1 + cost of its selection`; scalar and enum fields cost nothing, as they come in
 *   the row of their object.
 * Estimated by `graphql-query-complexity` with this estimator (variables and fragments included).
 * Undefined when the variables do not coerce (execution reports that error).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  maxPage: number,
  maxGroups = maxPage,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables: rawVariables ?? {},
    estimators: [estimator(maxPage, maxGroups)],
  });
}

/** Per document, the variables its cost reads and the costs already estimated. */
interface DocumentCosts {
  costVariables: string[];
  byKey: Map<string, number>;
}
/** Distinct (operation, cost variables) estimates kept per document; then the memo starts over. */
const MAX_COSTS_PER_DOCUMENT = 256;

/**
 * `operationCost`, remembered per parsed document (Apollo reuses the parsed document of a query
 * it has seen), operation and the values of the variables the estimate reads: those in `first`,
 * `last` and `ids` arguments and in `@skip`/`@include`. Other variables (an id, a filter) change the answer, not
 * its cost, so one query text with a new id each time is estimated once. The variables are still
 * coerced on every request (a request whose variables do not coerce has no cost, as before).
 * Measured on one facility with its suppliers and customers: the estimate was 4% of the API's CPU.
 */
export function memoizedOperationCost(): typeof operationCost {
  const documents = new WeakMap<DocumentNode, DocumentCosts>();
  return (schema, document, operation, rawVariables, maxPage, maxGroups = maxPage) => {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return undefined;
    let memo = documents.get(document);
    if (!memo) documents.set(document, (memo = { costVariables: costVariables(document), byKey: new Map() }));
    const key = JSON.stringify([
      operation.name?.value ?? null,
      maxPage,
      maxGroups,
      memo.costVariables.map((name) => rawVariables?.[name] ?? null),
    ]);
    const known = memo.byKey.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, operation, rawVariables, maxPage, maxGroups);
    if (cost === undefined) return cost;
    if (memo.byKey.size >= MAX_COSTS_PER_DOCUMENT) memo.byKey.clear();
    memo.byKey.set(key, cost);
    return cost;
  };
}

/** The arguments the estimator reads (`estimator` below): a variable in one of them changes the cost. */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);

/** Names of the variables used in the arguments the cost reads and in `@skip`/`@include` conditions. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) names.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => collect(f.value));
  };
  visit(document, {
    Field(node) {
      for (const arg of node.arguments ?? []) if (COST_ARGUMENTS.has(arg.name.value)) collect(arg.value);
    },
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include')
        for (const arg of node.arguments ?? []) collect(arg.value);
    },
  });
  return [...names].sort();
}

const PLUMBING = new Set(['edges', 'node', 'nodes', 'pageInfo', 'aggregate']);

function isPlumbing(type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): boolean {
  return (
    (/(Connection|Edge)$/.test(type.name) && PLUMBING.has(field.name)) ||
    (/Stats$/.test(type.name) && field.name === 'groups')
  );
}

/** Whether a connection's selection asks for its items (fragment spreads are assumed to). */
function selectsItems(selectionSet: SelectionSetNode | undefined): boolean {
  return (selectionSet?.selections ?? []).some((s) =>
    s.kind === Kind.FIELD
      ? s.name.value === 'edges' || s.name.value === 'nodes'
      : s.kind === Kind.INLINE_FRAGMENT
        ? selectsItems(s.selectionSet)
        : true,
  );
}

function estimator(maxPage: number, maxGroups: number) {
  return ({ type, field, node, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (isLeafType(getNamedType(field.type))) return 0;
    if (isPlumbing(type, field)) return childComplexity;
    if (field.args.some((a) => a.name === 'first')) {
      if (/Connection$/.test(getNamedType(field.type).name) && !selectsItems(node.selectionSet)) {
        return 1 + childComplexity;
      }
      const cap = /Stats$/.test(getNamedType(field.type).name) ? maxGroups : maxPage;
      const size = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
      const paged = field.args.some((a) => a.name === 'last');
      const first = size(args.first) ?? size(args.last) ?? (paged ? PAGE_SIZE.default : 1);
      return Math.min(Math.max(first, 0), cap) * (1 + childComplexity);
    }
    // A refetch by ids (`nodes`) returns one object per id.
    if (Array.isArray(args.ids)) return Math.min(args.ids.length, maxPage) * (1 + childComplexity);
    return 1 + childComplexity;
  };
}
