import { randomBytes } from 'node:crypto';
import { badInput } from '../../errors.js';
import {
  inviteOf,
  notAParticipant,
  participantActions,
  participantResult,
  participantsRefusal,
  type GroupInfo,
  type GroupInvite,
  type GroupParticipant,
  type GroupSummary,
  type ParticipantChanges,
  type ParticipantResult,
} from '../../domain/groups.js';

/** 22 characters of letters and digits, as WhatsApp's invite codes. */
const inviteCode = () => randomBytes(16).toString('base64url').replace(/[-_]/g, 'x').slice(0, 22);

/**
 * A group of the sandbox's WhatsApp, created by the account (its super admin). Like a group set to "Edit
 * group settings: Only admins", only its admins change it; `isOnWhatsApp` says who can be added.
 */
export class SandboxGroup {
  readonly id = `120363${String(randomBytes(6).readUIntBE(0, 6)).padStart(12, '0').slice(0, 12)}@g.us`;
  description: string | null = null;
  readonly createdAt = Math.floor(Date.now() / 1000);
  readonly #members = new Map<string, GroupParticipant>();
  #inviteCode = inviteCode();

  constructor(
    public subject: string,
    readonly owner: string,
    private readonly isOnWhatsApp: (chatId: string) => boolean,
  ) {
    this.#members.set(owner, { id: owner, isAdmin: true, isSuperAdmin: true });
  }

  has(member: string): boolean {
    return this.#members.has(member);
  }

  summary(): GroupSummary {
    return { id: this.id, subject: this.subject, participantCount: this.#members.size };
  }

  info(): GroupInfo {
    return {
      ...this.summary(),
      description: this.description,
      owner: this.owner,
      createdAt: this.createdAt,
      participants: [...this.#members.values()].map((member) => ({ ...member })),
    };
  }

  add(participant: string): ParticipantResult {
    if (this.#members.has(participant)) return participantResult(participant, 'add', 409);
    if (!this.isOnWhatsApp(participant)) return participantResult(participant, 'add', 404);
    this.#members.set(participant, { id: participant, isAdmin: false, isSuperAdmin: false });
    return participantResult(participant, 'add', 200);
  }

  /** People joining or leaving of their own accord (by the link, or leaving), which needs no admin. */
  joined(participants: readonly string[]): void {
    for (const id of participants) if (!this.#members.has(id)) this.#members.set(id, { id, isAdmin: false, isSuperAdmin: false });
  }

  left(participants: readonly string[]): void {
    for (const id of participants) this.#members.delete(id);
  }

  changeParticipants(by: string, changes: ParticipantChanges): ParticipantResult[] {
    this.#requireAdmin(by, 'change its members');
    return participantActions.flatMap((action) =>
      (changes[action] ?? []).map((participant) => {
        if (action === 'add') return this.add(participant);
        const member = this.#members.get(participant);
        if (!member) return notAParticipant(participant, action);
        if (action === 'remove') this.#members.delete(participant);
        else member.isAdmin = action === 'promote';
        return participantResult(participant, action, 200);
      }),
    );
  }

  update(by: string, { subject, description }: { subject?: string; description?: string }): void {
    this.#requireAdmin(by, 'change its subject or description');
    if (subject !== undefined) this.subject = subject;
    if (description !== undefined) this.description = description === '' ? null : description;
  }

  invite(by: string, { revoke }: { revoke: boolean }): GroupInvite {
    this.#requireAdmin(by, 'share or reset its invite link');
    if (revoke) this.#inviteCode = inviteCode();
    return inviteOf(this.#inviteCode);
  }

  #requireAdmin(by: string, what: string): void {
    const refusal = participantsRefusal(this.info(), [by]);
    if (refusal) throw badInput(refusal.replace('change its members', what));
  }
}
