import { createGroupInput, participantsInput, updateGroupInput } from '../../messaging/group-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId, byIdWithInput } from './route-variables.js';

const GROUP_FIELDS = 'id subject description owner createdAt participantCount participants { id isAdmin isSuperAdmin }';
const RESULT_FIELDS = 'participant action ok code message invited';

/** The account's groups: create, read, change, members, the invite link, leaving. */
export const groupRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/groups',
    tag: 'Groups',
    summary: 'Create a group of these people, with a result per person',
    operation: `mutation CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id subject participants { ${RESULT_FIELDS} } } }`,
    body: createGroupInput,
    variables: asInput,
    failures: [503],
    reply: { message: 'Group created' },
  },
  {
    method: 'GET',
    path: '/api/groups',
    tag: 'Groups',
    summary: 'The groups the account is a member of',
    operation: 'query Groups { groups { id subject participantCount } }',
    failures: [503],
  },
  {
    method: 'GET',
    path: '/api/groups/:id',
    tag: 'Groups',
    summary: 'A group: subject, description, owner, and members with their admin flags',
    operation: `query Group($id: String!) { group(id: $id) { ${GROUP_FIELDS} } }`,
    variables: byId,
    failures: [404, 503],
  },
  {
    method: 'PUT',
    path: '/api/groups/:id',
    tag: 'Groups',
    summary: "Change the group's subject, description or both (admins only)",
    operation: `mutation UpdateGroup($id: String!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { ${GROUP_FIELDS} } }`,
    body: updateGroupInput,
    variables: byIdWithInput,
    failures: [404, 503],
    reply: { message: 'Group updated' },
  },
  {
    method: 'POST',
    path: '/api/groups/:id/participants',
    tag: 'Groups',
    summary: 'Add, remove, promote or demote members (admins only), with a result per person and action',
    operation: `mutation ChangeGroupParticipants($id: String!, $input: GroupParticipantsInput!) { changeGroupParticipants(id: $id, input: $input) { ${RESULT_FIELDS} } }`,
    body: participantsInput,
    variables: byIdWithInput,
    failures: [404, 503],
  },
  {
    method: 'GET',
    path: '/api/groups/:id/invite',
    tag: 'Groups',
    summary: "The group's invite link (admins only)",
    operation: 'query GroupInvite($id: String!) { groupInvite(id: $id) { code url } }',
    variables: byId,
    failures: [404, 503],
  },
  {
    method: 'DELETE',
    path: '/api/groups/:id/invite',
    tag: 'Groups',
    summary: 'Reset the invite link: the old one stops working; answers the new one',
    operation: 'mutation RevokeGroupInvite($id: String!) { revokeGroupInvite(id: $id) { code url } }',
    variables: byId,
    failures: [404, 503],
    reply: { message: 'Invite link reset' },
  },
  {
    method: 'POST',
    path: '/api/groups/:id/leave',
    tag: 'Groups',
    summary: 'Leave the group',
    operation: 'mutation LeaveGroup($id: String!) { leaveGroup(id: $id) { groupId } }',
    variables: byId,
    failures: [404, 503],
    reply: { message: 'Left the group' },
  },
];
