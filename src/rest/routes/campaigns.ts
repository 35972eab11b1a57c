import { z } from 'zod';
import { campaignRecipient, campaignStatusInput, createCampaignInput, optOutInput } from '../../campaigns/campaign-inputs.js';
import type { JsonObject, RestRoute } from '../rest-route.js';
import { recipientStates } from '../../domain/campaign-states.js';
import { recipientsFromCsv } from '../../domain/recipients-from-csv.js';
import { asInput, byId, wholeNumber } from './route-variables.js';
import { recipientList, withChatIds } from './recipients.js';

/** The documented body lists plain numbers or chat ids; the personalised form lists `{phone, vars}` objects. */
const createCampaignBody = z.object({
  ...createCampaignInput.in.shape,
  recipients: recipientList(campaignRecipient),
});

const CAMPAIGN_FIELDS =
  'id name message recipients: chatIds status scheduled_at: scheduledAt created_at: createdAt updated_at: updatedAt started_at: startedAt completed_at: completedAt error counts { total pending sending sent delivered read failed unknown skipped }';

const RECIPIENT_FIELDS = 'id phone chatId vars message state messageId error attemptedAt sentAt deliveredAt readAt updatedAt';

export const campaignRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/campaigns/create',
    tag: 'Campaigns',
    summary: 'Create a campaign; it runs on execute, or by itself at scheduledAt',
    operation: `mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id name message recipients: chatIds status scheduled_at: scheduledAt created_at: createdAt } }`,
    body: createCampaignBody,
    csvBody: {
      description:
        'The recipients as CSV, one a row: with a header row naming a phone, number, mobile or chatId column, the other columns fill the ' +
        "message's {{placeholders}}; without one, each row's first cell is the number. name, message and scheduledAt are then query parameters.",
      toJson: (csv, query) => ({
        name: query.get('name') ?? undefined,
        message: query.get('message') ?? undefined,
        scheduledAt: query.get('scheduledAt') ?? undefined,
        recipients: recipientsFromCsv(csv),
      }),
    },
    query: {
      name: { type: 'string', description: 'With a text/csv body: the campaign name' },
      message: { type: 'string', description: "With a text/csv body: the text to send; {{name}} is filled from each row's name column" },
      scheduledAt: { type: 'string', description: 'With a text/csv body: when it runs by itself (ISO 8601 with a zone)' },
    },
    variables: (body) => ({ input: { ...body, recipients: withChatIds(body.recipients) } }),
    reply: { message: 'Campaign created successfully', keepNulls: true },
  },
  {
    method: 'POST',
    path: '/api/campaigns/:id/execute',
    tag: 'Campaigns',
    summary: 'Run a campaign now; answers when it ends, or at once with ?wait=false',
    operation: `mutation ExecuteCampaign($id: ID!, $wait: Boolean) { executeCampaign(id: $id, wait: $wait) { results { total sent failed unknown skipped pending errors { phone chatId state error } } campaign { id name status } } }`,
    query: {
      wait: {
        type: 'boolean',
        description: 'false: answer at once with the campaign running; progress streams as campaign_progress events',
      },
    },
    variables: (_body, params, query) => ({ id: params.id, wait: query.get('wait') !== 'false' }),
    failures: [404, 503],
    reply: {
      message: (data) =>
        (data.campaign as JsonObject | undefined)?.status === 'running'
          ? 'Campaign is running; progress streams as campaign_progress events'
          : 'Campaign executed successfully',
    },
  },
  {
    method: 'GET',
    path: '/api/campaigns/list',
    tag: 'Campaigns',
    summary: 'Every campaign with its status and counts, oldest first',
    operation: `query Campaigns { campaigns { ${CAMPAIGN_FIELDS} } }`,
  },
  {
    method: 'GET',
    path: '/api/campaigns/:id',
    tag: 'Campaigns',
    summary: 'One campaign with its status and counts',
    operation: `query Campaign($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`,
    variables: byId,
    failures: [404],
    reply: { keepNulls: true },
  },
  {
    method: 'GET',
    path: '/api/campaigns/:id/recipients',
    tag: 'Campaigns',
    summary: "A campaign's recipients, each with its state, message id and error, a page at a time",
    operation: `query CampaignRecipients($id: ID!, $first: Int, $after: String, $state: String) { campaign(id: $id) { id name status recipients(first: $first, after: $after, state: $state) { items { ${RECIPIENT_FIELDS} } nextCursor } } }`,
    query: {
      state: { type: 'string', description: `Only recipients in this state: ${recipientStates.join(', ')}` },
      first: { type: 'integer', description: 'How many a page holds (100 by default, at most 1000)' },
      after: { type: 'string', description: "The page after this one: the previous page's nextCursor" },
    },
    variables: (_body, params, query) => ({
      id: params.id,
      first: wholeNumber(query.get('first')),
      after: query.get('after') ?? undefined,
      state: query.get('state') ?? undefined,
    }),
    failures: [404],
    reply: { keepNulls: true },
  },
  {
    method: 'PUT',
    path: '/api/campaigns/:id/status',
    tag: 'Campaigns',
    summary: 'Cancel (cancelled), pause (pending) or resume (running) a campaign',
    operation:
      'mutation UpdateCampaignStatus($id: ID!, $status: CampaignStatus!) { updateCampaignStatus(id: $id, status: $status) { id status } }',
    body: z.object({ status: campaignStatusInput }),
    variables: (body, params) => ({ id: params.id, status: body.status }),
    failures: [404],
    reply: { message: 'Campaign status updated' },
  },
  {
    method: 'DELETE',
    path: '/api/campaigns/:id',
    tag: 'Campaigns',
    summary: 'Delete a campaign; a running one is cancelled first',
    operation: 'mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { message } }',
    variables: byId,
    failures: [404],
    reply: { form: 'message' },
  },
  {
    method: 'GET',
    path: '/api/optouts',
    tag: 'Opt-outs',
    summary: 'The chats that get no campaigns',
    operation: 'query OptOuts { optOuts { chatId source keyword createdAt } }',
  },
  {
    method: 'POST',
    path: '/api/optouts',
    tag: 'Opt-outs',
    summary: 'Put a number on the opt-out list',
    operation: 'mutation AddOptOut($input: OptOutInput!) { addOptOut(input: $input) { chatId changed message } }',
    body: optOutInput,
    variables: asInput,
    reply: { message: 'Opt-out list updated' },
  },
  {
    method: 'DELETE',
    path: '/api/optouts',
    tag: 'Opt-outs',
    summary: 'Take a number off the opt-out list',
    operation: 'mutation RemoveOptOut($input: OptOutInput!) { removeOptOut(input: $input) { chatId changed message } }',
    body: optOutInput,
    variables: asInput,
    failures: [404],
    reply: { message: 'Opt-out list updated' },
  },
];
