import { Kind, parse, print, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** `$session: String!` and `session: $session`, as graphql-js parses them. */
const template = parse('query ($session: String!) { field(session: $session) }').definitions[0] as OperationDefinitionNode;
const sessionVariable = template.variableDefinitions![0]!;
const sessionArgument = (template.selectionSet.selections[0] as FieldNode).arguments![0]!;

/** Whether an operation's root field acts on a session (takes `session`), so its route has a per-session copy. */
export function actsOnSession(schema: GraphQLSchema, operation: string): boolean {
  const definition = parse(operation).definitions[0] as OperationDefinitionNode;
  const field = definition.selectionSet.selections[0];
  const root = schema.getRootType(definition.operation);
  if (field?.kind !== Kind.FIELD || !root) return false;
  return root.getFields()[field.name.value]?.args.some((argument) => argument.name === 'session') ?? false;
}

/**
 * A route's operation made to act on the session named in its path: its root field gets
 * `session: $session`, and the operation the `$session` variable the REST adapter fills from the path.
 */
export function onSessionOperation(operation: string): string {
  const definition = parse(operation).definitions[0] as OperationDefinitionNode;
  const field = definition.selectionSet.selections[0];
  if (definition.selectionSet.selections.length !== 1 || field?.kind !== Kind.FIELD) {
    throw new Error(`a session route's operation must select one root field: ${operation}`);
  }
  return print({
    ...definition,
    variableDefinitions: [...(definition.variableDefinitions ?? []), sessionVariable],
    selectionSet: { ...definition.selectionSet, selections: [{ ...field, arguments: [...(field.arguments ?? []), sessionArgument] }] },
  });
}
