import { z } from 'zod';
import type { Media } from '../../whatsapp/driver.js';
import { messageIdInput } from '../../messaging/message-action-inputs.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

const MessageMediaType = builder.objectRef<Media>('MessageMedia').implement({
  description: 'The file of a sent or received message',
  fields: (t) => ({
    contentType: t.string({ description: 'Its MIME type, e.g. image/jpeg', resolve: (media) => media.mimetype }),
    filename: t.string({ nullable: true, resolve: (media) => media.filename ?? null }),
    size: t.int({ description: 'Bytes', resolve: (media) => media.data.byteLength }),
    data: t.string({ description: 'The file, base64', resolve: (media) => media.data.toString('base64') }),
  }),
});

builder.queryField('messageMedia', (t) =>
  t.field({
    type: MessageMediaType,
    description:
      "A message's file, fetched from WhatsApp the first time and then kept for MEDIA_CACHE_TTL_MS; NOT_FOUND once WhatsApp no longer has it",
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object({ id: messageIdInput, session: sessionValue })),
    resolve: (_root, { id, session }, { services }) => services.media.get(session, id),
  }),
);
