/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** `bulk`: a send-bulk request, run by the same runner */
export type CampaignKind =
  | 'bulk'
  | 'campaign';

export type CampaignRecipientInput = {
  /** 966501234567@c.us, or a group id …@g.us */
  chatId?: string | null | undefined;
  /** This recipient's own text; else the campaign's */
  message?: string | null | undefined;
  /** International format, e.g. 966501234567 */
  phone?: string | null | undefined;
  text?: string | null | undefined;
  /** Values for the message placeholders, e.g. {"name": "Ann"} for {{name}} */
  vars?: Record<string, unknown> | null | undefined;
};

export type CampaignStatus =
  | 'cancelled'
  | 'completed'
  | 'failed'
  | 'paused'
  | 'pending'
  | 'running';

/** WhatsApp Web's connection state */
export type ConnectionState =
  | 'ACTION_REQUIRED'
  | 'CONFLICT'
  | 'CONNECTED'
  | 'DEPRECATED_VERSION'
  | 'OPENING'
  | 'PAIRING'
  | 'PROXYBLOCK'
  | 'SMB_TOS_BLOCK'
  | 'TIMEOUT'
  | 'TOS_BLOCK'
  | 'UNLAUNCHED'
  | 'UNPAIRED'
  | 'UNPAIRED_IDLE';

export type CreateCampaignInput = {
  /** The text to send; {{name}} is filled from each recipient's vars */
  message?: string | null | undefined;
  name?: string | null | undefined;
  recipients?: Array<CampaignRecipientInput> | null | undefined;
  /** ISO 8601 with a zone, e.g. 2025-11-01T18:00:00Z; the campaign starts by itself then */
  scheduledAt?: string | null | undefined;
};

export type CreateSessionInput = {
  /** wwebjs or sandbox; WHATSAPP_DRIVER when left out */
  driver?: string | null | undefined;
  /** Lowercase letters, digits, - and _, e.g. sales */
  name?: string | null | undefined;
  /** This session's browser goes through it, and only this session's, e.g. http://user:pass@proxy.example.com:3128 */
  proxy?: string | null | undefined;
  /** Start it at once (default true) */
  start?: boolean | null | undefined;
};

/** Where a sent message is, fed by WhatsApp acks */
export type DeliveryStatus =
  | 'delivered'
  | 'failed'
  | 'pending'
  | 'played'
  | 'read'
  | 'sent';

/** Why a session dropped */
export type DisconnectReason =
  | 'BROWSER_CLOSED'
  | 'CONFLICT'
  | 'LOGOUT'
  | 'NAVIGATION'
  | 'PROXYBLOCK'
  | 'TIMEOUT'
  | 'TOS_BLOCK';

/** `amqp`: a RabbitMQ topic exchange; `nats`: NATS JetStream subjects; `mqtt`: MQTT topics */
export type EventSinkType =
  | 'amqp'
  | 'mqtt'
  | 'nats';

/** A recipient and media from a URL or base64 */
export type SendMediaInput = {
  /** Any file as a document, not shown inline */
  asDocument?: boolean | null | undefined;
  /** An image as a sticker */
  asSticker?: boolean | null | undefined;
  /** An audio file as a voice note */
  asVoice?: boolean | null | undefined;
  caption?: string | null | undefined;
  /** 966501234567@c.us, or a group id …@g.us */
  chatId?: string | null | undefined;
  filename?: string | null | undefined;
  /** The file itself, base64 (a data: URL works too); at most the base64 size of MEDIA_MAX_BYTES, the body's limit */
  mediaBase64?: string | null | undefined;
  /** http or https; fetched by the gateway */
  mediaUrl?: string | null | undefined;
  /** Numbers or chat ids of the people mentioned (write @966… in the text) */
  mentions?: Array<string> | null | undefined;
  /** With mediaBase64, when the type cannot be told from the data */
  mimetype?: string | null | undefined;
  /** International format, e.g. 966501234567 */
  phone?: string | null | undefined;
  /** The id of the message to quote */
  replyTo?: string | null | undefined;
  /** A photo or video the recipient can open once, after which WhatsApp hides it */
  viewOnce?: boolean | null | undefined;
};

/** A recipient (`phone` or `chatId`) and a text (`message` or `text`) */
export type SendTextInput = {
  /** 966501234567@c.us, or a group id …@g.us */
  chatId?: string | null | undefined;
  /** false: no preview of the first link in the text (WhatsApp shows one otherwise) */
  linkPreview?: boolean | null | undefined;
  /** Numbers or chat ids of the people mentioned (write @966… in the text) */
  mentions?: Array<string> | null | undefined;
  message?: string | null | undefined;
  /** International format, e.g. 966501234567 */
  phone?: string | null | undefined;
  /** The id of the message to quote */
  replyTo?: string | null | undefined;
  text?: string | null | undefined;
};

/** Whether the session should run; a started one starts again with the gateway */
export type SessionStatus =
  | 'started'
  | 'stopped';

/** `pinned` by WWEBJS_WEB_VERSION; `remembered`, the newest that reached ready on any node; `live`, the one WhatsApp serves today */
export type WebVersionSource =
  | 'live'
  | 'pinned'
  | 'remembered';

export type DashboardStatusQueryVariables = Exact<{
  session: string;
}>;


export type DashboardStatusQuery = { clientStatus: { state: ConnectionState, ready: boolean, message: string, dialog: { text: string, buttons: Array<string> } | null } | null };

export type DashboardAnswerDialogMutationVariables = Exact<{
  session: string;
  button: string;
}>;


export type DashboardAnswerDialogMutation = { answerDialog: { state: ConnectionState } | null };

export type DashboardAccountQueryVariables = Exact<{
  session: string;
}>;


export type DashboardAccountQuery = { sessionInfo: { pushname: string, phone: string, platform: string, wid: string } | null };

export type DashboardLogoutMutationVariables = Exact<{
  session: string;
}>;


export type DashboardLogoutMutation = { logout: { message: string } | null };

export type DashboardSendTextMutationVariables = Exact<{
  session: string;
  input: SendTextInput;
}>;


export type DashboardSendTextMutation = { sendText: { id: string, to: string, timestamp: number } | null };

export type DashboardSendMediaMutationVariables = Exact<{
  session: string;
  input: SendMediaInput;
}>;


export type DashboardSendMediaMutation = { sendMedia: { id: string, to: string, timestamp: number } | null };

export type DashboardCountsFragment = { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number };

export type DashboardCampaignFragment = { id: number, name: string, status: CampaignStatus, scheduledAt: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, error: string | null, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } };

export type DashboardCampaignsQueryVariables = Exact<{
  session: string;
}>;


export type DashboardCampaignsQuery = { campaigns: Array<{ id: number, name: string, status: CampaignStatus, scheduledAt: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, error: string | null, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } }> | null };

export type DashboardCreateCampaignMutationVariables = Exact<{
  session: string;
  input: CreateCampaignInput;
}>;


export type DashboardCreateCampaignMutation = { createCampaign: { id: number, name: string, status: CampaignStatus, scheduledAt: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, error: string | null, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } } | null };

export type DashboardExecuteCampaignMutationVariables = Exact<{
  session: string;
  id: string | number;
}>;


export type DashboardExecuteCampaignMutation = { executeCampaign: { campaign: { id: number, name: string, status: CampaignStatus, scheduledAt: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, error: string | null, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } } } | null };

export type DashboardCancelCampaignMutationVariables = Exact<{
  session: string;
  id: string | number;
}>;


export type DashboardCancelCampaignMutation = { updateCampaignStatus: { id: number, name: string, status: CampaignStatus, scheduledAt: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, error: string | null, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } } | null };

export type DashboardDeleteCampaignMutationVariables = Exact<{
  session: string;
  id: string | number;
}>;


export type DashboardDeleteCampaignMutation = { deleteCampaign: { id: number, message: string } | null };

export type DashboardEventsSubscriptionVariables = Exact<{
  session: string;
}>;


export type DashboardEventsSubscription = { events:
    | { __typename: 'AuthenticatedEvent', emittedAt: string }
    | { __typename: 'CallEvent', emittedAt: string }
    | { __typename: 'CampaignProgressEvent', emittedAt: string }
    | { __typename: 'ChatLabelsEvent', emittedAt: string }
    | { __typename: 'DialogEvent', text: string, buttons: Array<string>, answered: string | null, emittedAt: string }
    | { __typename: 'DisconnectedEvent', reason: DisconnectReason, emittedAt: string }
    | { __typename: 'EventSinkDisabledEvent', emittedAt: string }
    | { __typename: 'GroupJoinEvent', chatId: string, author: string | null, participants: Array<string>, emittedAt: string, groupChange: string }
    | { __typename: 'GroupLeaveEvent', chatId: string, author: string | null, participants: Array<string>, emittedAt: string, groupChange: string }
    | { __typename: 'GroupUpdateEvent', chatId: string, author: string | null, participants: Array<string>, emittedAt: string, groupChange: string, detail: string | null }
    | { __typename: 'MessageAckEvent', id: string, chatId: string, status: DeliveryStatus, emittedAt: string }
    | { __typename: 'MessageEditEvent', id: string, chatId: string, from: string, body: string, emittedAt: string }
    | { __typename: 'MessageEvent', id: string, from: string, author: string | null, body: string, type: string, hasMedia: boolean, caption: string | null, filename: string | null, isGroup: boolean, fromMe: boolean, emittedAt: string }
    | { __typename: 'MessagePendingEvent', id: string, chatId: string, emittedAt: string }
    | { __typename: 'MessageReactionEvent', messageId: string, chatId: string, from: string, emoji: string, emittedAt: string }
    | { __typename: 'MessageRevokeEvent', id: string, chatId: string, from: string, emittedAt: string }
    | { __typename: 'PairingCodeEvent', code: string, phone: string, emittedAt: string }
    | { __typename: 'PollVoteEvent', pollId: string, voter: string, selectedOptions: Array<string>, emittedAt: string }
    | { __typename: 'QrEvent', qr: string, emittedAt: string }
    | { __typename: 'ReadyEvent', emittedAt: string, info: { pushname: string, phone: string, platform: string, wid: string } }
    | { __typename: 'SessionLimitedEvent', emittedAt: string }
    | { __typename: 'StateChangeEvent', state: ConnectionState, previousState: ConnectionState, emittedAt: string }
    | { __typename: 'StoryEvent', emittedAt: string }
    | { __typename: 'WebVersionEvent', emittedAt: string }
    | { __typename: 'WebhookDisabledEvent', emittedAt: string }
   };

export type DashboardCampaignProgressSubscriptionVariables = Exact<{
  session: string;
}>;


export type DashboardCampaignProgressSubscription = { campaignProgress: { campaignId: number, kind: CampaignKind, name: string, status: CampaignStatus, counts: { total: number, pending: number, sending: number, sent: number, delivered: number, read: number, failed: number, unknown: number, skipped: number } } };

export type DashboardSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSessionsQuery = { sessions: Array<{ name: string, driver: string, status: SessionStatus, state: ConnectionState, ready: boolean, node: string | null, me: { phone: string, pushname: string } | null, webVersion: { version: string | null, source: WebVersionSource } | null }> | null };

export type DashboardStartSessionMutationVariables = Exact<{
  name: string;
}>;


export type DashboardStartSessionMutation = { startSession: { name: string } | null };

export type DashboardStopSessionMutationVariables = Exact<{
  name: string;
}>;


export type DashboardStopSessionMutation = { stopSession: { name: string } | null };

export type DashboardDeleteSessionMutationVariables = Exact<{
  name: string;
}>;


export type DashboardDeleteSessionMutation = { deleteSession: { name: string } | null };

export type DashboardCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type DashboardCreateSessionMutation = { createSession: { name: string } | null };

export type DashboardPairingCodeMutationVariables = Exact<{
  name: string;
  phone: string;
}>;


export type DashboardPairingCodeMutation = { requestPairingCode: { code: string, phone: string } | null };

export type DashboardCurrentKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCurrentKeyQuery = { currentKey: { admin: boolean, sessions: Array<string> } | null };

export type DashboardMessageMediaQueryVariables = Exact<{
  session: string;
  id: string;
}>;


export type DashboardMessageMediaQuery = { messageMedia: { contentType: string, data: string } | null };

export type DashboardSessionDriverQueryVariables = Exact<{
  session: string;
}>;


export type DashboardSessionDriverQuery = { session: { driver: string } | null };

export type DashboardSandboxLinkMutationVariables = Exact<{
  session: string;
}>;


export type DashboardSandboxLinkMutation = { sandboxLink: { state: ConnectionState } | null };

export type DashboardEventSinksQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardEventSinksQuery = { eventSinks: Array<{ id: number, type: EventSinkType, url: string, target: string, sessions: Array<string>, events: Array<string>, enabled: boolean, disabledReason: string | null, failingSince: string | null }> | null };

export type DashboardEnableEventSinkMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;


export type DashboardEnableEventSinkMutation = { updateEventSink: { id: number, enabled: boolean } | null };

export type DashboardChatMessageFragment = { id: string, chatId: string, from: string, author: string | null, body: string, caption: string | null, timestamp: number, fromMe: boolean, hasMedia: boolean, type: string, mimeType: string | null, filename: string | null, status: DeliveryStatus | null, quotedId: string | null, reaction: string | null, edited: boolean, deleted: boolean };

export type DashboardConversationsQueryVariables = Exact<{
  session: string;
}>;


export type DashboardConversationsQuery = { conversations: Array<{ chatId: string, isGroup: boolean, unreadCount: number, labels: Array<{ id: string, name: string, color: string }>, lastMessage: { id: string, body: string, caption: string | null, hasMedia: boolean, type: string, deleted: boolean } }> | null };

export type DashboardChatMessagesQueryVariables = Exact<{
  session: string;
  chatId: string;
  before?: string | null | undefined;
}>;


export type DashboardChatMessagesQuery = { chatMessages: Array<{ id: string, chatId: string, from: string, author: string | null, body: string, caption: string | null, timestamp: number, fromMe: boolean, hasMedia: boolean, type: string, mimeType: string | null, filename: string | null, status: DeliveryStatus | null, quotedId: string | null, reaction: string | null, edited: boolean, deleted: boolean }> | null };

export type DashboardSearchMessagesQueryVariables = Exact<{
  session: string;
  q: string;
}>;


export type DashboardSearchMessagesQuery = { searchMessages: { items: Array<{ id: string, chatId: string, body: string, caption: string | null, hasMedia: boolean, type: string, deleted: boolean }> } | null };

export type DashboardMarkSeenMutationVariables = Exact<{
  session: string;
  chatId: string;
}>;


export type DashboardMarkSeenMutation = { markChatSeen: { chatId: string } | null };

export type DashboardReactMutationVariables = Exact<{
  session: string;
  id: string;
  emoji: string;
}>;


export type DashboardReactMutation = { reactToMessage: { id: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardCountsFragmentDoc = new TypedDocumentString(`
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}
    `, {"fragmentName":"DashboardCounts"}) as unknown as TypedDocumentString<DashboardCountsFragment, unknown>;
export const DashboardCampaignFragmentDoc = new TypedDocumentString(`
    fragment DashboardCampaign on Campaign {
  id
  name
  status
  scheduledAt
  createdAt
  startedAt
  completedAt
  error
  counts {
    ...DashboardCounts
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}`, {"fragmentName":"DashboardCampaign"}) as unknown as TypedDocumentString<DashboardCampaignFragment, unknown>;
export const DashboardChatMessageFragmentDoc = new TypedDocumentString(`
    fragment DashboardChatMessage on ChatMessage {
  id
  chatId
  from
  author
  body
  caption
  timestamp
  fromMe
  hasMedia
  type
  mimeType
  filename
  status
  quotedId
  reaction
  edited
  deleted
}
    `, {"fragmentName":"DashboardChatMessage"}) as unknown as TypedDocumentString<DashboardChatMessageFragment, unknown>;
export const DashboardStatusDocument = new TypedDocumentString(`
    query DashboardStatus($session: String!) {
  clientStatus(session: $session) {
    state
    ready
    message
    dialog {
      text
      buttons
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStatusQuery, DashboardStatusQueryVariables>;
export const DashboardAnswerDialogDocument = new TypedDocumentString(`
    mutation DashboardAnswerDialog($session: String!, $button: String!) {
  answerDialog(session: $session, button: $button) {
    state
  }
}
    `) as unknown as TypedDocumentString<DashboardAnswerDialogMutation, DashboardAnswerDialogMutationVariables>;
export const DashboardAccountDocument = new TypedDocumentString(`
    query DashboardAccount($session: String!) {
  sessionInfo(session: $session) {
    pushname
    phone
    platform
    wid
  }
}
    `) as unknown as TypedDocumentString<DashboardAccountQuery, DashboardAccountQueryVariables>;
export const DashboardLogoutDocument = new TypedDocumentString(`
    mutation DashboardLogout($session: String!) {
  logout(session: $session) {
    message
  }
}
    `) as unknown as TypedDocumentString<DashboardLogoutMutation, DashboardLogoutMutationVariables>;
export const DashboardSendTextDocument = new TypedDocumentString(`
    mutation DashboardSendText($session: String!, $input: SendTextInput!) {
  sendText(session: $session, input: $input) {
    id
    to
    timestamp
  }
}
    `) as unknown as TypedDocumentString<DashboardSendTextMutation, DashboardSendTextMutationVariables>;
export const DashboardSendMediaDocument = new TypedDocumentString(`
    mutation DashboardSendMedia($session: String!, $input: SendMediaInput!) {
  sendMedia(session: $session, input: $input) {
    id
    to
    timestamp
  }
}
    `) as unknown as TypedDocumentString<DashboardSendMediaMutation, DashboardSendMediaMutationVariables>;
export const DashboardCampaignsDocument = new TypedDocumentString(`
    query DashboardCampaigns($session: String!) {
  campaigns(session: $session) {
    ...DashboardCampaign
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}
fragment DashboardCampaign on Campaign {
  id
  name
  status
  scheduledAt
  createdAt
  startedAt
  completedAt
  error
  counts {
    ...DashboardCounts
  }
}`) as unknown as TypedDocumentString<DashboardCampaignsQuery, DashboardCampaignsQueryVariables>;
export const DashboardCreateCampaignDocument = new TypedDocumentString(`
    mutation DashboardCreateCampaign($session: String!, $input: CreateCampaignInput!) {
  createCampaign(session: $session, input: $input) {
    ...DashboardCampaign
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}
fragment DashboardCampaign on Campaign {
  id
  name
  status
  scheduledAt
  createdAt
  startedAt
  completedAt
  error
  counts {
    ...DashboardCounts
  }
}`) as unknown as TypedDocumentString<DashboardCreateCampaignMutation, DashboardCreateCampaignMutationVariables>;
export const DashboardExecuteCampaignDocument = new TypedDocumentString(`
    mutation DashboardExecuteCampaign($session: String!, $id: ID!) {
  executeCampaign(session: $session, id: $id, wait: false) {
    campaign {
      ...DashboardCampaign
    }
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}
fragment DashboardCampaign on Campaign {
  id
  name
  status
  scheduledAt
  createdAt
  startedAt
  completedAt
  error
  counts {
    ...DashboardCounts
  }
}`) as unknown as TypedDocumentString<DashboardExecuteCampaignMutation, DashboardExecuteCampaignMutationVariables>;
export const DashboardCancelCampaignDocument = new TypedDocumentString(`
    mutation DashboardCancelCampaign($session: String!, $id: ID!) {
  updateCampaignStatus(session: $session, id: $id, status: cancelled) {
    ...DashboardCampaign
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}
fragment DashboardCampaign on Campaign {
  id
  name
  status
  scheduledAt
  createdAt
  startedAt
  completedAt
  error
  counts {
    ...DashboardCounts
  }
}`) as unknown as TypedDocumentString<DashboardCancelCampaignMutation, DashboardCancelCampaignMutationVariables>;
export const DashboardDeleteCampaignDocument = new TypedDocumentString(`
    mutation DashboardDeleteCampaign($session: String!, $id: ID!) {
  deleteCampaign(session: $session, id: $id) {
    id
    message
  }
}
    `) as unknown as TypedDocumentString<DashboardDeleteCampaignMutation, DashboardDeleteCampaignMutationVariables>;
export const DashboardEventsDocument = new TypedDocumentString(`
    subscription DashboardEvents($session: String!) {
  events(
    session: $session
    types: [qr, pairing_code, authenticated, ready, disconnected, state_change, dialog, message, message_pending, message_ack, message_reaction, message_edit, message_revoke, poll_vote, group_join, group_leave, group_update]
  ) {
    __typename
    emittedAt
    ... on QrEvent {
      qr
    }
    ... on PairingCodeEvent {
      code
      phone
    }
    ... on ReadyEvent {
      info {
        pushname
        phone
        platform
        wid
      }
    }
    ... on DisconnectedEvent {
      reason
    }
    ... on StateChangeEvent {
      state
      previousState
    }
    ... on DialogEvent {
      text
      buttons
      answered
    }
    ... on MessageEvent {
      id
      from
      author
      body
      type
      hasMedia
      caption
      filename
      isGroup
      fromMe
    }
    ... on MessageAckEvent {
      id
      chatId
      status
    }
    ... on MessagePendingEvent {
      id
      chatId
    }
    ... on MessageReactionEvent {
      messageId
      chatId
      from
      emoji
    }
    ... on MessageEditEvent {
      id
      chatId
      from
      body
    }
    ... on MessageRevokeEvent {
      id
      chatId
      from
    }
    ... on PollVoteEvent {
      pollId
      voter
      selectedOptions
    }
    ... on GroupJoinEvent {
      chatId
      author
      participants
      groupChange: type
    }
    ... on GroupLeaveEvent {
      chatId
      author
      participants
      groupChange: type
    }
    ... on GroupUpdateEvent {
      chatId
      author
      participants
      groupChange: type
      detail: body
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardEventsSubscription, DashboardEventsSubscriptionVariables>;
export const DashboardCampaignProgressDocument = new TypedDocumentString(`
    subscription DashboardCampaignProgress($session: String!) {
  campaignProgress(session: $session) {
    campaignId
    kind
    name
    status
    counts {
      ...DashboardCounts
    }
  }
}
    fragment DashboardCounts on CampaignCounts {
  total
  pending
  sending
  sent
  delivered
  read
  failed
  unknown
  skipped
}`) as unknown as TypedDocumentString<DashboardCampaignProgressSubscription, DashboardCampaignProgressSubscriptionVariables>;
export const DashboardSessionsDocument = new TypedDocumentString(`
    query DashboardSessions {
  sessions {
    name
    driver
    status
    state
    ready
    node
    me {
      phone
      pushname
    }
    webVersion {
      version
      source
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSessionsQuery, DashboardSessionsQueryVariables>;
export const DashboardStartSessionDocument = new TypedDocumentString(`
    mutation DashboardStartSession($name: String!) {
  startSession(name: $name) {
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardStartSessionMutation, DashboardStartSessionMutationVariables>;
export const DashboardStopSessionDocument = new TypedDocumentString(`
    mutation DashboardStopSession($name: String!) {
  stopSession(name: $name) {
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardStopSessionMutation, DashboardStopSessionMutationVariables>;
export const DashboardDeleteSessionDocument = new TypedDocumentString(`
    mutation DashboardDeleteSession($name: String!) {
  deleteSession(name: $name) {
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardDeleteSessionMutation, DashboardDeleteSessionMutationVariables>;
export const DashboardCreateSessionDocument = new TypedDocumentString(`
    mutation DashboardCreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateSessionMutation, DashboardCreateSessionMutationVariables>;
export const DashboardPairingCodeDocument = new TypedDocumentString(`
    mutation DashboardPairingCode($name: String!, $phone: String!) {
  requestPairingCode(name: $name, phone: $phone) {
    code
    phone
  }
}
    `) as unknown as TypedDocumentString<DashboardPairingCodeMutation, DashboardPairingCodeMutationVariables>;
export const DashboardCurrentKeyDocument = new TypedDocumentString(`
    query DashboardCurrentKey {
  currentKey {
    admin
    sessions
  }
}
    `) as unknown as TypedDocumentString<DashboardCurrentKeyQuery, DashboardCurrentKeyQueryVariables>;
export const DashboardMessageMediaDocument = new TypedDocumentString(`
    query DashboardMessageMedia($session: String!, $id: String!) {
  messageMedia(session: $session, id: $id) {
    contentType
    data
  }
}
    `) as unknown as TypedDocumentString<DashboardMessageMediaQuery, DashboardMessageMediaQueryVariables>;
export const DashboardSessionDriverDocument = new TypedDocumentString(`
    query DashboardSessionDriver($session: String!) {
  session(name: $session) {
    driver
  }
}
    `) as unknown as TypedDocumentString<DashboardSessionDriverQuery, DashboardSessionDriverQueryVariables>;
export const DashboardSandboxLinkDocument = new TypedDocumentString(`
    mutation DashboardSandboxLink($session: String!) {
  sandboxLink(session: $session) {
    state
  }
}
    `) as unknown as TypedDocumentString<DashboardSandboxLinkMutation, DashboardSandboxLinkMutationVariables>;
export const DashboardEventSinksDocument = new TypedDocumentString(`
    query DashboardEventSinks {
  eventSinks {
    id
    type
    url
    target
    sessions
    events
    enabled
    disabledReason
    failingSince
  }
}
    `) as unknown as TypedDocumentString<DashboardEventSinksQuery, DashboardEventSinksQueryVariables>;
export const DashboardEnableEventSinkDocument = new TypedDocumentString(`
    mutation DashboardEnableEventSink($id: ID!, $enabled: Boolean!) {
  updateEventSink(id: $id, input: {enabled: $enabled}) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<DashboardEnableEventSinkMutation, DashboardEnableEventSinkMutationVariables>;
export const DashboardConversationsDocument = new TypedDocumentString(`
    query DashboardConversations($session: String!) {
  conversations(session: $session, first: 100) {
    chatId
    isGroup
    unreadCount
    labels {
      id
      name
      color
    }
    lastMessage {
      id
      body
      caption
      hasMedia
      type
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardConversationsQuery, DashboardConversationsQueryVariables>;
export const DashboardChatMessagesDocument = new TypedDocumentString(`
    query DashboardChatMessages($session: String!, $chatId: String!, $before: String) {
  chatMessages(session: $session, chatId: $chatId, limit: 30, before: $before) {
    ...DashboardChatMessage
  }
}
    fragment DashboardChatMessage on ChatMessage {
  id
  chatId
  from
  author
  body
  caption
  timestamp
  fromMe
  hasMedia
  type
  mimeType
  filename
  status
  quotedId
  reaction
  edited
  deleted
}`) as unknown as TypedDocumentString<DashboardChatMessagesQuery, DashboardChatMessagesQueryVariables>;
export const DashboardSearchMessagesDocument = new TypedDocumentString(`
    query DashboardSearchMessages($session: String!, $q: String!) {
  searchMessages(session: $session, input: {q: $q, first: 30}) {
    items {
      id
      chatId
      body
      caption
      hasMedia
      type
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSearchMessagesQuery, DashboardSearchMessagesQueryVariables>;
export const DashboardMarkSeenDocument = new TypedDocumentString(`
    mutation DashboardMarkSeen($session: String!, $chatId: String!) {
  markChatSeen(session: $session, chatId: $chatId) {
    chatId
  }
}
    `) as unknown as TypedDocumentString<DashboardMarkSeenMutation, DashboardMarkSeenMutationVariables>;
export const DashboardReactDocument = new TypedDocumentString(`
    mutation DashboardReact($session: String!, $id: String!, $emoji: String!) {
  reactToMessage(session: $session, id: $id, emoji: $emoji) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardReactMutation, DashboardReactMutationVariables>;