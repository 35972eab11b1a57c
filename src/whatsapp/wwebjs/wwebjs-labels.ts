import { isBusinessPlatform, labelsNamed, notABusinessAccount, type Label } from '../../domain/labels.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsLabel } from './wwebjs-client.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';

const labelOf = ({ id, name, hexColor }: WwebjsLabel): Label => ({ id: String(id), name, color: hexColor });

/**
 * WhatsApp Business labels, through whatsapp-web.js's Client.getLabels, getChatLabels and addOrRemoveLabels.
 * whatsapp-web.js raises no event when a label changes, so `chat_labels` is raised for the changes made here.
 */
export class WwebjsLabels {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
  ) {}

  async labels(): Promise<Label[]> {
    await this.#requireBusiness();
    return (await this.conn.call(() => this.conn.client().getLabels(), 'list the labels')).map(labelOf);
  }

  async chatLabels(chatId: string): Promise<Label[]> {
    await this.#requireBusiness();
    const chat = await this.lookups.chatNamed(chatId);
    const labels = await this.conn.call(() => this.conn.client().getChatLabels(chat.id._serialized), "read the chat's labels");
    return labels.map(labelOf);
  }

  /** addOrRemoveLabels adds the labels given and takes the chat's others off: the chat ends with exactly these. */
  async setChatLabels(chatId: string, labelIds: string[]): Promise<Label[]> {
    const labels = labelsNamed(await this.labels(), labelIds);
    const chat = await this.lookups.chatNamed(chatId);
    await this.conn.call(
      () =>
        this.conn.client().addOrRemoveLabels(
          labels.map((label) => label.id),
          [chat.id._serialized],
        ),
      "change the chat's labels",
    );
    this.conn.announce('chat_labels', { chatId: chat.id._serialized, labels });
    return labels;
  }

  /** whatsapp-web.js's own check: the account runs WhatsApp Business on Android (smba) or iPhone (smbi). */
  async #requireBusiness(): Promise<void> {
    if (!isBusinessPlatform((await this.conn.info()).platform)) throw notABusinessAccount();
  }
}
