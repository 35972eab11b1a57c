import {
  getOperationAST,
  Kind,
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
}

export const publicField = { policy: { public: true } } satisfies { policy: FieldPolicy };
export const anyKeyField = { policy: { anyKey: true } } satisfies { policy: FieldPolicy };
export const strictRateLimit = { policy: { strictRateLimit: true } } satisfies { policy: FieldPolicy };
export const idempotent = { policy: { idempotent: true } } satisfies { policy: FieldPolicy };
export const strictAndIdempotent = { policy: { strictRateLimit: true, idempotent: true } } satisfies { policy: FieldPolicy };
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
