import { badInput } from '../../errors.js';
import {
  inviteOf,
  notAParticipant,
  participantActions,
  participantResult,
  participantsRefusal,
  type GroupCreated,
  type GroupDetails,
  type GroupInfo,
  type GroupInvite,
  type GroupSummary,
  type ParticipantAction,
  type ParticipantChanges,
  type ParticipantResult,
} from '../../domain/groups.js';
import { isGroupChat, toGroupInfo } from './wwebjs-mapping.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';
import type { WwebjsGroupHandle } from './wwebjs-client.js';

/** The account's groups: made, listed, read, changed, their members and invite link, left. */
export class WwebjsGroups {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
  ) {}

  async createGroup(subject: string, participants: string[]): Promise<GroupCreated> {
    const created = await this.conn.call(() => this.conn.client().createGroup(subject, participants), 'create the group');
    if (typeof created === 'string') throw badInput(`WhatsApp refused to create the group: ${created.replace(/^\w+Error: /, '')}`);
    return {
      id: created.gid._serialized,
      subject: created.title ?? subject,
      participants: participants.map((participant) => {
        const result = created.participants[participant];
        // Someone not on WhatsApp is left out of the answer rather than reported.
        return result
          ? participantResult(participant, 'add', result.statusCode, { invited: result.isInviteV4Sent })
          : participantResult(participant, 'add', 404);
      }),
    };
  }

  async groups(): Promise<GroupSummary[]> {
    const chats = await this.conn.call(() => this.conn.client().getChats(), 'list the chats');
    return chats
      .filter(isGroupChat)
      .filter((group) => group.isReadOnly !== true)
      .map((group) => ({ id: group.id._serialized, subject: group.name ?? '', participantCount: group.participants.length }));
  }

  async group(groupId: string): Promise<GroupInfo> {
    return toGroupInfo(await this.lookups.groupNamed(groupId));
  }

  async updateGroup(groupId: string, { subject, description }: GroupDetails): Promise<void> {
    const group = await this.lookups.groupNamed(groupId);
    const refused = 'WhatsApp refused to change the group: only its admins may, and the account is not one';
    if (subject !== undefined && !(await this.conn.call(() => group.setSubject(subject), 'change the subject'))) throw badInput(refused);
    if (description !== undefined && !(await this.conn.call(() => group.setDescription(description), 'change the description')))
      throw badInput(refused);
  }

  async changeParticipants(groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    const group = await this.lookups.groupNamed(groupId);
    const refusal = participantsRefusal(toGroupInfo(group), await this.#accountIds());
    if (refusal) throw badInput(refusal);
    const results: ParticipantResult[] = [];
    for (const action of participantActions) {
      const ids = changes[action] ?? [];
      if (ids.length > 0)
        results.push(...(await (action === 'add' ? this.#addParticipants(group, ids) : this.#changeMembers(group, action, ids))));
    }
    return results;
  }

  async groupInvite(groupId: string, { revoke }: { revoke: boolean }): Promise<GroupInvite> {
    const group = await this.lookups.groupNamed(groupId);
    if (revoke) await this.conn.call(() => group.revokeInvite(), 'reset the invite link');
    const code = await this.conn.call(() => group.getInviteCode(), 'read the invite link');
    if (!code) throw badInput('WhatsApp refused the invite link: only admins of the group may share it, and the account is not one');
    return inviteOf(code);
  }

  async leaveGroup(groupId: string): Promise<void> {
    const group = await this.lookups.groupNamed(groupId);
    await this.conn.call(() => group.leave(), 'leave the group');
  }

  async #addParticipants(group: WwebjsGroupHandle, ids: string[]): Promise<ParticipantResult[]> {
    const added = await this.conn.call(() => group.addParticipants(ids), 'add to the group');
    if (typeof added === 'string') throw badInput(added.replace(/^\w+Error: /, ''));
    return ids.map((id) => {
      const result = added[id];
      return result ? participantResult(id, 'add', result.code, { invited: result.isInviteV4Sent }) : participantResult(id, 'add', 404);
    });
  }

  /**
   * whatsapp-web.js passes over anyone not in the group without a word, so they are found here first: a
   * group that lists its members by LID is matched through the LID of each number.
   */
  async #changeMembers(group: WwebjsGroupHandle, action: Exclude<ParticipantAction, 'add'>, ids: string[]): Promise<ParticipantResult[]> {
    const members = new Set(group.participants.map((participant) => participant.id._serialized));
    const inGroup: string[] = [];
    const results = new Map<string, ParticipantResult>();
    for (const id of ids) {
      if (members.has(id) || members.has((await this.lookups.lidAndPhone(id)).lid ?? '')) inGroup.push(id);
      else results.set(id, notAParticipant(id, action));
    }
    if (inGroup.length > 0) {
      const call = { remove: group.removeParticipants, promote: group.promoteParticipants, demote: group.demoteParticipants }[action];
      await this.conn.call(() => call.call(group, inGroup), `${action} members of the group`);
      for (const id of inGroup) results.set(id, participantResult(id, action, 200));
    }
    return ids.map((id) => results.get(id)!);
  }

  /** The ids the account goes by in groups: its number, and its LID where it has one. */
  async #accountIds(): Promise<string[]> {
    const wid = (await this.conn.info()).wid;
    const { lid } = await this.lookups.lidAndPhone(wid);
    return lid ? [wid, lid] : [wid];
  }
}
