import mqtt, { type MqttClient } from 'mqtt';
import { ConnectionPublisher, PUBLISH_TIMEOUT_MS, withinTimeout, type SinkMessage } from './sink-publisher.js';

/** Brokers limit the QoS 1 messages in flight per client (Mosquitto: 20); more only wait in the client. */
const IN_FLIGHT = 16;

/** Publishes to `<prefix>/<session>/<event>` at QoS 1, in order: a batch is taken when every PUBACK is in. */
export class MqttPublisher extends ConnectionPublisher<MqttClient> {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {
    super();
  }

  protected async connect(lost: () => void) {
    const client = await mqtt.connectAsync(this.url, { reconnectPeriod: 0, connectTimeout: PUBLISH_TIMEOUT_MS, queueQoSZero: false });
    client.on('error', () => undefined);
    client.on('close', lost);
    return client;
  }

  /**
   * Keeps up to IN_FLIGHT publishes outstanding, each PUBACK letting the next one go: waiting for a whole
   * window instead would stall on every window behind a broker that sends its PUBACKs with Nagle's
   * algorithm on (Mosquitto's default), about 40 ms each time.
   */
  protected async send(client: MqttClient, messages: SinkMessage[]) {
    const connectionLost = lost(client);
    let next = 0;
    const lane = async () => {
      while (next < messages.length) {
        const message = messages[next++]!;
        await client.publishAsync(`${this.prefix}/${message.session}/${message.event}`, message.payload, { qos: 1 });
      }
    };
    try {
      await withinTimeout(
        Promise.race([
          Promise.all(Array.from({ length: Math.min(IN_FLIGHT, messages.length) }, lane)),
          // Without reconnecting, a dropped connection leaves its unacknowledged publishes waiting for good.
          connectionLost.promise,
        ]),
        'the MQTT broker did not acknowledge',
      );
    } finally {
      connectionLost.forget();
    }
  }

  protected async disconnect(client: MqttClient) {
    await client.endAsync(true);
  }
}

/** A promise that rejects when the client's connection is (or has been) lost, until forgotten. */
function lost(client: MqttClient): { promise: Promise<never>; forget: () => void } {
  let fail = () => undefined as void;
  const promise = new Promise<never>((_, reject) => {
    fail = () => reject(new Error('the connection to the MQTT broker was lost'));
  });
  promise.catch(() => undefined);
  if (!client.connected) fail();
  else client.once('close', fail);
  return { promise, forget: () => client.off('close', fail) };
}
