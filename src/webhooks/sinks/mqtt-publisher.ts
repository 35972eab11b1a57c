import mqtt, { type MqttClient } from 'mqtt';
import { ConnectionPublisher, PUBLISH_TIMEOUT_MS, withinTimeout, type SinkMessage } from './sink-publisher.js';

/** Brokers limit the QoS 1 messages in flight per client (Mosquitto: 20); more only wait in the client. */
const IN_FLIGHT = 16;

/** Publishes to `<prefix>/<session>/<event>` at QoS 1: a batch is taken when every PUBACK is in. */
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

  protected async send(client: MqttClient, messages: SinkMessage[]) {
    for (let start = 0; start < messages.length; start += IN_FLIGHT) {
      const chunk = messages.slice(start, start + IN_FLIGHT);
      const connectionLost = lost(client);
      try {
        await withinTimeout(
          Promise.race([
            Promise.all(
              chunk.map((message) =>
                client.publishAsync(`${this.prefix}/${message.session}/${message.event}`, message.payload, { qos: 1 }),
              ),
            ),
            // Without reconnecting, a dropped connection leaves its unacknowledged publishes waiting for good.
            connectionLost.promise,
          ]),
          'the MQTT broker did not acknowledge',
        );
      } finally {
        connectionLost.forget();
      }
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
