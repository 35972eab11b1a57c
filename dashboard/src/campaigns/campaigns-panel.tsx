import type { SessionClient } from '../api/session-client';
import { CampaignForm } from './campaign-form';
import { CampaignRow } from './campaign-row';
import { useCampaigns } from './use-campaigns';

/** The campaigns with live progress, and the form that creates one. */
export function CampaignsPanel({ client, liveSince }: { client: SessionClient; liveSince: number }) {
  const campaigns = useCampaigns(client, liveSince);
  return (
    <section class="card card--wide" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campaigns</h2>
      <div class="campaigns">
        <CampaignForm client={client} onCreated={campaigns.put} />
        <div>
          {campaigns.loadError && (
            <p class="field__error" role="alert">
              {campaigns.loadError}
            </p>
          )}
          {campaigns.list.length === 0 ? (
            <p class="muted">No campaigns yet.</p>
          ) : (
            <ul class="campaign-list" data-testid="campaign-list">
              {campaigns.list.map((campaign) => (
                <CampaignRow key={campaign.id} client={client} campaign={campaign} onChanged={campaigns.put} onDeleted={campaigns.remove} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
