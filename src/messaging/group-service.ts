import type {
  GroupCreated,
  GroupDetails,
  GroupInfo,
  GroupInvite,
  GroupSummary,
  ParticipantChanges,
  ParticipantResult,
} from '../domain/groups.js';
import type { SessionManager } from '../sessions/session-manager.js';

/** The groups of a session's account: making them, changing them and their members, their links, leaving. */
export class GroupService {
  constructor(private readonly openSessions: SessionManager) {}

  create(session: string, subject: string, participants: string[]): Promise<GroupCreated> {
    return this.#driver(session).createGroup(subject, participants);
  }

  list(session: string): Promise<GroupSummary[]> {
    return this.#driver(session).groups();
  }

  find(session: string, groupId: string): Promise<GroupInfo> {
    return this.#driver(session).group(groupId);
  }

  async update(session: string, groupId: string, details: GroupDetails): Promise<GroupInfo> {
    const driver = this.#driver(session);
    await driver.updateGroup(groupId, details);
    return driver.group(groupId);
  }

  changeParticipants(session: string, groupId: string, changes: ParticipantChanges): Promise<ParticipantResult[]> {
    return this.#driver(session).changeParticipants(groupId, changes);
  }

  invite(session: string, groupId: string, revoke: boolean): Promise<GroupInvite> {
    return this.#driver(session).groupInvite(groupId, { revoke });
  }

  leave(session: string, groupId: string): Promise<void> {
    return this.#driver(session).leaveGroup(groupId);
  }

  #driver(session: string) {
    return this.openSessions.get(session).driver;
  }
}
