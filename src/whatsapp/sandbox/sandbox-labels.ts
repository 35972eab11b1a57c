import { labelsNamed, type Label } from '../../domain/labels.js';
import type { SandboxConnection } from './sandbox-connection.js';
import type { SandboxWorld } from './sandbox-world.js';

/** The sandbox account is a WhatsApp Business account with these labels, as a new one has some to start with. */
export const SANDBOX_LABELS: readonly Label[] = [
  { id: '1', name: 'New customer', color: '#ff9485' },
  { id: '2', name: 'Paid', color: '#64c4ff' },
];

/** The labels on the sandbox account's chats. */
export class SandboxLabels {
  readonly #onChat = new Map<string, readonly Label[]>();

  constructor(
    private readonly connection: SandboxConnection,
    private readonly world: SandboxWorld,
  ) {}

  all(): Label[] {
    this.connection.requireConnected();
    return [...SANDBOX_LABELS];
  }

  ofChat(chatId: string): Label[] {
    this.connection.requireConnected();
    return [...(this.#onChat.get(this.world.chatNamed(chatId).id) ?? [])];
  }

  set(chatId: string, labelIds: string[]): Label[] {
    this.connection.requireConnected();
    const chat = this.world.chatNamed(chatId);
    const labels = labelsNamed(SANDBOX_LABELS, labelIds);
    this.#onChat.set(chat.id, labels);
    this.connection.events.emit('chat_labels', { chatId: chat.id, labels: [...labels] });
    return [...labels];
  }
}
