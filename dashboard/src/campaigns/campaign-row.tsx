import { useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { describeError } from '../api/gateway-error';
import { DashboardCancelCampaignDocument, DashboardDeleteCampaignDocument, DashboardExecuteCampaignDocument } from '../generated/graphql';
import type { Campaign } from './use-campaigns';

const countNames = ['sent', 'delivered', 'read', 'failed', 'unknown', 'skipped'] as const;

/** Share of recipients the run is done with (sent, failed, unknown or skipped), in whole percent. */
function percentDone({ total, pending, sending }: Campaign['counts']): number {
  return total === 0 ? 100 : Math.floor(((total - pending - sending) / total) * 100);
}

interface CampaignRowProps {
  client: SessionClient;
  campaign: Campaign;
  onChanged(campaign: Campaign): void;
  onDeleted(id: number): void;
}

/** One campaign: its status, a progress bar with the counts, and what can be done with it now. */
export function CampaignRow({ client, campaign, onChanged, onDeleted }: CampaignRowProps) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const percent = percentDone(campaign.counts);
  const { status } = campaign;

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const run = () =>
    act(async () =>
      onChanged((await client.request(DashboardExecuteCampaignDocument, { id: String(campaign.id) })).executeCampaign.campaign),
    );
  const cancel = () =>
    act(async () => onChanged((await client.request(DashboardCancelCampaignDocument, { id: String(campaign.id) })).updateCampaignStatus));
  const remove = () =>
    act(async () => {
      await client.request(DashboardDeleteCampaignDocument, { id: String(campaign.id) });
      onDeleted(campaign.id);
    });

  return (
    <li class="campaign" data-testid="campaign" data-campaign-id={campaign.id}>
      <div class="campaign__head">
        <strong class="campaign__name">{campaign.name}</strong>
        <span class={`badge badge--${status}`} data-testid="campaign-status">
          {status}
        </span>
      </div>
      {campaign.scheduledAt && status === 'pending' && <p class="muted">Scheduled for {new Date(campaign.scheduledAt).toLocaleString()}</p>}
      <div
        class="progress"
        role="progressbar"
        aria-label={`${campaign.name}: progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="campaign-progress"
      >
        <div class="progress__bar" style={{ width: `${percent}%` }} />
        <span class="progress__label">{percent}%</span>
      </div>
      <ul class="counts" aria-label="Recipients by state">
        {countNames.map((name) => (
          <li key={name} data-count={name}>
            <span class="counts__value">{campaign.counts[name]}</span> {name}
          </li>
        ))}
        <li>
          <span class="counts__value">{campaign.counts.total}</span> total
        </li>
      </ul>
      {campaign.error && <p class="field__error">{campaign.error}</p>}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {confirmingDelete ? (
          <>
            <span>
              Delete “{campaign.name}”{status === 'running' ? ' (it stops first)' : ''}?
            </span>
            <button type="button" class="button--danger" disabled={busy} onClick={() => void remove()}>
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <>
            {(status === 'pending' || status === 'paused') && (
              <button type="button" disabled={busy} onClick={() => void run()}>
                {status === 'paused' ? 'Resume' : 'Run now'}
              </button>
            )}
            {(status === 'running' || status === 'pending' || status === 'paused') && (
              <button type="button" disabled={busy} onClick={() => void cancel()}>
                Cancel
              </button>
            )}
            <button type="button" class="button--quiet" disabled={busy} onClick={() => setConfirmingDelete(true)}>
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
