import { LRUCache } from 'lru-cache';
import type { IncomingCall } from '../domain/driver-events.js';
import { normalizeRecipient } from '../domain/phone-number.js';
import type { Logger } from '../logger.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { MessagingService } from './messaging-service.js';

export interface CallAnsweringOptions {
  /** CALLS_AUTO_REJECT: every call is declined as it rings. */
  autoReject: boolean;
  /** CALLS_REJECT_MESSAGE: sent to the caller of each declined call, once. */
  rejectMessage: string | undefined;
}

/** How many answered call ids are remembered, so a call announced twice is declined and answered once. */
const ANSWERED_KEPT = 1_000;

/** Calls to the account: declined on request, or every one as it rings, with a message to the caller. */
export class CallAnswering {
  readonly #answered = new LRUCache<string, true>({ max: ANSWERED_KEPT });

  constructor(
    private readonly openSessions: SessionManager,
    private readonly messaging: MessagingService,
    private readonly options: CallAnsweringOptions,
    private readonly logger: Logger,
  ) {}

  /** Declines a ringing call of the session; NOT_FOUND once it is over. */
  async reject(session: string, callId: string): Promise<void> {
    await this.openSessions.get(session).driver.rejectCall(callId);
  }

  /** A call rang: with CALLS_AUTO_REJECT it is declined, and the caller gets the message once. */
  async ringing(session: string, call: IncomingCall): Promise<void> {
    if (!this.options.autoReject || this.#answered.has(call.id)) return;
    this.#answered.set(call.id, true);
    try {
      await this.reject(session, call.id);
      const caller = normalizeRecipient(call.from);
      if (this.options.rejectMessage && !call.isGroup && caller.ok)
        await this.messaging.sendText(session, caller.recipient, this.options.rejectMessage);
    } catch (error) {
      this.logger.warn({ err: error, session, callId: call.id }, 'could not decline a call, or tell the caller');
    }
  }
}
