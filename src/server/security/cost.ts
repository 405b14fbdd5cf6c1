import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getVariableValues,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The estimated cost of an operation: every field counts 1, and everything below a field with a
 * `first` argument counts `first` times (its literal, variable or schema default, capped at
 * `maxPage`, beyond which the page-size check refuses the query anyway). So
 * `facilities(first: 100) { nodes { id } }` costs 1 + 100 × 2. Fragments are priced once
 * and scaled where spread, so the estimate is linear in the document's size.
 *
 * graphql-armor's cost rule runs at validation time, without variables, and ignores `first` given
 * as a variable or by default; hence this estimator. Undefined when the variables do not coerce
 * (execution reports that error).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  maxPage: number,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fragmentCosts = new Map<string, number>();
  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;

  function selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLType): number {
    const typeInfo = new TypeInfo(schema, parentType);
    const scales = [1];
    let cost = 0;
    visit(
      selectionSet,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(node) {
            const scale = scales[scales.length - 1];
            cost += scale;
            scales.push(scale * pageSize(node, typeInfo.getFieldDef()));
          },
          leave() {
            scales.pop();
          },
        },
        FragmentSpread(node) {
          cost += scales[scales.length - 1] * fragmentCost(node.name.value);
        },
      }),
    );
    return cost;
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // Validation has already refused unknown fragments and spread cycles.
    const cost = fragment && type ? selectionCost(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  }

  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown> | null | undefined): number {
    const definition = field?.args.find((a) => a.name === 'first');
    if (!definition) return 1;
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), maxPage) : 1;
  }
}
