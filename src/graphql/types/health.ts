import { builder } from '../builder.js';
import { publicField } from '../field-policy.js';

const Health = builder.objectRef<{ version: string }>('Health').implement({
  description: 'The gateway process is up',
  fields: (t) => ({
    status: t.string({ resolve: () => 'ok' }),
    timestamp: t.field({ type: 'DateTime', resolve: () => new Date() }),
    service: t.string({ resolve: () => 'Waqtor API' }),
    version: t.exposeString('version'),
  }),
});

builder.queryField('health', (t) =>
  t.field({ type: Health, extensions: publicField, resolve: (_root, _args, { services }) => ({ version: services.version.waqtor }) }),
);
