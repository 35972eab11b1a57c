/**
 * The brokers an event sink publishes to: RabbitMQ (AMQP 0-9-1, a topic exchange), NATS JetStream (a
 * subject prefix), MQTT (a topic prefix). A webhook is the outbox's other kind of destination.
 */
export const eventSinkTypes = ['amqp', 'nats', 'mqtt'] as const;
export type EventSinkType = (typeof eventSinkTypes)[number];

/** Where an outbox row goes: a webhook (`http`) or a broker. */
export type DestinationKind = 'http' | EventSinkType;
