import { parse, typeFromAST, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schema } from '../../../src/graphql/schema.js';
import { jsonToInput } from '../../../src/rest/json-to-input.js';
import { restRoutes } from '../../../src/rest/routes/index.js';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

/**
 * A body with every documented field filled in, at every depth: of two forms (a recipient as a plain chat
 * id or as an object), the one with fields.
 */
function everyField(json: JsonSchema): unknown {
  const form = json.anyOf?.find((option) => option.properties) ?? json.anyOf?.find((option) => option.type !== 'null') ?? json;
  if (form.properties) return Object.fromEntries(Object.entries(form.properties).map(([name, field]) => [name, everyField(field)]));
  if (form.items) return [everyField(form.items)];
  return form.enum?.[0] ?? 'x';
}

/** The names of an object's fields at every depth (`recipients[].phone`). */
function fieldNames(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldNames(item, `${at}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, field]) => [`${at}${name}`, ...fieldNames(field, `${at}${name}.`)]);
}

describe('REST bodies and GraphQL inputs', () => {
  const routes = restRoutes.filter((route) => route.body && route.variables);

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s: every field the document shows reaches the operation',
    (_name, route) => {
      const body = everyField(z.toJSONSchema(route.body!, { io: 'input', unrepresentable: 'any' }) as JsonSchema) as Record<
        string,
        unknown
      >;
      const operation = parse(route.operation).definitions[0] as OperationDefinitionNode;
      const types = new Map(
        (operation.variableDefinitions ?? []).map((variable) => [
          variable.variable.name.value,
          typeFromAST(schema, variable.type as never) as GraphQLInputType,
        ]),
      );
      const params = Object.fromEntries([...route.path.matchAll(/:(\w+)/g)].map(([, name]) => [name!, 'p']));
      const variables = route.variables!(body, params, new URLSearchParams());
      // What the REST door hands the operation, after it drops the fields an input type does not know.
      const reached = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, jsonToInput(value, types.get(name)!)]));
      const documented = fieldNames(body);
      const given = new Set(fieldNames('input' in reached && types.get('input') ? reached.input : reached));
      expect(documented.filter((field) => !given.has(field))).toEqual([]);
    },
  );
});
