import { z } from 'zod';
import { campaignRecipient, campaignStatusInput, createCampaignInput, optOutInput } from '../../campaigns/campaign-inputs.js';
import type { JsonObject, RestRoute } from '../rest-route.js';
import { asInput, byId } from './route-variables.js';
import { recipientList, withChatIds } from './recipients.js';

/** The documented body lists plain numbers or chat ids; the personalised form lists `{phone, vars}` objects. */
const createCampaignBody = z.object({
  ...createCampaignInput.in.shape,
  recipients: recipientList(campaignRecipient),
});

const CAMPAIGN_FIELDS =
  'id name message recipients: chatIds status scheduled_at: scheduledAt created_at: createdAt updated_at: updatedAt started_at: startedAt completed_at: completedAt error counts { total pending sending sent delivered read failed unknown skipped }';

export const campaignRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/campaigns/create',
    tag: 'Campaigns',
    summary: 'Create a campaign; it runs on execute, or by itself at scheduledAt',
    operation: `mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { id name message recipients: chatIds status scheduled_at: scheduledAt created_at: createdAt } }`,
    body: createCampaignBody,
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
