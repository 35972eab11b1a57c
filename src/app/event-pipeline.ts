import type { CampaignService } from '../campaigns/campaign-service.js';
import type { OptOutService } from '../campaigns/opt-out-service.js';
import { asTransaction } from '../db/transaction.js';
import { togetherOrAlone } from '../db/together-or-alone.js';
import { limitedRecipientError } from '../domain/account-limit.js';
import type { DriverEvent } from '../domain/driver-events.js';
import type { EventBus } from '../events.js';
import type { Logger } from '../logger.js';
import type { CallAnswering } from '../messaging/call-answering.js';
import type { LidPhones } from '../messaging/lid-phones.js';
import type { MessageLog } from '../messaging/message-log.js';
import type { MessageHistory } from '../messaging/message-history.js';
import type { SessionEvent, SessionEventPipeline } from '../sessions/driver-event-queue.js';
import type { SessionService } from '../sessions/session-service.js';
import type { SessionLimits } from '../sessions/session-limits.js';
import type { SessionStanding } from '../sessions/session-standing.js';
import type { WhatsAppDriver } from '../whatsapp/driver.js';

export interface EventPipelineDeps {
  lids: LidPhones;
  messageLog: MessageLog;
  history: MessageHistory;
  campaigns: CampaignService;
  bus: EventBus;
  optOuts: OptOutService;
  storedSessions: SessionService;
  standing: SessionStanding;
  limits: SessionLimits;
  calls: CallAnswering;
  logger: Logger;
}

type AckEvent = Extract<SessionEvent, { event: 'message_ack' }>;

/**
 * Where every driver event goes, in this order, one batch of a session after another (a batch is the acks
 * that arrived together, or one other event):
 *
 * 1. a LID is written as its number;
 * 2. what the event changes is stored: a message, reaction, edit or deletion goes into the chat's history with
 *    its deliveries; an ack moves its message's record and, in the same transaction, the
 *    campaign recipient the message was sent to (an ack refused by WhatsApp's limit on new contacts then
 *    limits the session, which pauses its campaigns); the event's deliveries (webhooks) are written to the
 *    outbox with it; an incoming opt-out keyword puts its sender on the opt-out list; a connection change
 *    is kept in the session's row, for the nodes of a cluster that do not run it;
 * 3. only then is the event announced: noted in the session's standing (its QR code, whether it is ready),
 *    logged when it is about the connection, and published to subscribers, the raw stream and the metrics;
 *    a call is then declined, where every call is.
 *
 * A batch whose storing fails because the database is away is stored again, whole, once it answers; the
 * session's queue holds the batches behind it meanwhile.
 */
export class EventPipeline implements SessionEventPipeline {
  constructor(private readonly deps: EventPipelineDeps) {
    // A message's record and its campaign recipient move together, also when an ack kept for a message
    // still being recorded is applied by the send itself.
    deps.messageLog.follow((em, moved) => deps.campaigns.followAcks(em, moved));
  }

  reshape(driver: WhatsAppDriver, event: DriverEvent): Promise<DriverEvent> {
    return this.deps.lids.inPhoneForm(driver, event);
  }

  /** Messages, reactions, edits and deletions that arrived together go into the history in one transaction. */
  storesTogether(event: DriverEvent['event']): boolean {
    return this.deps.history.keeps({ event });
  }

  async store(session: string, events: SessionEvent[]): Promise<void> {
    const { messageLog, bus, optOuts, storedSessions } = this.deps;
    if (events[0]?.event === 'message_ack') {
      const acks = events as AckEvent[];
      await messageLog.applyAcks(
        acks.map((event) => ({
          id: event.data.id,
          ack: event.data.ack,
          error: event.data.refused && limitedRecipientError(event.data.refused.reason),
          alongside: (em) => bus.record(event, asTransaction(em)),
        })),
      );
      for (const { data } of acks) if (data.refused) await this.deps.limits.refused(session, data.refused);
      return;
    }
    if (this.deps.history.keeps(events[0]!)) await this.#keepInHistory(events);
    else for (const event of events) await bus.record(event);
    for (const event of events) {
      await optOuts.optOutByKeyword(session, event);
      await storedSessions.noteConnection(session, event);
    }
  }

  /**
   * A message is in its chat's history exactly when its deliveries are in the outbox. Those that arrived
   * together share one transaction; should it fail for anything but the database being away, each is
   * stored on its own, so one that cannot be stored does not take the others with it.
   */
  async #keepInHistory(events: SessionEvent[]): Promise<void> {
    const { history, bus, logger } = this.deps;
    const keep = (batch: readonly SessionEvent[]) =>
      history.transaction(async (em) => {
        for (const event of batch) await bus.record(event, asTransaction(em));
      });
    await togetherOrAlone(events, keep, (event, alone) =>
      logger.error({ err: alone, session: event.session, event: event.event }, 'could not store a driver event'),
    );
  }

  announce(event: SessionEvent): void {
    const { standing, logger, bus } = this.deps;
    standing.note(event);
    if (event.event === 'state_change' || event.event === 'disconnected' || event.event === 'ready')
      logger.info({ session: event.session, event: event.event, ...(event.event === 'ready' ? {} : event.data) }, 'whatsapp connection');
    bus.publish(event);
    if (event.event === 'call') void this.deps.calls.ringing(event.session, event.data);
  }
}
