import { useRef, useState } from 'preact/hooks';
import type { Answered, GatewayClient } from '../api/gateway-client';
import {
  DashboardDeleteSessionDocument,
  DashboardSessionsDocument,
  DashboardStartSessionDocument,
  DashboardStopSessionDocument,
  type DashboardSessionsQuery,
} from '../generated/graphql';
import { AdminTable } from '../ui/admin-table';
import { useAdminList } from '../ui/use-admin-list';

type Session = Answered<DashboardSessionsQuery>['sessions'][number];

interface SessionsPanelProps {
  client: GatewayClient;
  /** Bumped when live updates come back, and changed with the shown session's state: the list is read again. */
  freshness: unknown;
}

const DEFAULT_SESSION = 'default';

/**
 * Every session at a glance, for the admin key: its state, account, node and WhatsApp Web version, and
 * start, stop or delete.
 */
export function SessionsPanel({ client, freshness }: SessionsPanelProps) {
  const {
    items: sessions,
    error,
    busy,
    act,
  } = useAdminList(client, freshness, async (gateway) => {
    return (await gateway.request(DashboardSessionsDocument)).sessions;
  });
  const [deleting, setDeleting] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);

  /** Starts a stopped session, stops a started one. */
  function toggle({ name, status }: Session) {
    return status === 'stopped'
      ? client.request(DashboardStartSessionDocument, { name })
      : client.request(DashboardStopSessionDocument, { name });
  }

  function askToDelete(name: string) {
    setDeleting(name);
    dialog.current?.showModal();
  }

  async function confirmDelete() {
    const name = deleting;
    dialog.current?.close();
    if (name) await act(name, () => client.request(DashboardDeleteSessionDocument, { name }));
  }

  return (
    <section class="card card--wide" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      {sessions && (
        <AdminTable testId="sessions-table" columns={['Session', 'State', 'Account', 'Node', 'WhatsApp Web']}>
          {sessions.map((session) => (
            <tr key={session.name} data-session={session.name}>
              <th scope="row">
                {session.name} <span class="muted">({session.driver})</span>
              </th>
              <td data-testid="session-state">{session.status === 'stopped' ? 'stopped' : session.state.toLowerCase()}</td>
              <td>{session.me ? `+${session.me.phone} ${session.me.pushname}` : '—'}</td>
              <td>{session.node ?? '—'}</td>
              <td data-testid="session-web-version">
                {session.webVersion?.version ?? '—'} {session.webVersion && <span class="muted">({session.webVersion.source})</span>}
              </td>
              <td class="actions">
                <button type="button" disabled={busy === session.name} onClick={() => void act(session.name, () => toggle(session))}>
                  {session.status === 'stopped' ? 'Start' : 'Stop'}
                </button>
                {session.name !== DEFAULT_SESSION && (
                  <button type="button" class="button--danger" disabled={busy === session.name} onClick={() => askToDelete(session.name)}>
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <dialog ref={dialog} aria-labelledby="delete-session-title">
        <h3 id="delete-session-title">Delete the session {deleting}?</h3>
        <p>It is logged out and removed; its campaigns and messages stay in the history.</p>
        <div class="actions">
          <button type="button" class="button--danger" onClick={() => void confirmDelete()}>
            Delete
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autofocus>
            Keep it
          </button>
        </div>
      </dialog>
    </section>
  );
}
