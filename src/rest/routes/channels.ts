import { channelMessageInput, createChannelInput } from '../../messaging/channel-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId, byIdWithInput } from './route-variables.js';

const CHANNEL_FIELDS = 'id name description role inviteLink';

/** WhatsApp channels: those the account owns, runs or follows; creating one, posting in it, following. */
export const channelRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/channels',
    tag: 'Channels',
    summary: 'The channels the account owns, runs or follows',
    operation: `query Channels { channels { ${CHANNEL_FIELDS} } }`,
    failures: [503],
  },
  {
    method: 'POST',
    path: '/api/channels',
    tag: 'Channels',
    summary: 'Create a channel the account owns',
    operation: `mutation CreateChannel($input: CreateChannelInput!) { createChannel(input: $input) { ${CHANNEL_FIELDS} } }`,
    body: createChannelInput,
    variables: asInput,
    failures: [503],
    reply: { message: 'Channel created' },
  },
  {
    method: 'GET',
    path: '/api/channels/:id',
    tag: 'Channels',
    summary: 'A channel the account owns, follows or has looked at',
    operation: `query Channel($id: String!) { channel(id: $id) { ${CHANNEL_FIELDS} } }`,
    variables: byId,
    failures: [404, 503],
  },
  {
    method: 'POST',
    path: '/api/channels/:id/messages',
    tag: 'Channels',
    summary: 'Post in a channel the account owns or runs: a text, or a photo, video or voice note with its caption',
    operation:
      'mutation SendChannelMessage($id: String!, $input: ChannelMessageInput!) { sendChannelMessage(id: $id, input: $input) { id channelId timestamp } }',
    body: channelMessageInput,
    largeBody: true,
    variables: byIdWithInput,
    failures: [404, 502, 503],
    reply: { message: 'Posted in the channel' },
  },
  {
    method: 'POST',
    path: '/api/channels/:id/follow',
    tag: 'Channels',
    summary: 'Follow a channel',
    operation: `mutation FollowChannel($id: String!) { followChannel(id: $id) { ${CHANNEL_FIELDS} } }`,
    variables: byId,
    failures: [404, 503],
    reply: { message: 'Channel followed' },
  },
  {
    method: 'DELETE',
    path: '/api/channels/:id/follow',
    tag: 'Channels',
    summary: 'Stop following a channel',
    operation: `mutation UnfollowChannel($id: String!) { unfollowChannel(id: $id) { ${CHANNEL_FIELDS} } }`,
    variables: byId,
    failures: [404, 503],
    reply: { message: 'Channel unfollowed' },
  },
];
