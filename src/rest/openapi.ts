import {
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { z } from 'zod';
import { codeOfStatus, errorTable, type ErrorCode } from '../errors.js';
import { BODY_MAX_BYTES } from '../http/read-body.js';
import { paramNames } from '../http/route-table.js';
import { isPublicOperation, rootFieldPolicies } from '../graphql/field-policy.js';
import { DIGITS_AS_TEXT_FIELDS } from './json-to-input.js';
import { pathParameterMaxLength, QUERY_PARAMETER_MAX_LENGTH, type RestRoute } from './rest-route.js';

type JsonSchema = Record<string, unknown>;

/** How an error answer is described: from the one error table, every code that answers with its status. */
const describedStatus = (status: number): string => {
  if (!codeOfStatus(status)) throw new Error(`No error code answers HTTP ${status}`);
  return (Object.keys(errorTable) as ErrorCode[])
    .filter((code) => errorTable[code].status === status)
    .map((code) => `${code}: ${errorTable[code].described}`)
    .join('; or ');
};

/** A 503 says when to try again. */
const retryAfterHeader = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
};

/** The fields a selection asks of an object of `type`, through the inline fragments that apply to it. */
function fieldsFor(type: GraphQLObjectType, selectionSet: SelectionSetNode): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind !== Kind.INLINE_FRAGMENT) return [];
    const condition = selection.typeCondition?.name.value;
    const applies = condition === undefined || condition === type.name || type.getInterfaces().some((face) => face.name === condition);
    return applies ? fieldsFor(type, selection.selectionSet) : [];
  });
}

/**
 * The JSON a selection produces. Null fields are left out of REST bodies unless the route keeps them, so a
 * nullable field is an optional property, or, where nulls are kept, a required one that may be null. An
 * interface or union is one of the object types its fragments name.
 */
function selectionSchema(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  keepNulls: boolean,
): JsonSchema {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return { type: 'array', items: selectionSchema(schema, inner.ofType, selectionSet, keepNulls) };
  if (isAbstractType(inner) && selectionSet) {
    const named = new Set(
      selectionSet.selections.flatMap((selection) =>
        selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition ? [selection.typeCondition.name.value] : [],
      ),
    );
    const possible = schema.getPossibleTypes(inner).filter((object) => named.size === 0 || named.has(object.name));
    const variants = possible.map((object) => selectionSchema(schema, object, selectionSet, keepNulls));
    return variants.length === 1 ? variants[0]! : { anyOf: variants };
  }
  if (isObjectType(inner) && selectionSet) {
    const fields = inner.getFields();
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const selection of fieldsFor(inner, selectionSet)) {
      const field = fields[selection.name.value]!;
      const name = selection.alias?.value ?? selection.name.value;
      const value = selectionSchema(schema, field.type, selection.selectionSet, keepNulls);
      const nullable = keepNulls && !isNonNullType(field.type);
      properties[name] = {
        ...(nullable ? { anyOf: [value, { type: 'null' }] } : value),
        ...(field.description && { description: field.description }),
      };
      if (isNonNullType(field.type) || keepNulls) required.push(name);
    }
    return { type: 'object', properties, required };
  }
  const named = getNamedType(inner);
  if (isEnumType(named)) return { type: 'string', enum: named.getValues().map((value) => value.value) };
  if (named === GraphQLInt) return { type: 'integer' };
  if (named === GraphQLFloat) return { type: 'number' };
  if (named === GraphQLBoolean) return { type: 'boolean' };
  if (named.name === 'DateTime') return { type: 'string', format: 'date-time' };
  return { type: 'string' };
}

/** The body of a route's success, or (`unavailable`) of the 503 that still carries the data. */
function successSchema(route: RestRoute, operation: OperationDefinitionNode, schema: GraphQLSchema, unavailable = false): JsonSchema {
  const selection = operation.selectionSet.selections[0]!;
  if (selection.kind !== Kind.FIELD) throw new Error(`${route.path}: the operation must select one field`);
  const field = schema.getRootType(operation.operation)!.getFields()[selection.name.value]!;
  const data = selectionSchema(schema, field.type, selection.selectionSet, route.reply?.keepNulls ?? false);
  const { form = 'data', message } = route.reply ?? {};
  if (form === 'bare') return data;
  const success = { type: 'boolean', const: !unavailable };
  if (form === 'message') return { type: 'object', properties: { success, message: { type: 'string' } }, required: ['success', 'message'] };
  return {
    type: 'object',
    properties: { success, ...(message && { message: { type: 'string', examples: [message] } }), data },
    required: ['success', ...(message ? ['message'] : []), 'data'],
  };
}

const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: a repeat with the same key and body gets the first answer (same status, same message id) and sends nothing, for IDEMPOTENCY_TTL_MS; the key with a different body is a 422',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

function bodySchema(body: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(body, {
    io: 'input',
    unrepresentable: 'any',
    // The REST door reads a phone number written as a JSON integer as its digits; the document says so.
    override: ({ jsonSchema, path }) => {
      if (jsonSchema.type !== 'string' || !DIGITS_AS_TEXT_FIELDS.has(fieldOf(path))) return;
      jsonSchema.type = ['string', 'integer'];
      jsonSchema.description = 'A JSON integer is read as its digits';
    },
  }) as JsonSchema;
  return json;
}

/** The property a JSON Schema path ends in (`properties.recipients.items.anyOf.0.properties.phone.anyOf.0` → `phone`). */
function fieldOf(path: ReadonlyArray<string | number>): string {
  const at = path.lastIndexOf('properties');
  return at >= 0 ? String(path[at + 1]) : '';
}

/**
 * The OpenAPI 3.1 document of the REST door, built from the route table: request bodies from the same zod
 * schemas the GraphQL schema validates with, response bodies from the GraphQL types each route's operation
 * selects. Committed as schema/openapi.json and served at /api/openapi.json.
 */
export function buildOpenApiDocument(routes: RestRoute[], schema: GraphQLSchema, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const document = parse(route.operation);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const policies = rootFieldPolicies(schema, document);
    const isPublic = isPublicOperation(policies);
    const idempotent = policies.some((policy) => policy?.idempotent);
    const idempotencyErrors = idempotent ? [409, 422] : [];
    // Any route that is not public may find the database away (503), whatever else it fails with.
    const errors = isPublic
      ? []
      : [
          ...new Set([400, 401, 403, ...(route.body ? [413, 415] : []), ...(route.failures ?? []), ...idempotencyErrors, 429, 500, 503]),
        ].sort();
    const image = { schema: { type: 'string', format: 'binary' } };
    const success = route.reply?.file
      ? { description: 'OK: the file itself, with its Content-Type and name', content: { '*/*': image } }
      : {
          description: route.reply?.image ? 'OK: the JSON body, or the image itself when a format is asked for' : 'OK',
          content: {
            'application/json': { schema: successSchema(route, operation, schema) },
            ...(route.reply?.image && { 'image/png': image, 'image/svg+xml': image }),
          },
        };
    const errorResponse = (status: number) => ({
      description: describedStatus(status),
      ...(status === 503 && { headers: retryAfterHeader }),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
    const responses: Record<string, unknown> = { 200: success };
    for (const status of errors)
      responses[status] =
        route.reply?.unavailableWhen && status === 503
          ? {
              description: describedStatus(503),
              headers: retryAfterHeader,
              // Not ready is still the status body, flagged; any other 503 is the error envelope.
              content: {
                'application/json': {
                  schema: { anyOf: [successSchema(route, operation, schema, true), { $ref: '#/components/schemas/Error' }] },
                },
              },
            }
          : errorResponse(status);
    const pathParams = [
      ...paramNames(route.path).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string', maxLength: pathParameterMaxLength(name) },
      })),
      ...Object.entries(route.query ?? {}).map(([name, { type, description }]) => ({
        name,
        in: 'query',
        required: false,
        description: `${description}; given once`,
        schema: { type, ...(type === 'string' && { maxLength: QUERY_PARAMETER_MAX_LENGTH }) },
      })),
      ...(idempotent ? [idempotencyKeyHeader] : []),
    ];
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method.toLowerCase()] = {
      operationId: operation.name
        ? `${operation.name.value[0]!.toLowerCase()}${operation.name.value.slice(1)}${route.onSession ? 'OnSession' : ''}`
        : undefined,
      summary: route.summary,
      tags: [route.tag],
      ...(isPublic && { security: [] }),
      ...(pathParams.length > 0 && { parameters: pathParams }),
      ...(route.body && {
        requestBody: {
          required: false,
          description: route.largeBody
            ? 'At most the base64 size of MEDIA_MAX_BYTES (about 21 MB by default); larger is 413'
            : 'At most 1 MB; larger is 413',
          content: {
            'application/json': { schema: bodySchema(route.body) },
            ...(route.csvBody && {
              'text/csv': { schema: { type: 'string', maxLength: BODY_MAX_BYTES, description: route.csvBody.description } },
            }),
          },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'WaQtor API',
      version,
      description: 'The REST door of the WaQtor WhatsApp gateway. Every route runs an operation of the GraphQL schema at /graphql.',
    },
    // Relative, so "Try it out" calls whichever host, address or port served the document (a fixed origin
    // is a CORS failure everywhere else).
    servers: [{ url: '/', description: 'The gateway that served this document' }],
    security: [{ apiKeyHeader: [] }, { apiKeyQuery: [] }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        apiKeyQuery: { type: 'apiKey', in: 'query', name: 'apiKey' },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: { success: { type: 'boolean', const: false }, error: { type: 'string' }, message: { type: 'string' } },
          required: ['success', 'error', 'message'],
        },
      },
    },
  };
}

/** schema/openapi.json as committed: the document of the routes this gateway serves. */
export function printedOpenApiDocument(routes: RestRoute[], schema: GraphQLSchema, version: string): string {
  return `${JSON.stringify(buildOpenApiDocument(routes, schema, version), null, 2)}\n`;
}
