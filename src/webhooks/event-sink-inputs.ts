import { z } from 'zod';
import { ALL_SESSIONS } from '../domain/caller.js';
import { ALL_EVENTS } from '../domain/event-names.js';
import { eventSinkTarget, eventSinkType, eventSinkUrl, sinkTargetProblem, sinkUrlProblem } from '../domain/event-sink-settings.js';
import type { EventSinkType } from '../domain/event-sink-types.js';
import { recordId } from '../domain/record-id.js';
import { webhookEvents } from '../domain/webhook-settings.js';
import { webhookSessions } from './webhook-inputs.js';

/**
 * The event sink inputs, described once for GraphQL, REST and the OpenAPI document. A URL and a target are
 * checked against the type they go with: on creation here, on a change by the service (which knows the
 * sink's type when the change does not give it).
 */

/** Adds an issue for each of a URL and a target that does not suit the type. */
export function checkAddress(
  address: { type: EventSinkType; url?: string | null; target?: string | null },
  addIssue: (issue: { path: string[]; message: string }) => void,
): void {
  const urlProblem = address.url ? sinkUrlProblem(address.type, address.url) : undefined;
  if (urlProblem) addIssue({ path: ['url'], message: `url ${urlProblem}` });
  const targetProblem = address.target ? sinkTargetProblem(address.type, address.target) : undefined;
  if (targetProblem) addIssue({ path: ['target'], message: `target ${targetProblem}` });
}

export const createEventSinkInput = z
  .object({
    type: eventSinkType,
    url: eventSinkUrl,
    target: eventSinkTarget,
    events: webhookEvents.nullish().transform((events) => events ?? [ALL_EVENTS]),
    sessions: webhookSessions
      .nullish()
      .transform((sessions) => sessions ?? [ALL_SESSIONS])
      .describe('The sessions whose events it gets, or ["*"] (the default) for every session'),
    enabled: z
      .boolean()
      .nullish()
      .transform((enabled) => enabled ?? true)
      .describe('true when not given'),
  })
  .superRefine((input, ctx) => checkAddress(input, (issue) => ctx.addIssue({ code: 'custom', ...issue })));

export const updateEventSinkInput = z
  .object({
    type: eventSinkType.nullish(),
    url: eventSinkUrl.nullish().describe('The broker\'s URL; one that comes back masked as it was shown ("***") keeps the credentials'),
    target: eventSinkTarget.nullish(),
    events: webhookEvents.nullish(),
    sessions: webhookSessions.nullish().describe('The sessions whose events it gets, or ["*"] for every session'),
    enabled: z
      .boolean()
      .nullish()
      .describe('false stops publishing (events raised meanwhile are not kept for it); true resumes it and clears a disabledReason'),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== null && value !== undefined),
    'Give at least one of type, url, target, events, sessions, enabled to change',
  );

export const eventSinkId = recordId('Event sink id');
