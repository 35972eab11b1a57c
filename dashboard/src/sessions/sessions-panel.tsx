import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answered, GatewayClient } from '../api/gateway-client';
import { describeError } from '../api/gateway-error';
import {
  DashboardDeleteSessionDocument,
  DashboardSessionsDocument,
  DashboardStartSessionDocument,
  DashboardStopSessionDocument,
  type DashboardSessionsQuery,
} from '../generated/graphql';

type Session = Answered<DashboardSessionsQuery>['sessions'][number];

interface SessionsPanelProps {
  client: GatewayClient;
  /** Bumped when live updates come back, and changed with the shown session's state: the list is read again. */
  freshness: unknown;
}

const DEFAULT_SESSION = 'default';

/** Every session at a glance, for the admin key: its state, account and node, and start, stop or delete. */
export function SessionsPanel({ client, freshness }: SessionsPanelProps) {
  const [sessions, setSessions] = useState<Session[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);

  async function load() {
    setSessions((await client.request(DashboardSessionsDocument)).sessions);
  }

  useEffect(() => {
    load().catch((failure: unknown) => setError(describeError(failure)));
  }, [client, freshness]);

  async function act(name: string, action: () => Promise<unknown>) {
    setBusy(name);
    setError(undefined);
    try {
      await action();
      await load();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(undefined);
    }
  }

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
        <table class="sessions-table" data-testid="sessions-table">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">State</th>
              <th scope="col">Account</th>
              <th scope="col">Node</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.name} data-session={session.name}>
                <th scope="row">
                  {session.name} <span class="muted">({session.driver})</span>
                </th>
                <td data-testid="session-state">{session.status === 'stopped' ? 'stopped' : session.state.toLowerCase()}</td>
                <td>{session.me ? `+${session.me.phone} ${session.me.pushname}` : '—'}</td>
                <td>{session.node ?? '—'}</td>
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
          </tbody>
        </table>
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
