import type { z } from 'zod';
import type { LimitRefusal } from '../../domain/account-limit.js';
import type { Ack } from '../../domain/acks.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import type { DisconnectReason } from '../../domain/disconnect-reasons.js';
import type { WebVersionInUse } from '../../domain/web-versions.js';
import type { InboundStory } from '../../domain/stories.js';
import type {
  DialogShown,
  GroupNotice,
  IncomingCall,
  InboundMessage,
  MessageEdit,
  MessageReaction,
  MessageRevoke,
  PendingMessage,
  PollVote,
} from '../../domain/driver-events.js';
import type {
  sandboxEditInput,
  sandboxGroupInput,
  sandboxInboundInput,
  sandboxReactionInput,
  sandboxRevokeInput,
  sandboxVoteInput,
  sandboxCallInput,
  sandboxDialogInput,
  sandboxPendingInput,
  sandboxStoryInput,
} from '../../domain/sandbox-inputs.js';
import type { DeliveredMessage } from './sent-log.js';

/** A message to receive; in a group, the group is `from` and the sender is `author`. */
export type SandboxInbound = Pick<z.output<typeof sandboxInboundInput>, 'from' | 'body'> & Partial<z.output<typeof sandboxInboundInput>>;
export type SandboxReaction = z.output<typeof sandboxReactionInput>;
export type SandboxEdit = z.output<typeof sandboxEditInput>;
export type SandboxRevoke = z.output<typeof sandboxRevokeInput>;
export type SandboxVote = z.output<typeof sandboxVoteInput>;
export type SandboxCall = z.output<typeof sandboxCallInput>;
export type SandboxPending = z.output<typeof sandboxPendingInput>;
export type SandboxDialog = z.output<typeof sandboxDialogInput>;
export type SandboxStory = z.output<typeof sandboxStoryInput>;
export type SandboxGroupChange = z.output<typeof sandboxGroupInput>;
/** A group change as the driver raises it. */
export type SandboxGroupEvent = { event: 'group_join' | 'group_leave' | 'group_update'; data: GroupNotice };

/** What a phone, or WhatsApp itself, would do to a sandbox session, on demand: the sandbox's controls. */
export interface SandboxControl {
  /** The phone scans the QR code. */
  link(): ConnectionState;
  /** Someone writes to the account. */
  inbound(input: SandboxInbound): InboundMessage;
  inboundReaction(input: SandboxReaction): MessageReaction;
  inboundEdit(input: SandboxEdit): MessageEdit;
  inboundRevoke(input: SandboxRevoke): MessageRevoke;
  inboundVote(input: SandboxVote): PollVote;
  /** A message arrives that cannot be read yet; `inbound` with its id as `pendingId` delivers it. */
  inboundPending(input: SandboxPending): PendingMessage;
  /** Someone calls the account. */
  inboundCall(input: SandboxCall): IncomingCall;
  /** Someone the account can see posts a story. */
  inboundStory(input: SandboxStory): InboundStory;
  groupChange(input: SandboxGroupChange): SandboxGroupEvent;
  /** WhatsApp rolls out a new WhatsApp Web, and the one the session runs stops loading. */
  rollOutWebVersion(version: string): WebVersionInUse;
  /** WhatsApp Web shows a dialog: acknowledged at once when it only announces, else the session waits for a person. */
  showDialog(input: SandboxDialog): DialogShown;
  /** WhatsApp drops the connection for `reason`. */
  disconnect(reason: DisconnectReason): ConnectionState;
  /**
   * WhatsApp limits the account: from now (until `until`, or until lifted) messages to one-to-one chats
   * that never wrote to the account are refused, with a failed ack that says why.
   */
  limit(until: Date | null): LimitRefusal;
  /** WhatsApp lifts the limit. */
  lift(): void;
  /** WhatsApp reports how far a sent message got. */
  ack(id: string, ack: Ack): DeliveredMessage;
  /** What the account sent, newest last. */
  delivered(): readonly DeliveredMessage[];
}
