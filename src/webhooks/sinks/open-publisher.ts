import type { EventSinkType } from '../../domain/event-sink-types.js';
import type { SinkPublisher } from './sink-publisher.js';

export interface SinkAddress {
  type: EventSinkType;
  url: string;
  target: string;
}

/** A sink's publisher; each broker's client is loaded only when a sink of its type exists. */
export async function openPublisher(sink: SinkAddress): Promise<SinkPublisher> {
  switch (sink.type) {
    case 'amqp':
      return new (await import('./amqp-publisher.js')).AmqpPublisher(sink.url, sink.target);
    case 'nats':
      return new (await import('./nats-publisher.js')).NatsPublisher(sink.url, sink.target);
    case 'mqtt':
      return new (await import('./mqtt-publisher.js')).MqttPublisher(sink.url, sink.target);
  }
}
