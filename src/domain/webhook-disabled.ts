/** The gateway stopped delivering to a webhook that kept failing. */
export interface WebhookDisabled {
  webhookId: number;
  url: string;
  reason: string;
}
