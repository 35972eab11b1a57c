import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { describeError } from '../api/gateway-error';
import { DashboardCampaignProgressDocument, DashboardCampaignsDocument, type DashboardCampaignFragment } from '../generated/graphql';

export type Campaign = DashboardCampaignFragment;

export interface Campaigns {
  /** Newest first. */
  list: Campaign[];
  loadError: string | undefined;
  put(campaign: Campaign): void;
  remove(id: number): void;
}

/**
 * The campaigns: listed once (again after live updates come back from a drop), then moved by
 * `campaignProgress` events, which carry each campaign's status and counts as stored. Progress of a
 * campaign the page has not seen (created through the API meanwhile) lists them again. A list may have
 * been read before the last progress it missed, so the progress heard is laid over it as it arrives.
 */
export function useCampaigns(client: SessionClient, liveSince: number): Campaigns {
  const [list, setList] = useState<Campaign[]>([]);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [relists, setRelists] = useState(0);
  const known = useRef(new Set<number>());
  known.current = new Set(list.map((campaign) => campaign.id));
  const heard = useRef(new Map<number, Pick<Campaign, 'status' | 'counts'>>());

  useEffect(() => {
    // A list for a session the page has left is dropped, so it cannot replace the one shown now.
    let shown = true;
    client
      .request(DashboardCampaignsDocument)
      .then(({ campaigns }) => {
        if (!shown) return;
        setList(
          [...campaigns].reverse().map((campaign) => {
            const progress = heard.current.get(campaign.id);
            return progress ? newer(campaign, { ...campaign, ...progress }) : campaign;
          }),
        );
        setLoadError(undefined);
      })
      .catch((error: unknown) => shown && setLoadError(describeError(error)));
    return () => {
      shown = false;
    };
  }, [client, liveSince, relists]);

  useEffect(
    () =>
      client.subscribe(DashboardCampaignProgressDocument, ({ campaignProgress: progress }) => {
        if (progress.kind !== 'campaign') return;
        heard.current.set(progress.campaignId, { status: progress.status, counts: progress.counts });
        if (!known.current.has(progress.campaignId)) {
          known.current.add(progress.campaignId);
          setRelists((count) => count + 1);
          return;
        }
        setList((current) =>
          current.map((campaign) =>
            campaign.id === progress.campaignId
              ? newer(campaign, { ...campaign, status: progress.status, counts: progress.counts })
              : campaign,
          ),
        );
      }),
    [client],
  );

  return {
    list,
    loadError,
    put: (campaign) =>
      setList((current) =>
        current.some((other) => other.id === campaign.id)
          ? current.map((other) => (other.id === campaign.id ? newer(other, campaign) : other))
          : [campaign, ...current],
      ),
    remove: (id) => setList((current) => current.filter((campaign) => campaign.id !== id)),
  };
}

const settled = ({ counts }: Campaign) => counts.total - counts.pending - counts.sending;

/**
 * A mutation's answer and the progress events race: an answer read before the last event must not move
 * the bar back, nor a finished run back to running.
 */
function newer(known: Campaign, incoming: Campaign): Campaign {
  const finished = known.status === 'completed' || known.status === 'failed';
  return {
    ...incoming,
    status: finished ? known.status : incoming.status,
    counts: settled(known) > settled(incoming) ? known.counts : incoming.counts,
  };
}
