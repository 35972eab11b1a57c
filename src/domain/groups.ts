/** A member of a group, by chat id; the creator is its super admin. */
export interface GroupParticipant {
  id: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

/** A group the account is in, as a list shows it. */
export interface GroupSummary {
  id: string;
  subject: string;
  participantCount: number;
}

/** A group in full. */
export interface GroupInfo extends GroupSummary {
  description: string | null;
  /** Who created it, where WhatsApp still says. */
  owner: string | null;
  /** Unix seconds. */
  createdAt: number | null;
  participants: GroupParticipant[];
}

export const participantActions = ['add', 'remove', 'promote', 'demote'] as const;
export type ParticipantAction = (typeof participantActions)[number];

/** The people each action applies to, by chat id; an action may be absent or empty. */
export type ParticipantChanges = Partial<Record<ParticipantAction, string[]>>;

/**
 * What became of one person in one action. `code` is WhatsApp's: 200 done, 403 only an invitation can
 * add them, 404 not on WhatsApp (or, for the other actions, not in the group), 408 they left recently,
 * 409 already a member, 419 the group is full.
 */
export interface ParticipantResult {
  participant: string;
  action: ParticipantAction;
  ok: boolean;
  code: number;
  message: string;
  /** An invitation was sent instead, for someone who only accepts those. */
  invited: boolean;
}

/** A new group, with what became of each person asked to join it. */
export interface GroupCreated {
  id: string;
  subject: string;
  participants: ParticipantResult[];
}

export interface GroupInvite {
  code: string;
  url: string;
}

/** What a change of the group's details changes; at least one of them. */
export interface GroupDetails {
  subject?: string;
  description?: string;
}

export const inviteOf = (code: string): GroupInvite => ({ code, url: `https://chat.whatsapp.com/${code}` });

/** WhatsApp's words for each participant code, as its web client gives them. */
const participantMessages: Record<number, string> = {
  200: 'Done',
  403: 'They accept invitations only: an invitation to the group was sent instead',
  404: 'Not on WhatsApp',
  408: 'They left the group recently and cannot be added back yet',
  409: 'Already a member of the group',
  417: 'They cannot be added to a community group; invite them with the link',
  419: 'The group is full',
};

export function participantResult(
  participant: string,
  action: ParticipantAction,
  code: number,
  options: { invited?: boolean; message?: string } = {},
): ParticipantResult {
  return {
    participant,
    action,
    ok: code === 200,
    code,
    message: options.message ?? participantMessages[code] ?? `WhatsApp refused (code ${code})`,
    invited: options.invited ?? false,
  };
}

/** Removing, promoting or demoting someone who is not in the group. */
export const notAParticipant = (participant: string, action: ParticipantAction) =>
  participantResult(participant, action, 404, { message: 'Not a member of the group' });

/**
 * Why the account may not change the members of a group, if it may not. The account is known by every id
 * it has (its number, and its LID in groups that list members by LID).
 */
export function participantsRefusal(group: GroupInfo, accountIds: readonly string[]): string | undefined {
  const me = group.participants.find((participant) => accountIds.includes(participant.id));
  if (!me) return 'The account is not a member of this group';
  if (!me.isAdmin && !me.isSuperAdmin) return 'Only an admin of the group can change its members, and the account is not one';
  return undefined;
}
