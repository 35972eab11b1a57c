import { z } from 'zod';
import { createKeyInput, keyId } from '../../keys/key-inputs.js';
import type { KeyView } from '../../keys/key-service.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { requireCaller } from '../context.js';
import { anyKeyField } from '../field-policy.js';

const ApiKeyType = builder.objectRef<KeyView>('ApiKey').implement({
  description: 'An API key limited to some sessions; its secret is shown only when it is made',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Pass it to revokeApiKey' }),
    name: t.exposeString('name'),
    sessions: t.exposeStringList('sessions', { description: 'The sessions the key may act on' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CreatedApiKeyType = builder.objectRef<KeyView & { key: string }>('CreatedApiKey').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    sessions: t.exposeStringList('sessions'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    key: t.exposeString('key', { description: 'The key itself (X-API-Key); shown this once, so keep it now' }),
  }),
});

const ApiKeyRevocationType = builder.objectRef<{ id: number }>('ApiKeyRevocation').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    message: t.string({ resolve: () => 'API key revoked' }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => zodInputFields(t, createKeyInput),
});

const CurrentKeyType = builder.objectRef<{ admin: boolean; name: string | null; sessions: string[] }>('CurrentKey').implement({
  description: 'The key this request came with, and what it may use',
  fields: (t) => ({
    admin: t.exposeBoolean('admin', { description: 'The admin key (API_KEY): every session, and sessions and keys themselves' }),
    name: t.exposeString('name', { nullable: true, description: 'The name it was made with; null for the admin key' }),
    sessions: t.exposeStringList('sessions', { description: 'The sessions it may act on (every session for the admin key)' }),
  }),
});

builder.queryField('currentKey', (t) =>
  t.field({
    type: CurrentKeyType,
    description: 'Which sessions the calling key may use: a client with a session key learns where it can act',
    extensions: anyKeyField,
    resolve: async (_r, _a, ctx) => {
      const caller = requireCaller(ctx);
      if (caller.kind === 'scoped') return { admin: false, name: caller.keyName, sessions: [...caller.sessions] };
      return { admin: true, name: null, sessions: (await ctx.services.storedSessions.list()).map((session) => session.name) };
    },
  }),
);

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyType],
    description: 'The keys made through the API, oldest first, without their secrets (admin key only)',
    resolve: (_r, _a, { services }) => services.keys.list(),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKeyType,
    description: 'Makes a key for some sessions; the answer carries the key, the one time it is shown (admin key only)',
    args: t.validate({ input: t.arg({ type: CreateApiKeyInput, required: true }) }, z.object({ input: createKeyInput })),
    resolve: (_r, { input }, { services }) => services.keys.create(input),
  }),
  revokeApiKey: t.field({
    type: ApiKeyRevocationType,
    description: 'Revokes a key: it is refused from the next request on (admin key only)',
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object({ id: keyId })),
    resolve: async (_r, { id }, { services }) => {
      await services.keys.revoke(id);
      return { id };
    },
  }),
}));
