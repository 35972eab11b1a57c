import { getOperationAST, Kind, type DocumentNode, type GraphQLField, type GraphQLSchema, type SelectionSetNode } from 'graphql';

/**
 * Access rules carried by root fields themselves (Pothos `extensions`), so the auth and rate-limit
 * plugins read them from the schema and every door gets the same rules.
 */
export interface FieldPolicy {
  /** Answers without an API key and is not counted by the rate limits (the health check). */
  public?: true;
  /** Counted by the strict rate limit as well as the standard one (sends to many, unlinking). */
  strictRateLimit?: true;
  /** Takes an idempotency key (`idempotencyKey`, or the Idempotency-Key header): a repeat runs nothing. */
  idempotent?: true;
}

export const publicField = { policy: { public: true } } satisfies { policy: FieldPolicy };
export const strictRateLimit = { policy: { strictRateLimit: true } } satisfies { policy: FieldPolicy };
export const idempotent = { policy: { idempotent: true } } satisfies { policy: FieldPolicy };
export const strictAndIdempotent = { policy: { strictRateLimit: true, idempotent: true } } satisfies { policy: FieldPolicy };

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Makes a retry safe: a repeat of this request with the same key gets the first answer and sends nothing (also the Idempotency-Key header)';

type Policies = Array<FieldPolicy | undefined>;

/** yoga's parser cache hands out the same document for the same query, so the walk is done once per query. */
const policiesByDocument = new WeakMap<DocumentNode, Map<string, Policies>>();

/**
 * The policies of the root fields an operation selects; `undefined` stands for a field with no policy of
 * its own (introspection's `__schema` too), so "all public" holds only for an all-public selection.
 */
export function rootFieldPolicies(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Policies {
  let byOperation = policiesByDocument.get(document);
  if (!byOperation) policiesByDocument.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let policies = byOperation.get(key);
  if (!policies) byOperation.set(key, (policies = collectPolicies(schema, document, operationName)));
  return policies;
}

function collectPolicies(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Policies {
  const operation = getOperationAST(document, operationName);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return [undefined];
  const fields = rootType.getFields();
  const policies: Policies = [];
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field: GraphQLField<unknown, unknown> | undefined = fields[selection.name.value];
        policies.push(field?.extensions.policy as FieldPolicy | undefined);
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
  return policies;
}

export const isPublicOperation = (policies: Policies) => policies.length > 0 && policies.every((p) => p?.public === true);
