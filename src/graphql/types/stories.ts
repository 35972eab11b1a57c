import { z } from 'zod';
import { mediaPathOf } from '../../domain/media-path.js';
import { sandboxStoryInput } from '../../domain/sandbox-inputs.js';
import { mediaStoryInput, storyIdInput, textStoryInput } from '../../messaging/story-inputs.js';
import type { SentMessage } from '../../whatsapp/driver.js';
import { builder } from '../builder.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, needsDriver, policies } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * Status: the account's stories, which WhatsApp shows its contacts for 24 hours, and the stories of others.
 */

const StoryPostType = builder.objectRef<SentMessage>('StoryPost').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'What deleteStory takes' }),
    timestamp: t.exposeInt('timestamp', { description: 'Unix seconds' }),
  }),
});

const DeletedStoryType = builder.objectRef<{ id: string }>('DeletedStory').implement({
  fields: (t) => ({ id: t.exposeString('id') }),
});

const StoryEvent = eventType('story').implement({
  description: 'Someone the account can see posted a story',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.data.id }),
    from: t.string({ description: 'Who posted it', resolve: (e) => e.data.from }),
    fromLid: t.string({
      nullable: true,
      description: 'The LID the poster arrived as, where `from` gives their number instead',
      resolve: (e) => e.data.fromLid ?? null,
    }),
    type: t.string({ description: '`chat` for a text, `image`, `video`, `audio`…', resolve: (e) => e.data.type }),
    body: t.string({ description: "The text, or a photo's or video's caption", resolve: (e) => e.data.body }),
    hasMedia: t.boolean({ resolve: (e) => e.data.hasMedia }),
    mimeType: t.string({ nullable: true, resolve: (e) => e.data.mimeType ?? null }),
    mediaUrl: t.string({
      nullable: true,
      description: "Where to fetch the file (GET, with the API key), relative to the gateway's address",
      resolve: (e) => (e.data.hasMedia ? mediaPathOf(e.session, e.data.id) : null),
    }),
    timestamp: t.int({ description: 'Unix seconds, as WhatsApp stamped the story', resolve: (e) => e.data.timestamp }),
    emittedAt: t.field(emittedAt),
  }),
});

const TextStoryInput = builder.inputType('TextStoryInput', {
  fields: (t) => zodInputFields(t, textStoryInput),
});

const MediaStoryInput = builder.inputType('MediaStoryInput', {
  description: 'A photo, video or audio (`mediaUrl` or `mediaBase64`) with its `caption`',
  fields: (t) => zodInputFields(t, mediaStoryInput),
});

const SandboxStoryInput = builder.inputType('SandboxStoryInput', {
  fields: (t) => zodInputFields(t, sandboxStoryInput),
});

builder.mutationFields((t) => ({
  postTextStory: t.field({
    type: StoryPostType,
    description: "A text story on the account's Status",
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: TextStoryInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: textStoryInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.stories.postText(session, input.text, input.style),
  }),
  postMediaStory: t.field({
    type: StoryPostType,
    description: "A photo, video or audio story on the account's Status",
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: MediaStoryInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: mediaStoryInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.stories.postMedia(session, input.source, input.caption),
  }),
  deleteStory: t.field({
    type: DeletedStoryType,
    description: "Deletes one of the account's stories for everyone",
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object({ id: storyIdInput, session: sessionValue })),
    resolve: async (_root, { id, session }, { services }) => {
      await services.stories.delete(session, id);
      return { id };
    },
  }),
  sandboxInboundStory: t.field({
    type: StoryEvent,
    description: 'Someone posts a story, raising `story` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxStoryInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxStoryInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'story' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundStory(input),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  story: subscriptionTo(t, StoryEvent, 'story'),
}));
