import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import { refuseUnknownSessions } from './plugins/session-access.js';
import './types/enums.js';
import './types/health.js';
import './types/version.js';
import './types/client.js';
import './types/messages.js';
import './types/message-actions.js';
import './types/message-media.js';
import './types/chats.js';
import './types/contacts.js';
import './types/groups.js';
import './types/bulk.js';
import './types/test-number.js';
import './types/events.js';
import './types/chat-events.js';
import './types/sandbox.js';
import './types/campaigns.js';
import './types/campaign-recipients.js';
import './types/campaign-execution.js';
import './types/campaign-progress.js';
import './types/opt-outs.js';
import './types/webhooks.js';
import './types/event-sinks.js';
import './types/account-limits.js';
import './types/calls.js';
import './types/labels.js';
import './types/dialogs.js';
import './types/web-versions.js';
import './types/pending-messages.js';
import './types/sessions.js';
import './types/keys.js';
import './types/cluster.js';

export const schema = refuseUnknownSessions(builder.toSchema());

/** The SDL committed as schema/schema.graphql: sorted, so the diff of a change shows only the change. */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
