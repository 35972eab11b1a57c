import type { WebhookDeliveryRecord } from '../db/entities/webhook-delivery-record.js';
import type { AttemptResult } from './retry-policy.js';

/**
 * Deliveries that arrived are recorded at the latest this long after the first of them (and with the end
 * of their batch): a slow receiver does not leave them shown as pending for long, nor many to send again
 * after a crash.
 */
const RECORD_WITHIN_MS = 250;

/** An attempt made, not yet recorded. */
export interface Attempted {
  result: AttemptResult;
  attemptedAt: Date;
  durationMs: number;
}

/**
 * Deliveries that arrived, not yet recorded: they are recorded together, at the latest RECORD_WITHIN_MS
 * after the first of them, and whenever the worker says (before a failure is recorded, at the end of a
 * batch). Whether the webhook's failing streak ends with them holds if it was failing at any of them.
 */
export class Arrivals {
  #group: Array<{ delivery: WebhookDeliveryRecord; attempted: Attempted }> = [];
  #endsStreak = false;
  #firstAt = 0;

  constructor(
    private readonly record: (
      group: Array<{ delivery: WebhookDeliveryRecord; attempted: Attempted }>,
      endsStreak: boolean,
    ) => Promise<void>,
  ) {}

  async add(delivery: WebhookDeliveryRecord, attempted: Attempted, failing: boolean): Promise<void> {
    if (this.#group.length === 0) this.#firstAt = performance.now();
    this.#group.push({ delivery, attempted });
    this.#endsStreak ||= failing;
    if (performance.now() - this.#firstAt >= RECORD_WITHIN_MS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#group.length === 0) return;
    const group = this.#group;
    const endsStreak = this.#endsStreak;
    this.#group = [];
    this.#endsStreak = false;
    await this.record(group, endsStreak);
  }
}
