import { z } from 'zod';
import type { GroupCreated, GroupInfo, GroupInvite, GroupParticipant, GroupSummary, ParticipantResult } from '../../domain/groups.js';
import { createGroupInput, groupIdInput, participantsInput, updateGroupInput } from '../../messaging/group-inputs.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, needsDriver, policies } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

const GroupSummaryType = builder.objectRef<GroupSummary>('GroupSummary').implement({
  description: 'A group the account is a member of',
  fields: (t) => ({
    id: t.exposeString('id'),
    subject: t.exposeString('subject'),
    participantCount: t.exposeInt('participantCount'),
  }),
});

const GroupParticipantType = builder.objectRef<GroupParticipant>('GroupParticipant').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Chat id (…@c.us, or …@lid where WhatsApp lists the member by LID)' }),
    isAdmin: t.exposeBoolean('isAdmin'),
    isSuperAdmin: t.exposeBoolean('isSuperAdmin', { description: 'The creator' }),
  }),
});

const GroupType = builder.objectRef<GroupInfo>('Group').implement({
  description: 'A group: its subject, description, owner and members',
  fields: (t) => ({
    id: t.exposeString('id'),
    subject: t.exposeString('subject'),
    description: t.exposeString('description', { nullable: true }),
    owner: t.exposeString('owner', { nullable: true, description: 'Who created it' }),
    createdAt: t.exposeInt('createdAt', { nullable: true, description: 'Unix seconds' }),
    participantCount: t.exposeInt('participantCount'),
    participants: t.field({ type: [GroupParticipantType], resolve: (group) => group.participants }),
  }),
});

const ParticipantResultType = builder.objectRef<ParticipantResult>('ParticipantResult').implement({
  description: "What became of one person in one action, with WhatsApp's code",
  fields: (t) => ({
    participant: t.exposeString('participant'),
    action: t.exposeString('action', { description: 'add, remove, promote or demote' }),
    ok: t.exposeBoolean('ok'),
    code: t.exposeInt('code', {
      description:
        '200 done; 403 they accept invitations only; 404 not on WhatsApp, or not a member; 408 left recently; 409 already a member; 419 group full',
    }),
    message: t.exposeString('message'),
    invited: t.exposeBoolean('invited', { description: 'An invitation was sent instead' }),
  }),
});

const GroupCreatedType = builder.objectRef<GroupCreated>('GroupCreated').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    subject: t.exposeString('subject'),
    participants: t.field({ type: [ParticipantResultType], resolve: (created) => created.participants }),
  }),
});

const GroupInviteType = builder.objectRef<GroupInvite>('GroupInvite').implement({
  description: 'The link that lets anyone join the group',
  fields: (t) => ({ code: t.exposeString('code'), url: t.exposeString('url') }),
});

const GroupLeftType = builder.objectRef<{ groupId: string }>('GroupLeft').implement({
  fields: (t) => ({ groupId: t.exposeString('groupId') }),
});

const CreateGroupInput = builder.inputType('CreateGroupInput', {
  fields: (t) => zodInputFields(t, createGroupInput),
});

const UpdateGroupInput = builder.inputType('UpdateGroupInput', {
  description: 'A subject, a description, or both; an empty description clears it',
  fields: (t) => zodInputFields(t, updateGroupInput),
});

const GroupParticipantsInput = builder.inputType('GroupParticipantsInput', {
  description: 'People (numbers or chat ids) to add, remove, promote to admin or demote; done in that order',
  fields: (t) => zodInputFields(t, participantsInput),
});

const idArgs = { id: groupIdInput, session: sessionValue };

builder.queryFields((t) => ({
  groups: t.field({
    type: [GroupSummaryType],
    description: 'The groups the account is a member of',
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.groups.list(session),
  }),
  group: t.field({
    type: GroupType,
    description: 'A group the account is a member of; NOT_FOUND otherwise',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object(idArgs)),
    resolve: (_root, { id, session }, { services }) => services.groups.find(session, id),
  }),
  groupInvite: t.field({
    type: GroupInviteType,
    description: "The group's invite link (admins only)",
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object(idArgs)),
    resolve: (_root, { id, session }, { services }) => services.groups.invite(session, id, false),
  }),
}));

builder.mutationFields((t) => ({
  createGroup: t.field({
    type: GroupCreatedType,
    description: 'Creates a group of these people, the account its admin, with a result per person',
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: CreateGroupInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: createGroupInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.groups.create(session, input.subject, input.participants),
  }),
  updateGroup: t.field({
    type: GroupType,
    description: "Changes the group's subject, description or both (admins only)",
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), input: t.arg({ type: UpdateGroupInput, required: true }), ...sessionArgs },
      z.object({ ...idArgs, input: updateGroupInput }),
    ),
    resolve: (_root, { id, input, session }, { services }) => services.groups.update(session, id, input),
  }),
  changeGroupParticipants: t.field({
    type: [ParticipantResultType],
    description: 'Adds, removes, promotes and demotes members (admins only), with a result per person and action',
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), input: t.arg({ type: GroupParticipantsInput, required: true }), ...sessionArgs },
      z.object({ ...idArgs, input: participantsInput }),
    ),
    resolve: (_root, { id, input, session }, { services }) => services.groups.changeParticipants(session, id, input),
  }),
  revokeGroupInvite: t.field({
    type: GroupInviteType,
    description: 'Makes the current invite link stop working and gives the new one (admins only)',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object(idArgs)),
    resolve: (_root, { id, session }, { services }) => services.groups.invite(session, id, true),
  }),
  leaveGroup: t.field({
    type: GroupLeftType,
    description: 'The account leaves the group',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object(idArgs)),
    resolve: async (_root, { id, session }, { services }) => {
      await services.groups.leave(session, id);
      return { groupId: id };
    },
  }),
}));
