import type { ClientStatus } from '../../domain/client-status.js';
import type { ChatSummary } from '../../whatsapp/driver.js';
import { builder } from '../builder.js';
import { sessionArgs } from '../session-argument.js';
import { needsDriver, policies, strictRateLimit } from '../field-policy.js';
import { ConnectionStateEnum } from './enums.js';
import type { AccountInfo } from '../../domain/driver-events.js';
import type { WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';

export const WhatsAppDialogType = builder.objectRef<WhatsAppDialog>('WhatsAppDialog').implement({
  description: 'A dialog WhatsApp Web shows over its page, which waits for a person to press one of its buttons',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What it says' }),
    buttons: t.exposeStringList('buttons', { description: 'Its button labels, as answerDialog takes them' }),
  }),
});

export const ClientStatusType = builder.objectRef<ClientStatus>('ClientStatus').implement({
  description: 'Whether the linked WhatsApp account can send',
  fields: (t) => ({
    status: t.exposeString('status', { description: '`connected` or `disconnected`' }),
    ready: t.exposeBoolean('ready'),
    state: t.expose('state', { type: ConnectionStateEnum }),
    message: t.exposeString('message'),
    dialog: t.field({
      type: WhatsAppDialogType,
      nullable: true,
      description: 'While the state is ACTION_REQUIRED: the dialog to answer with answerDialog',
      resolve: (status) => status.dialog,
    }),
  }),
});

export const AccountInfoType = builder.objectRef<AccountInfo>('AccountInfo').implement({
  description: 'The linked WhatsApp account',
  fields: (t) => ({
    wid: t.exposeString('wid'),
    pushname: t.exposeString('pushname'),
    platform: t.exposeString('platform'),
    phone: t.exposeString('phone'),
  }),
});

const Chat = builder.objectRef<ChatSummary>('Chat').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    isGroup: t.exposeBoolean('isGroup'),
    unreadCount: t.exposeInt('unreadCount'),
    archived: t.exposeBoolean('archived'),
    pinned: t.exposeBoolean('pinned'),
    muted: t.exposeBoolean('muted'),
  }),
});

const LogoutResult = builder.objectRef<{ message: string }>('LogoutResult').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.queryFields((t) => ({
  clientStatus: t.field({
    type: ClientStatusType,
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.openSessions.clientStatus(session),
  }),
  sessionInfo: t.field({
    type: AccountInfoType,
    description: 'The linked account; CLIENT_NOT_READY until WhatsApp is ready',
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.openSessions.accountInfo(session),
  }),
  chats: t.field({
    type: [Chat],
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.openSessions.chats(session),
  }),
}));

builder.mutationField('logout', (t) =>
  t.field({
    type: LogoutResult,
    description: 'Unlinks the WhatsApp account; a new QR code follows',
    extensions: policies(strictRateLimit, needsDriver),
    args: sessionArgs,
    resolve: async (_root, { session }, { services }) => {
      await services.openSessions.logout(session);
      return { message: 'Logged out successfully' };
    },
  }),
);
