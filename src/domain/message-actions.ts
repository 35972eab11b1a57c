/** WhatsApp lets the sender edit a message for 15 minutes after sending it. */
export const EDIT_WINDOW_S = 15 * 60;
/** …and delete it for everyone for about two and a half days. */
export const REVOKE_WINDOW_S = 60 * 60 * 60;

/** What a driver knows of a message it is asked to act on. */
export interface ActedOn {
  fromMe: boolean;
  /** Unix seconds. */
  timestamp: number;
}

/** Why WhatsApp would refuse to edit the message, said so the client can tell; undefined when it may. */
export function editRefusal(message: ActedOn, nowS = Math.floor(Date.now() / 1000)): string | undefined {
  if (!message.fromMe) return "Only the account's own messages can be edited";
  if (nowS - message.timestamp > EDIT_WINDOW_S) return 'A message can be edited only within 15 minutes of sending it';
  return undefined;
}

/** Why WhatsApp would refuse to delete the message for everyone; undefined when it may. */
export function revokeRefusal(message: ActedOn, nowS = Math.floor(Date.now() / 1000)): string | undefined {
  if (!message.fromMe)
    return "Only the account's own messages can be deleted for everyone; delete it without everyone=true to remove it here";
  if (nowS - message.timestamp > REVOKE_WINDOW_S) return 'A message can be deleted for everyone only within about 60 hours of sending it';
  return undefined;
}
