import type { z } from 'zod';
import type { WebhookRecord } from '../db/entities/webhook-record.js';
import { ALL_SESSIONS } from '../domain/caller.js';
import type { DeliveryState } from '../domain/delivery-states.js';
import { maskedSinkUrl } from '../domain/event-sink-settings.js';
import type { EventSinkType } from '../domain/event-sink-types.js';
import { badInput, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import { checkAddress, type createEventSinkInput, type updateEventSinkInput } from './event-sink-inputs.js';
import type { DeliveryWithAttempts, WebhookChange, WebhookStore } from './webhook-store.js';
import type { WebhookWorker } from './webhook-worker.js';

type NewEventSinkInput = z.output<typeof createEventSinkInput>;
type EventSinkUpdate = z.output<typeof updateEventSinkInput>;

/** An event sink as every answer shows it: the broker's credentials masked. */
export type EventSink = Omit<WebhookRecord, 'kind' | 'target' | 'secret'> & { type: EventSinkType; target: string };

/** The event sink named in the configuration (EVENT_SINK_URL), kept in step with it at every start. */
export interface ConfiguredSink {
  type: EventSinkType;
  url: string;
  target: string;
  events: string[];
}

/**
 * Registering event sinks and reading their deliveries; publishing is the outbox worker's, as for webhooks.
 * Sinks are the admin key's: a broker's URL carries its credentials, and a sink may hear every session.
 * The URL is never shown or logged as given: every answer masks its password.
 */
export class EventSinkService {
  constructor(
    private readonly store: WebhookStore,
    private readonly worker: WebhookWorker,
    private readonly logger: Logger,
  ) {}

  async list(): Promise<EventSink[]> {
    return (await this.store.listSinks()).map(shown);
  }

  async get(id: number): Promise<EventSink> {
    return shown(await this.#find(id));
  }

  async create(input: NewEventSinkInput): Promise<EventSink> {
    const { type, ...rest } = input;
    const sink = await this.store.create({ ...rest, kind: type, secret: '' });
    this.logger.info({ sinkId: sink.id, type, target: sink.target, sessions: sink.sessions, events: sink.events }, 'event sink registered');
    if (sink.enabled) this.worker.wake();
    return shown(sink);
  }

  /**
   * Changes what is given. A URL given back as an answer showed it (its password masked) is the URL kept,
   * so a client may send a sink back whole with one field changed.
   */
  async update(id: number, input: EventSinkUpdate): Promise<EventSink> {
    const existing = await this.#find(id);
    const type = input.type ?? (existing.kind as EventSinkType);
    const url = input.url && input.url !== maskedSinkUrl(existing.url) ? input.url : existing.url;
    const target = input.target ?? existing.target ?? '';
    const problems: Array<{ path: string[]; message: string }> = [];
    checkAddress({ type, url, target }, (issue) => problems.push({ ...issue, path: ['input', ...issue.path] }));
    if (problems.length) throw badInput(problems[0]!.message, problems);
    const change: WebhookChange = {
      kind: type,
      url,
      target,
      ...(input.sessions && { sessions: input.sessions }),
      ...(input.events && { events: input.events }),
      ...(typeof input.enabled === 'boolean' && { enabled: input.enabled }),
    };
    const sink = (await this.store.update(id, change)) ?? this.#missing(id);
    this.logger.info({ sinkId: id, type, target }, 'event sink updated');
    if (sink.enabled) this.worker.wake();
    return shown(sink);
  }

  async delete(id: number): Promise<void> {
    await this.#find(id);
    if (!(await this.store.delete(id))) this.#missing(id);
    this.logger.info({ sinkId: id }, 'event sink deleted');
  }

  async deliveries(id: number, options: { first: number; state?: DeliveryState }): Promise<DeliveryWithAttempts[]> {
    await this.#find(id);
    return this.store.deliveries(id, options);
  }

  /**
   * Registers the configured event sink (it hears every session), or brings the one already registered at
   * its broker and target in step. Its URL may hold the broker's credentials: it is never logged.
   */
  async configure(configured: ConfiguredSink): Promise<void> {
    const address = { kind: configured.type, url: configured.url, target: configured.target };
    const existing = await this.store.findSink(address);
    if (existing) await this.store.update(existing.id, { sessions: [ALL_SESSIONS], events: configured.events });
    else await this.store.create({ ...address, sessions: [ALL_SESSIONS], events: configured.events, secret: '', enabled: true });
    this.logger.info(
      { type: configured.type, target: configured.target, events: configured.events },
      existing ? 'event sink from EVENT_SINK_URL updated' : 'event sink from EVENT_SINK_URL registered',
    );
    this.worker.wake();
  }

  async #find(id: number): Promise<WebhookRecord> {
    const sink = await this.store.find(id);
    return sink && sink.kind !== 'http' ? sink : this.#missing(id);
  }

  #missing(id: number): never {
    throw notFound(`Event sink ${id} not found`);
  }
}

function shown(sink: WebhookRecord): EventSink {
  const { kind, target, secret: _secret, url, ...rest } = sink;
  return { ...rest, type: kind as EventSinkType, url: maskedSinkUrl(url), target: target ?? '' };
}
