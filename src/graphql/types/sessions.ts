import { z } from 'zod';
import { sessionName, sessionStatuses } from '../../domain/session-name.js';
import { qrImage, qrImageFormats } from '../../sessions/qr-image.js';
import { createSessionInput, pairingCodeInput } from '../../sessions/session-inputs.js';
import type { SessionView } from '../../sessions/session-service.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { adminOnly, needsDriver, onOwner, policies, sessionNamedBy } from '../field-policy.js';
import { AccountLimitType } from './account-limits.js';
import { WhatsAppDialogType } from './client.js';
import { WebVersionType } from './web-versions.js';
import { ConnectionStateEnum } from './enums.js';

const SessionStatusEnum = builder.enumType('SessionStatus', {
  description: 'Whether the session should run; a started one starts again with the gateway',
  values: sessionStatuses,
});

const SessionAccount = builder.objectRef<NonNullable<SessionView['me']>>('SessionAccount').implement({
  description: 'The WhatsApp account a session is linked to',
  fields: (t) => ({
    wid: t.exposeString('wid'),
    pushname: t.exposeString('pushname'),
    phone: t.exposeString('phone'),
  }),
});

const SessionType = builder.objectRef<SessionView>('Session').implement({
  description: 'One linked WhatsApp account, by the name it was created with',
  fields: (t) => ({
    name: t.exposeString('name'),
    driver: t.exposeString('driver', { description: '`wwebjs` or `sandbox`' }),
    status: t.field({ type: SessionStatusEnum, resolve: (s) => s.status }),
    state: t.field({ type: ConnectionStateEnum, resolve: (s) => s.state }),
    ready: t.exposeBoolean('ready', { description: 'Connected: messages can be sent' }),
    me: t.field({ type: SessionAccount, nullable: true, resolve: (s) => s.me }),
    node: t.exposeString('node', {
      nullable: true,
      description: 'The gateway running it now (its NODE_ID in a cluster, else its host and process); null when none does',
    }),
    limit: t.field({
      type: AccountLimitType,
      nullable: true,
      description: 'Set while WhatsApp refuses messages from this account to new contacts',
      resolve: (s) => s.limit,
    }),
    webVersion: t.field({
      type: WebVersionType,
      nullable: true,
      description: 'The WhatsApp Web version it loads or runs, and why that one; null while it is not open',
      resolve: (s) => s.webVersion,
    }),
    dialog: t.field({
      type: WhatsAppDialogType,
      nullable: true,
      description: 'While the state is ACTION_REQUIRED: the dialog WhatsApp Web shows, to answer with answerDialog',
      resolve: (s) => s.dialog,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const QrImageFormatEnum = builder.enumType('QrImageFormat', { values: qrImageFormats });

const QrImageType = builder.objectRef<{ contentType: string; data: Buffer }>('QrImage').implement({
  fields: (t) => ({
    contentType: t.exposeString('contentType', { description: '`image/png` or `image/svg+xml`' }),
    data: t.string({ description: 'The image, base64', resolve: (image) => image.data.toString('base64') }),
  }),
});

const SessionQrType = builder.objectRef<{ qr: string; timestamp: Date }>('SessionQr').implement({
  fields: (t) => ({
    qr: t.exposeString('qr', { description: 'Render it as a QR code and scan it under Linked devices' }),
    timestamp: t.expose('timestamp', { type: 'DateTime' }),
    image: t.field({
      type: QrImageType,
      nullable: true,
      description: 'The QR code drawn, ready to show; null without a format',
      args: { format: t.arg({ type: QrImageFormatEnum }) },
      resolve: (code, { format }) => (format ? qrImage(code.qr, format) : null),
    }),
  }),
});

const PairingCodeType = builder.objectRef<{ code: string; phone: string }>('PairingCode').implement({
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Type it on the phone under Linked devices → Link with phone number' }),
    phone: t.exposeString('phone'),
  }),
});

const SessionDeletionType = builder.objectRef<{ name: string }>('SessionDeletion').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    message: t.string({ resolve: () => 'Session deleted' }),
  }),
});

const CreateSessionInput = builder.inputType('CreateSessionInput', {
  fields: (t) => zodInputFields(t, createSessionInput),
});

const byName = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.validate({ name: t.arg.string({ required: true }) }, z.object({ name: sessionName }));

builder.queryFields((t) => ({
  sessions: t.field({
    type: [SessionType],
    description: 'Every session, oldest first',
    resolve: (_r, _a, { services }) => services.storedSessions.list(),
  }),
  session: t.field({
    type: SessionType,
    extensions: sessionNamedBy('name'),
    args: t.validate({ name: t.arg.string({ required: true }) }, z.object({ name: sessionName })),
    resolve: (_r, { name }, { services }) => services.storedSessions.get(name),
  }),
  sessionQr: t.field({
    type: SessionQrType,
    description: 'The QR code to scan now; NOT_FOUND, naming the state, while there is none',
    extensions: policies(sessionNamedBy('name'), needsDriver),
    args: t.validate({ name: t.arg.string({ required: true }) }, z.object({ name: sessionName })),
    resolve: (_r, { name }, { services }) => services.storedSessions.qr(name),
  }),
}));

builder.mutationFields((t) => ({
  createSession: t.field({
    type: SessionType,
    description: 'Creates a session (started at once unless start is false); link it with its QR code',
    args: t.validate({ input: t.arg({ type: CreateSessionInput, required: true }) }, z.object({ input: createSessionInput })),
    resolve: (_r, { input }, { services }) => services.storedSessions.create(input),
  }),
  startSession: t.field({
    type: SessionType,
    extensions: sessionNamedBy('name'),
    args: byName(t),
    resolve: (_r, { name }, { services }) => services.storedSessions.start(name),
  }),
  stopSession: t.field({
    type: SessionType,
    description: 'Stops the session and keeps its login',
    extensions: policies(sessionNamedBy('name'), onOwner),
    args: byName(t),
    resolve: (_r, { name }, { services }) => services.storedSessions.stop(name),
  }),
  requestPairingCode: t.field({
    type: PairingCodeType,
    description: 'A code that links the session when typed on the phone with this number, instead of the QR; only while pairing',
    extensions: policies(sessionNamedBy('name'), needsDriver),
    args: t.validate({ name: t.arg.string({ required: true }), phone: t.arg.string() }, pairingCodeInput.extend({ name: sessionName })),
    resolve: (_r, { name, phone }, { services }) => services.storedSessions.pairingCode(name, phone),
  }),
  logoutSession: t.field({
    type: SessionType,
    description: 'Unlinks the account; a new QR code follows',
    extensions: policies(sessionNamedBy('name'), needsDriver),
    args: byName(t),
    resolve: (_r, { name }, { services }) => services.storedSessions.logout(name),
  }),
  deleteSession: t.field({
    type: SessionDeletionType,
    description: 'Stops and unlinks the session, cancels its running campaigns, and deletes it; its history stays unless purge is true',
    extensions: policies(sessionNamedBy('name'), onOwner, adminOnly),
    args: t.validate(
      {
        name: t.arg.string({ required: true }),
        purge: t.arg.boolean({ defaultValue: false, description: 'Delete its campaigns, messages, opt-outs and own webhooks too' }),
      },
      z.object({ name: sessionName, purge: z.boolean().nullish() }),
    ),
    resolve: async (_r, { name, purge }, { services }) => {
      await services.storedSessions.delete(name, { purge: purge ?? false });
      return { name };
    },
  }),
}));
