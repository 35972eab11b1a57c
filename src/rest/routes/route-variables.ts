import type { JsonObject } from '../rest-route.js';

/** The common ways a route's request becomes its operation's variables. */

/** The JSON body is the operation's `input`. */
export const asInput = (body: JsonObject) => ({ input: body });

/** The `:id` path parameter is the operation's `id`. */
export const byId = (_body: JsonObject, params: Record<string, string>) => ({ id: params.id });

/** The `:id` path parameter is the operation's `id`, and the JSON body its `input`. */
export const byIdWithInput = (body: JsonObject, params: Record<string, string>) => ({ id: params.id, input: body });

/** A query parameter documented as a whole number: its digits as a number, anything else left for the schema to refuse. */
export const wholeNumber = (value: string | null) => (value === null ? undefined : /^\d+$/.test(value) ? Number(value) : value);
