import { leftStates, type RecipientState } from '../domain/campaign-states.js';
import type { Recipient } from '../domain/phone-number.js';
import { badInput, clientNotReady } from '../errors.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { CampaignRunners } from './campaign-runners.js';
import type { CampaignStore } from './campaign-store.js';
import type { RecipientLedger } from './recipient-ledger.js';

export interface BulkItem {
  /** What the caller wrote, reported back as `phone` in the result. */
  input: string;
  recipient: Recipient;
  text: string;
}

export type BulkItemResult = { phone: string; status: 'sent'; messageId: string } | { phone: string; status: 'failed'; error: string };

export interface BulkResult {
  total: number;
  sent: number;
  failed: number;
  results: BulkItemResult[];
}

const hasLeft = (state: RecipientState) => (leftStates as readonly RecipientState[]).includes(state);

/**
 * send-bulk: a campaign of kind `bulk`, run at once with the bulk pacing, so a crash mid-way loses and
 * repeats nothing; its documented synchronous answer lists every recipient in the order given.
 */
export class BulkSendService {
  constructor(
    private readonly store: CampaignStore,
    private readonly ledger: RecipientLedger,
    private readonly runners: CampaignRunners,
    private readonly openSessions: SessionManager,
    private readonly settings: { maxRecipients: number },
  ) {}

  async send(session: string, items: BulkItem[]): Promise<BulkResult> {
    if (items.length > this.settings.maxRecipients) {
      throw badInput(`Too many recipients: at most ${this.settings.maxRecipients} per request (BULK_MAX_RECIPIENTS)`);
    }
    if (!this.openSessions.isReady(session)) throw clientNotReady();
    const campaign = await this.store.create({
      session,
      kind: 'bulk',
      name: `send-bulk ${new Date().toISOString()}`,
      message: items[0]!.text,
      scheduledAt: null,
      status: 'running',
      recipients: items.map((item) => ({
        input: item.input,
        chatId: item.recipient.chatId,
        variables: null,
        message: item.text,
        state: 'pending',
        error: null,
      })),
    });
    await this.runners.of(session).run(campaign.id);
    const rows = await this.ledger.recipients(campaign.id, { first: items.length });
    const results = rows.map((row): BulkItemResult =>
      hasLeft(row.state) && row.messageId
        ? { phone: row.input, status: 'sent', messageId: row.messageId }
        : {
            phone: row.input,
            status: 'failed',
            error: row.error ?? 'Not sent yet: the gateway is stopping; the send resumes when it restarts',
          },
    );
    const sent = results.filter((r) => r.status === 'sent').length;
    return { total: items.length, sent, failed: results.length - sent, results };
  }
}
