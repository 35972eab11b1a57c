import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { EventBus, GatewayEvent } from '../events.js';
import { connectionStates, type ConnectionState } from '../domain/connection-states.js';

/** The gateway's Prometheus metrics, in one registry of their own (with Node's process metrics). */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'waqtor_http_requests_total',
    help: 'HTTP requests answered, by route (the documented path pattern), method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'waqtor_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'waqtor_graphql_operations_total',
    help: 'GraphQL root fields run, by operation type, field and outcome (ok or error); REST routes run theirs too',
    labelNames: ['type', 'field', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly messagesSent = new Counter({
    name: 'waqtor_messages_sent_total',
    help: 'Messages WhatsApp accepted, by session and kind',
    labelNames: ['session', 'kind'] as const,
    registers: [this.registry],
  });

  readonly messagesFailed = new Counter({
    name: 'waqtor_messages_failed_total',
    help: 'Sends that failed after their input was accepted, by session, kind and error code',
    labelNames: ['session', 'kind', 'code'] as const,
    registers: [this.registry],
  });

  readonly sendsRefused = new Counter({
    name: 'waqtor_sends_refused_total',
    help: 'Messages WhatsApp refused as over a limit, or the gateway did not try for that reason, by session and reason (account_limited: WhatsApp refused it; held_back: not tried while limited)',
    labelNames: ['session', 'reason'] as const,
    registers: [this.registry],
  });

  readonly sessionsLimited = new Gauge({
    name: 'waqtor_sessions_limited',
    help: 'Whether WhatsApp limits each session run here: 1 while it refuses messages to new contacts, else 0',
    labelNames: ['session'] as const,
    registers: [this.registry],
  });

  readonly acks = new Counter({
    name: 'waqtor_message_acks_total',
    help: 'Delivery acks received for sent messages, by session and status',
    labelNames: ['session', 'status'] as const,
    registers: [this.registry],
  });

  readonly inbound = new Counter({
    name: 'waqtor_messages_received_total',
    help: 'Messages received by the linked account, by session and WhatsApp type',
    labelNames: ['session', 'type'] as const,
    registers: [this.registry],
  });

  readonly campaignRecipients = new Counter({
    name: 'waqtor_campaign_recipients_total',
    help: 'Campaign recipients moved to a state (sent, delivered, read, failed, unknown, skipped…), by session',
    labelNames: ['session', 'state'] as const,
    registers: [this.registry],
  });

  readonly driverRestarts = new Counter({
    name: 'waqtor_driver_restarts_total',
    help: 'WhatsApp connections dropped, by session and reason; the driver starts afresh after each unless the reason is a block',
    labelNames: ['session', 'reason'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'waqtor_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome: delivered, retried (a retry is scheduled) or dead (given up on)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly sinkDeliveries = new Counter({
    name: 'waqtor_event_sink_deliveries_total',
    help: 'Event sink publish attempts by sink and outcome: delivered (the broker took it), retried or dead',
    labelNames: ['sink_id', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly connectionsRefused = new Counter({
    name: 'waqtor_http_connections_refused_total',
    help: 'Connections closed at once because their client address already held HTTP_MAX_CONNECTIONS_PER_CLIENT',
    registers: [this.registry],
  });

  readonly eventsDropped = new Counter({
    name: 'waqtor_events_dropped_total',
    help: 'Driver events (acks, messages…) dropped because too many waited for the database to come back, by session',
    labelNames: ['session'] as const,
    registers: [this.registry],
  });

  readonly eventSubscriptions = new Gauge({
    name: 'waqtor_event_subscriptions',
    help: 'Subscriptions listening to events on this node, by the session they name (* for all): each GraphQL subscription, and one for all raw WebSocket clients',
    labelNames: ['session'] as const,
    registers: [this.registry],
  });

  #stopEvents: (() => void) | undefined;

  /** In a cluster, every series carries the node it was measured on, so the nodes' scrapes add up. */
  constructor(node?: string) {
    if (node !== undefined) this.registry.setDefaultLabels({ node });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The sessions' connection states, read from their drivers when scraped. */
  sessionStates(read: () => Iterable<[session: string, state: ConnectionState]>): void {
    new Gauge({
      name: 'waqtor_session_state',
      help: 'The WhatsApp connection state of each session: 1 for the state it is in, 0 for the others',
      labelNames: ['session', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [session, current] of read())
          for (const state of connectionStates) this.set({ session, state }, state === current ? 1 : 0);
      },
    });
  }

  /** The webhook deliveries waiting in the outbox, counted when scraped. */
  webhookQueue(read: () => Promise<number>): void {
    new Gauge({
      name: 'waqtor_webhook_queue_depth',
      help: 'Webhook deliveries in the outbox not yet delivered or given up on',
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** Each event sink's undelivered events, counted when scraped: how many, and how long the oldest has waited. */
  sinkQueues(read: () => Promise<Array<{ id: number; type: string; depth: number; oldestAgeSeconds: number }>>): void {
    const collectWith = (pick: (queue: { depth: number; oldestAgeSeconds: number }) => number) =>
      async function collect(this: Gauge<'sink_id' | 'type'>) {
        this.reset();
        for (const queue of await read()) this.set({ sink_id: String(queue.id), type: queue.type }, pick(queue));
      };
    new Gauge({
      name: 'waqtor_event_sink_queue_depth',
      help: 'Events in the outbox not yet published to the event sink nor given up on, by sink',
      labelNames: ['sink_id', 'type'] as const,
      registers: [this.registry],
      collect: collectWith((queue) => queue.depth),
    });
    new Gauge({
      name: 'waqtor_event_sink_oldest_undelivered_seconds',
      help: 'How long the oldest event not yet published to the event sink has waited, by sink (0: none waits)',
      labelNames: ['sink_id', 'type'] as const,
      registers: [this.registry],
      collect: collectWith((queue) => queue.oldestAgeSeconds),
    });
  }

  /** The driver events waiting to be stored (while the database is away), per session: how many, and the oldest's age. */
  eventQueues(read: () => Iterable<{ session: string; depth: number; oldestAgeSeconds: number }>): void {
    const collectWith = (pick: (queue: { depth: number; oldestAgeSeconds: number }) => number) =>
      function collect(this: Gauge<'session'>) {
        this.reset();
        for (const queue of read()) this.set({ session: queue.session }, pick(queue));
      };
    new Gauge({
      name: 'waqtor_event_queue_depth',
      help: 'Driver events waiting to be stored and announced, by session; they wait while the database is away',
      labelNames: ['session'] as const,
      registers: [this.registry],
      collect: collectWith((queue) => queue.depth),
    });
    new Gauge({
      name: 'waqtor_event_queue_oldest_seconds',
      help: 'How long the oldest driver event waiting to be stored has waited, by session',
      labelNames: ['session'] as const,
      registers: [this.registry],
      collect: collectWith((queue) => queue.oldestAgeSeconds),
    });
  }

  /** Times an HTTP request until its answer is written, under its route's label. */
  observeHttp(req: IncomingMessage, res: ServerResponse, route: string): void {
    const end = this.httpDuration.startTimer();
    res.once('finish', () => {
      const labels = { route, method: req.method ?? 'GET', status: String(res.statusCode) };
      end(labels);
      this.httpRequests.inc(labels);
    });
  }

  /** A gauge read when scraped, e.g. the connected WebSocket clients per endpoint. */
  gauge(name: string, help: string, label: string, read: () => Record<string, number>): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        for (const [value, count] of Object.entries(read())) this.set({ [label]: value }, count);
      },
    });
  }

  /** Counts what this gateway announces on the bus, until stop(). */
  watch(bus: EventBus): void {
    const events = bus.subscribeLocal()[Symbol.asyncIterator]();
    this.#stopEvents = () => void events.return?.();
    void (async () => {
      for (let next = await events.next(); !next.done; next = await events.next()) this.#count(next.value);
    })();
  }

  stop(): void {
    this.#stopEvents?.();
  }

  #count(event: GatewayEvent): void {
    switch (event.event) {
      case 'message_ack':
        this.acks.inc({ session: event.session, status: event.data.status });
        break;
      case 'message':
        if (!event.data.fromMe) this.inbound.inc({ session: event.session, type: event.data.type });
        break;
      case 'campaign_progress':
        if (event.data.recipient) this.campaignRecipients.inc({ session: event.session, state: event.data.recipient.state });
        break;
      case 'disconnected':
        this.driverRestarts.inc({ session: event.session, reason: event.data.reason });
        break;
      default:
        break;
    }
  }
}
