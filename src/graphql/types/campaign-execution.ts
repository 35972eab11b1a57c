import { z } from 'zod';
import { MAX_LISTED_ERRORS, type CampaignRunResult, type RecipientProblem } from '../../campaigns/campaign-service.js';
import type { CampaignRecord } from '../../db/entities/campaign-record.js';
import { builder } from '../builder.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, needsDriver, policies, strictAndIdempotent } from '../field-policy.js';
import { RecipientStateEnum } from './campaign-recipients.js';
import { CampaignType, idArg } from './campaigns.js';

const RecipientProblemType = builder.objectRef<RecipientProblem>('CampaignRecipientProblem').implement({
  fields: (t) => ({
    phone: t.exposeString('phone', { description: 'The recipient as given' }),
    chatId: t.exposeString('chatId'),
    state: t.field({ type: RecipientStateEnum, resolve: (p) => p.state }),
    error: t.exposeString('error'),
  }),
});

const CampaignRunResultType = builder.objectRef<CampaignRunResult>('CampaignRunResult').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    sent: t.exposeInt('sent', { description: 'Messages that left (some may since be delivered or read)' }),
    failed: t.exposeInt('failed'),
    unknown: t.exposeInt('unknown', { description: 'Interrupted mid-send by a stop; not sent again' }),
    skipped: t.exposeInt('skipped', { description: 'Opted out' }),
    pending: t.exposeInt('pending', { description: 'Not attempted yet (the run goes on, or was cancelled)' }),
    errors: t.expose('errors', {
      type: [RecipientProblemType],
      description: `Recipients that did not get the message (the first ${MAX_LISTED_ERRORS})`,
    }),
  }),
});

const CampaignExecutionType = builder.objectRef<{ results: CampaignRunResult; campaign: CampaignRecord }>('CampaignExecution').implement({
  fields: (t) => ({
    results: t.expose('results', { type: CampaignRunResultType }),
    campaign: t.expose('campaign', { type: CampaignType }),
  }),
});

builder.mutationFields((t) => ({
  executeCampaign: t.field({
    type: CampaignExecutionType,
    description:
      'Runs a campaign now. With wait (the default) the answer comes when the run ends; without, at once, and progress streams as campaignProgress',
    extensions: policies(strictAndIdempotent, needsDriver),
    args: t.validate(
      {
        id: t.arg.id({ required: true }),
        wait: t.arg.boolean({ defaultValue: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ ...idArg, wait: z.boolean().nullish(), session: sessionValue }),
    ),
    resolve: (_r, { id, wait, session }, { services }) => services.campaigns.execute(session, id, wait ?? true),
  }),
}));
