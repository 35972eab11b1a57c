import {
  getOperationAST,
  GraphQLString,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Access rules carried by root fields themselves (Pothos `extensions`), so the auth and rate-limit
 * plugins read them from the schema and every door gets the same rules.
 */
export interface FieldPolicy {
  /** Answers without an API key and is not counted by the rate limits (the health check). */
  public?: true;
  /**
   * Any known key may read it, whatever its sessions (the gateway's version, the test number's setting);
   * a session it names must still exist.
   */
  anyKey?: true;
  /** Counted by the strict rate limit as well as the standard one (sends to many, unlinking). */
  strictRateLimit?: true;
  /** Takes an idempotency key (`idempotencyKey`, or the Idempotency-Key header): a repeat runs nothing. */
  idempotent?: true;
  /**
   * The argument that names the session the field acts on, where it is not `session` (the session
   * resource's own fields take `name`). A field with neither is an admin operation.
   */
  sessionArgument?: string;
  /**
   * Needs the session's driver (a send, its chats, its QR code, logging out): in a cluster it can only run
   * on the node that holds the session, so while the session moves between nodes it is refused.
   */
  needsDriver?: true;
  /**
   * Stops something that runs where the session runs (the session itself, a campaign's run): in a cluster
   * it runs on that node, or here when no node runs the session. Session-scoped fields with neither flag
   * need only the database and run on the node that was asked.
   */
  onOwner?: true;
  /** Names a session but is the admin key's alone (deleting a session), whatever sessions a key may use. */
  adminOnly?: true;
}

export const publicField = { policy: { public: true } } satisfies { policy: FieldPolicy };
export const anyKeyField = { policy: { anyKey: true } } satisfies { policy: FieldPolicy };
export const strictRateLimit = { policy: { strictRateLimit: true } } satisfies { policy: FieldPolicy };
export const idempotent = { policy: { idempotent: true } } satisfies { policy: FieldPolicy };
export const strictAndIdempotent = { policy: { strictRateLimit: true, idempotent: true } } satisfies { policy: FieldPolicy };
export const needsDriver = { policy: { needsDriver: true } } satisfies { policy: FieldPolicy };
export const onOwner = { policy: { onOwner: true } } satisfies { policy: FieldPolicy };
export const adminOnly = { policy: { adminOnly: true } } satisfies { policy: FieldPolicy };
/** A field's extensions with every policy given. */
export const policies = (...parts: Array<{ policy: FieldPolicy }>) => ({
  policy: Object.assign({}, ...parts.map((part) => part.policy)) as FieldPolicy,
});
export const sessionNamedBy = (argument: string) => ({ policy: { sessionArgument: argument } }) satisfies { policy: FieldPolicy };

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Makes a retry safe: a repeat of this request with the same key gets the first answer and sends nothing (also the Idempotency-Key header)';

type Policies = Array<FieldPolicy | undefined>;

/** A root field an operation selects: its definition (none for `__schema` and the like) and where it is selected. */
export interface RootField {
  definition: GraphQLField<unknown, unknown> | undefined;
  node: FieldNode;
  policy: FieldPolicy | undefined;
}

interface OperationRoot {
  operation: OperationDefinitionNode | undefined;
  fields: RootField[];
}

/** yoga's parser cache hands out the same document for the same query, so the walk is done once per query. */
const rootsByDocument = new WeakMap<DocumentNode, Map<string, OperationRoot>>();

/** The operation an execution runs, with the root fields it selects. */
export function operationRoot(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): OperationRoot {
  let byOperation = rootsByDocument.get(document);
  if (!byOperation) rootsByDocument.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let root = byOperation.get(key);
  if (!root) byOperation.set(key, (root = collectRootFields(schema, document, operationName)));
  return root;
}

/**
 * The policies of the root fields an operation selects; `undefined` stands for a field with no policy of
 * its own (introspection's `__schema` too), so "all public" holds only for an all-public selection.
 */
export function rootFieldPolicies(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Policies {
  const { fields } = operationRoot(schema, document, operationName);
  return fields.length > 0 ? fields.map((field) => field.policy) : [undefined];
}

function collectRootFields(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): OperationRoot {
  const operation = getOperationAST(document, operationName) ?? undefined;
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return { operation, fields: [] };
  const definitions = rootType.getFields();
  const fields: RootField[] = [];
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition: GraphQLField<unknown, unknown> | undefined = definitions[selection.name.value];
        fields.push({ definition, node: selection, policy: definition?.extensions.policy as FieldPolicy | undefined });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet, seen);
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return { operation, fields };
}

export const isPublicOperation = (policies: Policies) => policies.length > 0 && policies.every((p) => p?.public === true);

/**
 * The session a root field acts on: `undefined` when the field is not session-scoped (it has no `session`
 * argument, nor one its policy names), `null` when the value given is not a string (the execution reports
 * that), else the name. Read from the raw variables, so a session is checked even when another variable is
 * wrong: an unknown session is NOT_FOUND before any complaint about the body.
 */
export function sessionOfField(
  field: RootField,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): string | null | undefined {
  const name = field.policy?.sessionArgument ?? 'session';
  const argument = field.definition?.args.find((candidate) => candidate.name === name);
  if (!argument) return undefined;
  const given = field.node.arguments?.find((node) => node.name.value === name)?.value;
  let value: unknown = argument.defaultValue;
  if (given?.kind === Kind.VARIABLE && !(given.name.value in variables)) {
    // A variable left out takes its definition's default, as the execution will.
    const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === given.name.value);
    value = definition?.defaultValue ? valueFromAST(definition.defaultValue, GraphQLString) : null;
  } else if (given) {
    value = valueFromAST(given, GraphQLString, variables);
  }
  return typeof value === 'string' ? value : null;
}
