import { z } from 'zod';
import { MAX_URL_LENGTH } from './input-bounds.js';
import { eventSinkTypes, type EventSinkType } from './event-sink-types.js';

/*
 * What an event sink is: the broker's kind, its URL and where on it events go. Shared by the sink inputs of
 * the API and the EVENT_SINK_* settings.
 */

const urlSchemes: Record<EventSinkType, readonly string[]> = {
  amqp: ['amqp:', 'amqps:'],
  nats: ['nats:', 'tls:'],
  mqtt: ['mqtt:', 'mqtts:', 'ws:', 'wss:'],
};

const MAX_TARGET_LENGTH = 200;

/**
 * Each type's target, in the characters every broker takes for it: an exchange name (not one of RabbitMQ's
 * own `amq.` exchanges, which it refuses to declare), a subject prefix of dot-separated tokens (no
 * wildcards), a topic prefix of slash-separated levels (no wildcards, nothing that starts with `$`).
 */
const targetRules: Record<EventSinkType, { pattern: RegExp; rule: string }> = {
  amqp: { pattern: /^(?!amq\.)[\w.:-]+$/, rule: 'an exchange name: letters, digits and . : - _, not starting with amq.' },
  nats: { pattern: /^[\w:-]+(\.[\w:-]+)*$/, rule: 'a subject prefix: tokens of letters, digits, : - _ joined by dots, e.g. waqtor.events' },
  mqtt: {
    pattern: /^[\w.:-]+(\/[\w.:-]+)*$/,
    rule: 'a topic prefix: levels of letters, digits, . : - _ joined by slashes, e.g. waqtor/events',
  },
};

export const eventSinkType = z
  .enum(eventSinkTypes, { error: `type must be one of ${eventSinkTypes.join(', ')}` })
  .describe('The broker: amqp (RabbitMQ), nats (NATS JetStream) or mqtt');

export const eventSinkUrl = z
  .string({ error: 'url is required' })
  .trim()
  .min(1, 'url is required')
  .max(MAX_URL_LENGTH, `url is too long: at most ${MAX_URL_LENGTH} characters`)
  .describe("The broker's URL, with its credentials if it needs them (never shown again: answers mask them)");

export const eventSinkTarget = z
  .string({ error: 'target is required' })
  .trim()
  .min(1, 'target is required')
  .max(MAX_TARGET_LENGTH, `target is too long: at most ${MAX_TARGET_LENGTH} characters`)
  .describe('Where on the broker: the topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt)');

/** What is wrong with a broker URL for a type, if anything, said of the field that holds it. */
export function sinkUrlProblem(type: EventSinkType, url: string): string | undefined {
  const schemes = urlSchemes[type];
  if (URL.canParse(url) && schemes.includes(new URL(url).protocol) && new URL(url).hostname) return undefined;
  return `must be a ${schemes.map((scheme) => `${scheme}//`).join(' or ')} URL for a ${type} sink, e.g. ${urlExamples[type]}`;
}

const urlExamples: Record<EventSinkType, string> = {
  amqp: 'amqp://user:password@rabbitmq:5672',
  nats: 'nats://nats:4222',
  mqtt: 'mqtt://user:password@mosquitto:1883',
};

/** What is wrong with a target for a type, if anything, said of the field that holds it. */
export function sinkTargetProblem(type: EventSinkType, target: string): string | undefined {
  const { pattern, rule } = targetRules[type];
  return pattern.test(target) ? undefined : `must be ${rule}`;
}

/**
 * The URL as it may be shown: a password, or a token given as the user name alone (NATS), becomes `***`.
 * Anything that is not a URL is shown as a placeholder rather than risk showing a secret.
 */
export function maskedSinkUrl(url: string): string {
  if (!URL.canParse(url)) return '(not a URL)';
  const parsed = new URL(url);
  if (parsed.password) parsed.password = MASK;
  else if (parsed.username) parsed.username = MASK;
  return parsed.href;
}

export const MASK = '***';
