import type { z } from 'zod';
import type { JsonAnswer } from '../http/respond.js';
import { MAX_ID_LENGTH } from '../domain/input-bounds.js';
import { NAME_MAX_LENGTH } from '../domain/session-name.js';

/** A route's answer that is a file (a QR code image, a message's media) rather than JSON. */
export interface FileAnswer {
  status: 200;
  file: { contentType: string; data: Buffer };
  headers?: Record<string, string>;
}

/** What the REST adapter writes back: the status code, the documented JSON body (or a file) and any headers. */
export type RestResponse = JsonAnswer | FileAnswer;

export type JsonObject = Record<string, unknown>;

/**
 * How a route's result becomes its documented body:
 * - `data` (the default): `{success: true, message?, data: <the operation's field>}`;
 * - `message`: `{success: true, message: <the field's message>}`;
 * - `bare`: the field itself (the health check).
 */
export interface RestReply {
  form?: 'data' | 'message' | 'bare';
  /** The envelope's `message` on success. */
  message?: string | ((data: JsonObject) => string);
  /** Documented bodies that show a null field keep it; by default null fields are left out. */
  keepNulls?: true;
  /** The field carries `image: {contentType, data}` (base64) when asked for one: the answer is the image itself. */
  image?: true;
  /** The field is a file, `{contentType, filename, data}` (base64): the answer is the file itself, with its name. */
  file?: true;
  /** Documented as a 503 whose body still carries the data (`success: false`), for monitors to alert on. */
  unavailableWhen?: (data: JsonObject) => boolean;
}

/**
 * One documented REST route: the GraphQL operation it runs (one root field; parsed and validated against
 * the schema once, at start-up), how a request becomes the operation's variables, and how the field's
 * value becomes the documented body. Errors need nothing here: the adapter maps them through the one
 * error table.
 */
export interface RestRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `/api/campaigns/:id` style; each `:name` is a path parameter. */
  path: string;
  summary: string;
  tag: string;
  operation: string;
  /** The JSON body the route reads, for the OpenAPI document; the schema itself validates the values. */
  body?: z.ZodType;
  /**
   * The route also takes a `text/csv` body: turned, with the query parameters, into the JSON body it
   * stands for, which is then read as any other.
   */
  csvBody?: { description: string; toJson(csv: string, query: URLSearchParams): JsonObject };
  /** Routes that carry a base64 file get the media body limit instead of the standard one. */
  largeBody?: true;
  /** The query parameters the route reads, for the OpenAPI document. */
  query?: Record<string, { type: 'boolean' | 'integer' | 'string'; description: string }>;
  variables?: (body: JsonObject, params: Record<string, string>, query: URLSearchParams) => JsonObject;
  /** The statuses this route answers beyond every route's (400, 401, 403, 413 with a body, 429, 500), for the OpenAPI document. */
  failures?: Array<404 | 502 | 503>;
  reply?: RestReply;
  /** Set on the copy of a documented route that acts on the session named in its path (`/api/sessions/:session/…`). */
  onSession?: true;
}

/** The longest value a path parameter has: a session's name, or an id. A longer one names nothing. */
export const pathParameterMaxLength = (name: string) => (name === 'session' ? NAME_MAX_LENGTH : MAX_ID_LENGTH);

/** The longest value of a documented query parameter: a number, a state or a format. */
export const QUERY_PARAMETER_MAX_LENGTH = MAX_ID_LENGTH;
