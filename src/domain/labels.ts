import { badInput } from '../errors.js';

/** A WhatsApp Business label, which the account puts on chats to sort them. */
export interface Label {
  id: string;
  name: string;
  /** As WhatsApp shows it, e.g. #ff9485. */
  color: string;
}

/** A chat's labels changed: all it has now. */
export interface ChatLabels {
  chatId: string;
  labels: Label[];
}

/** WhatsApp Business for Android and for iPhone: the platforms that have labels. */
const BUSINESS_PLATFORMS: ReadonlySet<string> = new Set(['smba', 'smbi']);

export const isBusinessPlatform = (platform: string | undefined) => platform !== undefined && BUSINESS_PLATFORMS.has(platform);

export const notABusinessAccount = () => badInput('Labels are a WhatsApp Business feature, and this account is not a business account');

/** The labels named by id, in the account's order; an id the account does not have is 400 naming it. */
export function labelsNamed(labels: readonly Label[], ids: readonly string[]): Label[] {
  const unknown = ids.filter((id) => !labels.some((label) => label.id === id));
  if (unknown.length > 0)
    throw badInput(
      `No label with id ${unknown.join(', ')}; the account's labels are ${labels.map((l) => `${l.id} (${l.name})`).join(', ') || 'none'}`,
    );
  return labels.filter((label) => ids.includes(label.id));
}
