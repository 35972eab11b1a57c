import { useEffect, useMemo, useState } from 'preact/hooks';
import { forgetApiKey, storeApiKey, storedApiKey } from './api/api-key';
import { GatewayClient } from './api/gateway-client';
import { SessionClient } from './api/session-client';
import { CampaignsPanel } from './campaigns/campaigns-panel';
import { EventSinksPanel } from './event-sinks/event-sinks-panel';
import { InboxPanel } from './inbox/inbox-panel';
import { KeyForm } from './key/key-form';
import { LinkPanel } from './link/link-panel';
import { LivePanel } from './live/live-panel';
import { useWhatsAppSession } from './live/use-whatsapp-session';
import { SendForm } from './send/send-form';
import { DashboardCurrentKeyDocument } from './generated/graphql';
import { SessionPicker, type ShownState } from './sessions/session-picker';
import { SessionsPanel } from './sessions/sessions-panel';

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
  // The session shown: `default`, unless the key may not use it; then its first. Nothing is asked of a
  // session before the key's are known, so a session key is never refused by the page itself.
  const [sessionName, setSessionName] = useState<string | undefined>();
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    client
      .request(DashboardCurrentKeyDocument)
      .then(({ currentKey }) => {
        setAdmin(currentKey.admin);
        setSessionName((shown) => shown ?? firstSession(currentKey));
      })
      .catch(() => setSessionName((shown) => shown ?? DEFAULT_SESSION));
  }, [client]);
  const onSession = useMemo(() => (sessionName === undefined ? undefined : new SessionClient(client, sessionName)), [client, sessionName]);
  // The shown session's connection as its live events tell it, for the header to show the same.
  const [shownState, setShownState] = useState<ShownState | undefined>();

  return (
    <>
      <header class="top">
        <h1>WaQtor</h1>
        {sessionName !== undefined && (
          <SessionPicker client={client} session={sessionName} onPick={setSessionName} liveSince={liveSince} shown={shownState} />
        )}
        <span class={`badge badge--${live === 'live' ? 'good' : 'wait'}`} role="status" data-testid="live-status">
          {live === 'live' ? 'Live' : live === 'offline' ? 'Reconnecting…' : 'Connecting…'}
        </span>
        <button type="button" class="button--quiet" onClick={() => onSignOut()}>
          Forget key
        </button>
      </header>
      {onSession && <Panels client={onSession} liveSince={liveSince} onState={setShownState} />}
      {admin && (
        <main class="grid">
          <SessionsPanel client={client} freshness={`${liveSince} ${shownState?.state ?? ''}`} />
          <EventSinksPanel client={client} freshness={liveSince} />
        </main>
      )}
    </>
  );
}

const DEFAULT_SESSION = 'default';

const firstSession = ({ admin, sessions }: { admin: boolean; sessions: string[] }) =>
  admin || sessions.includes(DEFAULT_SESSION) ? DEFAULT_SESSION : (sessions[0] ?? DEFAULT_SESSION);

/** Everything about one session; a new session is a new client, and the panels read and subscribe anew. */
function Panels({ client, liveSince, onState }: { client: SessionClient; liveSince: number; onState(state: ShownState): void }) {
  const session = useWhatsAppSession(client, liveSince);
  useEffect(() => {
    if (session.state) onState({ session: client.session, state: session.state, ready: session.ready });
  }, [client, session.state, session.ready]);
  return (
    <main class="grid">
      <LinkPanel client={client} session={session} />
      {session.ready && <InboxPanel client={client} session={session} liveSince={liveSince} />}
      <LivePanel client={client} session={session} />
      <SendForm client={client} />
      <CampaignsPanel client={client} liveSince={liveSince} />
    </main>
  );
}
