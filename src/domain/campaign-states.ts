/** The documented campaign statuses. */
/** `paused`: the gateway stopped it because WhatsApp limits its session; it resumes after the limit's end. */
export const campaignStatuses = ['pending', 'running', 'paused', 'completed', 'failed', 'cancelled'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** `bulk` is a send-bulk request run by the same runner; listings leave it out unless asked. */
export const campaignKinds = ['campaign', 'bulk'] as const;
export type CampaignKind = (typeof campaignKinds)[number];

/**
 * Where one recipient's message is. `unknown`: a crash came between the send and recording it, so it may
 * have left; it is never sent again, because a duplicate marketing message is worse than one uncertain
 * delivery. `skipped`: the recipient opted out.
 */
export const recipientStates = ['pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'unknown', 'skipped'] as const;
export type RecipientState = (typeof recipientStates)[number];

/** The states in which a recipient's message has left the gateway. */
export const leftStates = ['sent', 'delivered', 'read'] as const satisfies readonly RecipientState[];

/**
 * The status changes a user may ask for (updateCampaignStatus). `completed` and `failed` are the
 * gateway's to set when a run ends; `pending` pauses a running campaign, `running` starts or resumes one.
 */
export const allowedStatusChanges: Record<CampaignStatus, readonly CampaignStatus[]> = {
  pending: ['running', 'cancelled'],
  running: ['pending', 'cancelled'],
  paused: ['pending', 'running', 'cancelled'],
  cancelled: ['pending', 'running'],
  failed: ['pending', 'running', 'cancelled'],
  completed: [],
};
