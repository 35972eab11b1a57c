import { deliveryStateInput } from '../../webhooks/webhook-inputs.js';
import type { JsonObject, RestRoute } from '../rest-route.js';

/** The common ways a route's request becomes its operation's variables. */

/** The JSON body is the operation's `input`. */
export const asInput = (body: JsonObject) => ({ input: body });

/** The `:id` path parameter is the operation's `id`. */
export const byId = (_body: JsonObject, params: Record<string, string>) => ({ id: params.id });

/** The `:id` path parameter is the operation's `id`, and the JSON body its `input`. */
export const byIdWithInput = (body: JsonObject, params: Record<string, string>) => ({ id: params.id, input: body });

/** A query parameter documented as a whole number: its digits as a number, anything else left for the schema to refuse. */
export const wholeNumber = (value: string | null) => (value === null ? undefined : /^\d+$/.test(value) ? Number(value) : value);

/** A deliveries route's query: how many, and in which state. */
export const deliveriesQuery: RestRoute['query'] = {
  first: { type: 'integer', description: 'How many (50 by default, at most 500)' },
  state: { type: 'string', description: `Only deliveries in this state: ${deliveryStateInput.options.join(', ')}` },
};

/** A deliveries route's variables: the `:id` of its webhook or sink, with the page its query asks for. */
export const deliveriesOf = (_body: JsonObject, params: Record<string, string>, query: URLSearchParams) => ({
  id: params.id,
  first: wholeNumber(query.get('first')),
  state: query.get('state') ?? undefined,
});
