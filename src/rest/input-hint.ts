import { z } from 'zod';
import type { RestRoute } from './rest-route.js';

/**
 * What a route reads, by field name, with what its document says each takes: the body's descriptions, first
 * met wherever a name appears (`phone` at the top or in `recipients[]`), then the query parameters'.
 */
export function fieldDescriptions(route: RestRoute): Map<string, string> {
  const found = new Map<string, string>();
  if (route.body) collect(z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }), found);
  for (const [name, { description }] of Object.entries(route.query ?? {})) if (!found.has(name)) found.set(name, description);
  return found;
}

interface JsonSchemaNode {
  description?: string;
  type?: string | string[];
  maxLength?: number;
  maxItems?: number;
  enum?: unknown[];
  anyOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
}

function collect(node: unknown, found: Map<string, string>): void {
  if (node === null || typeof node !== 'object') return;
  for (const [name, property] of Object.entries((node as JsonSchemaNode).properties ?? {})) {
    const description = property.description ?? shapeOf(property);
    if (description && !found.has(name)) found.set(name, description);
  }
  for (const value of Object.values(node)) collect(value, found);
}

/** What an undescribed field takes, read from its schema: `text of at most 4096 characters`, `a list of at most 100`. */
function shapeOf(property: JsonSchemaNode): string | undefined {
  const variants = property.anyOf ?? [property];
  const shapes = variants.map((variant) => {
    const types = [variant.type].flat();
    if (variant.enum) return `one of ${variant.enum.map((value) => JSON.stringify(value)).join(', ')}`;
    if (types.includes('string')) return variant.maxLength === undefined ? 'text' : `text of at most ${variant.maxLength} characters`;
    if (types.includes('array')) return variant.maxItems === undefined ? 'a list' : `a list of at most ${variant.maxItems}`;
    if (types.includes('integer')) return 'a whole number';
    if (types.includes('number')) return 'a number';
    if (types.includes('boolean')) return 'true or false';
    if (types.includes('object')) return 'an object';
    return undefined;
  });
  const known = [...new Set(shapes.filter((shape) => shape !== undefined))];
  return known.length > 0 ? known.join(' or ') : undefined;
}

/** The field a refusal names: the first problem's path, or the words it starts with (`url must be…`, `phone: …`). */
const namedField = /^(?:Query parameter )?(?:[A-Za-z_]\w*(?:\[\d+\])?\.)*([A-Za-z_]\w*)(?:\[\d+\])?(?::| is | must )/;

function fieldOf(error: { message: string; extensions?: Readonly<Record<string, unknown>> }): string | undefined {
  const [first] = (error.extensions?.fields as Array<{ path: Array<string | number> }> | undefined) ?? [];
  const fromPath = first?.path.findLast((key): key is string => typeof key === 'string' && key !== 'input');
  return fromPath ?? namedField.exec(error.message)?.[1];
}

/**
 * The envelope's `message` for an input the route refused: what the field at fault takes, in the words of
 * the API reference, and where that reference describes the route.
 */
export function inputHint(
  route: RestRoute,
  descriptions: ReadonlyMap<string, string>,
  error: { message: string; extensions?: Readonly<Record<string, unknown>> },
): string {
  const where = `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')} and each of its fields are described at /api/docs`;
  const field = fieldOf(error);
  const description = field === undefined ? undefined : descriptions.get(field);
  return description ? `${field}: ${description.replace(/\.$/, '')}. ${where}` : where;
}
