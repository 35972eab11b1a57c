/** A WebSocket close frame carries at most 123 bytes of reason (RFC 6455, 5.5.1). */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * A close reason that fits its frame: cut at a character boundary with an ellipsis when it is longer. The
 * `ws` library throws on a longer one, and a reason may quote what a client sent (a session's name).
 */
export function closeReason(text: string): string {
  if (Buffer.byteLength(text) <= MAX_CLOSE_REASON_BYTES) return text;
  let cut = '';
  for (const character of text) {
    if (Buffer.byteLength(cut + character) > MAX_CLOSE_REASON_BYTES - 3) break;
    cut += character;
  }
  return `${cut}…`;
}
