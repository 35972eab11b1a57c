import type { VersionInfo } from '../../version.js';
import { builder } from '../builder.js';
import { anyKeyField } from '../field-policy.js';
import { sessionArgs } from '../session-argument.js';

const Version = builder.objectRef<VersionInfo>('Version').implement({
  description: 'The gateway and the whatsapp-web.js it is built on',
  fields: (t) => ({
    waqtor: t.exposeString('waqtor'),
    upstream: t.exposeString('upstream', { description: 'The installed whatsapp-web.js version' }),
    upstreamAuthor: t.exposeString('upstreamAuthor'),
  }),
});

builder.queryField('version', (t) =>
  t.field({
    type: Version,
    description: "The gateway's, whichever session asks",
    extensions: anyKeyField,
    args: sessionArgs,
    resolve: (_root, _args, { services }) => services.version,
  }),
);
