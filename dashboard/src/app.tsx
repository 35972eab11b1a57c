import { useEffect, useMemo, useState } from 'preact/hooks';
import { forgetApiKey, storeApiKey, storedApiKey } from './api/api-key';
import { GatewayClient } from './api/gateway-client';
import { SessionClient } from './api/session-client';
import { CampaignsPanel } from './campaigns/campaigns-panel';
import { KeyForm } from './key/key-form';
import { LinkPanel } from './link/link-panel';
import { LivePanel } from './live/live-panel';
import { useWhatsAppSession } from './live/use-whatsapp-session';
import { SendForm } from './send/send-form';
import { SessionPicker } from './sessions/session-picker';

const REFUSED = 'The gateway refused the key (it may have changed). Enter the current API key.';

export function App() {
  const [apiKey, setApiKey] = useState(storedApiKey);
  const [notice, setNotice] = useState<string | undefined>();

  if (!apiKey) {
    return (
      <KeyForm
        notice={notice}
        onKey={(key) => {
          storeApiKey(key);
          setNotice(undefined);
          setApiKey(key);
        }}
      />
    );
  }
  return (
    <Dashboard
      apiKey={apiKey}
      onSignOut={(reason) => {
        forgetApiKey();
        setNotice(reason);
        setApiKey(null);
      }}
    />
  );
}

type Live = 'connecting' | 'live' | 'offline';

function Dashboard({ apiKey, onSignOut }: { apiKey: string; onSignOut(reason?: string): void }) {
  const [live, setLive] = useState<Live>('connecting');
  // Bumped when live updates come back after a drop, so views read again what they may have missed.
  const [liveSince, setLiveSince] = useState(0);
  const client = useMemo(
    () =>
      new GatewayClient(apiKey, {
        onUnauthorized: () => onSignOut(REFUSED),
        onLive: (reconnected) => {
          setLive('live');
          if (reconnected) setLiveSince((count) => count + 1);
        },
        onOffline: () => setLive('offline'),
      }),
    [apiKey],
  );
  useEffect(() => () => client.close(), [client]);
  const [sessionName, setSessionName] = useState('default');
  const onSession = useMemo(() => new SessionClient(client, sessionName), [client, sessionName]);
  const session = useWhatsAppSession(onSession, liveSince);

  return (
    <>
      <header class="top">
        <h1>WaQtor</h1>
        <SessionPicker client={client} session={sessionName} onPick={setSessionName} liveSince={liveSince} />
        <span class={`badge badge--${live === 'live' ? 'good' : 'wait'}`} role="status" data-testid="live-status">
          {live === 'live' ? 'Live' : live === 'offline' ? 'Reconnecting…' : 'Connecting…'}
        </span>
        <button type="button" class="button--quiet" onClick={() => onSignOut()}>
          Forget key
        </button>
      </header>
      <main class="grid">
        <LinkPanel client={onSession} session={session} />
        <LivePanel session={session} />
        <SendForm client={onSession} />
        <CampaignsPanel client={onSession} liveSince={liveSince} />
      </main>
    </>
  );
}
