/** What the account shows a chat it is doing: typing, recording a voice note, or nothing any more. */
export const presenceStates = ['typing', 'recording', 'paused'] as const;
export type PresenceState = (typeof presenceStates)[number];

/** A change to a chat, as the account makes it on the phone. */
export type ChatChange =
  | { kind: 'seen' }
  | { kind: 'presence'; state: PresenceState }
  | { kind: 'archive'; on: boolean }
  | { kind: 'pin'; on: boolean }
  /** Muted until a time, for ever without one; `on: false` unmutes. */
  | { kind: 'mute'; on: boolean; until?: Date };
