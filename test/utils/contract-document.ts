import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown> };
}

/** A Node stack frame, `at fn (file.js:1:2)`, which no answer may carry. */
const STACK_FRAME = /\bat \S+ \(?[^\s()]+:\d+:\d+\)?/;

/**
 * Checks an answer against what the document says of its operation: the status is one it lists (and is
 * not a 500), the body is of a content type it lists, and a JSON body fits the schema of that status.
 * Answers with the problem, or undefined when the answer is as documented.
 */
export function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  const resolved = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(resolved);
    if (schema === null || typeof schema !== 'object') return schema;
    const ref = (schema as { $ref?: string }).$ref;
    if (ref) return resolved(document.components.schemas[ref.replace('#/components/schemas/', '')]);
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolved(value)]));
  };
  const compiled = new Map<unknown, ValidateFunction>();
  const validatorOf = (schema: unknown) => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(resolved(schema) as object)));
    return validate;
  };

  return (operation: OpenApiOperation, status: number, contentType: string | null, body: string): string | undefined => {
    const documented = operation.responses[String(status)];
    if (!documented) return `status ${status} is not in the document (${Object.keys(operation.responses).join(', ')})`;
    if (status === 500) return 'an internal error';
    if (STACK_FRAME.test(body)) return 'a stack trace in the body';
    const type = (contentType ?? '').split(';')[0]!.trim();
    const content = documented.content ?? {};
    if (type === 'application/json') {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return 'a body that is not JSON, though it says it is';
      }
      const schema = content['application/json']?.schema;
      if (!schema) return content['*/*'] ? undefined : 'a JSON body where the document lists none';
      const validate = validatorOf(schema);
      if (!validate(json)) return `a body the document does not describe: ${ajv.errorsText(validate.errors)} in ${body.slice(0, 300)}`;
      return undefined;
    }
    if (!content[type] && !content['*/*']) return `a ${type || 'typeless'} body the document does not list`;
    return undefined;
  };
}
