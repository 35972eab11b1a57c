import { asTransaction } from '../db/transaction.js';
import type { Gateway } from './services.js';

/**
 * Where every event goes, in order. A driver event is first stored where it changes state (an ack moves
 * the message record, then the campaign recipient the message belongs to), with its webhook deliveries
 * written to the outbox in that same transaction (the acks that arrived together share one); other events
 * are written to the outbox on their own.
 * Only then is the event published to subscribers, the raw stream and the metrics. An incoming opt-out
 * keyword puts its sender on the opt-out list before the message is announced. A session's connection
 * state and account are kept in its row, for the nodes of a cluster that do not run it.
 */
export function wireEventPipeline({ bus, sessions, sessionAdmin, messageLog, campaigns, optOuts, outbox }: Gateway): void {
  bus.addRecorder((event, transaction) => outbox.record(event, transaction));
  messageLog.follow((em, moved) => campaigns.followAcks(em, moved));
  sessions.setAckStore((_session, acks) =>
    messageLog.applyAcks(
      acks.map((event) => ({ id: event.data.id, ack: event.data.ack, alongside: (em) => bus.record(event, asTransaction(em)) })),
    ),
  );
  sessions.addEventStore((_session, event) => bus.record(event));
  sessions.addEventStore((session, event) => optOuts.optOutByKeyword(session, event));
  sessions.addEventStore((session, event) => sessionAdmin.noteConnection(session, event));
}
