import { useEffect, useState } from 'preact/hooks';
import type { Answered, GatewayClient } from '../api/gateway-client';
import { describeError } from '../api/gateway-error';
import type { ConnectionState } from '../../../src/domain/connection-states.js';
import {
  DashboardCreateSessionDocument,
  DashboardCurrentKeyDocument,
  DashboardSessionsDocument,
  type DashboardSessionsQuery,
} from '../generated/graphql';

type Session = Answered<DashboardSessionsQuery>['sessions'][number];

/** What the key may pick: every session with its state (the admin key), or just the names of its own. */
type Choices = { admin: true; sessions: Session[] } | { admin: false; names: string[] };

/** The shown session's connection, as its live events tell it. */
export interface ShownState {
  session: string;
  state: ConnectionState;
  ready: boolean;
}

interface SessionPickerProps {
  client: GatewayClient;
  session: string;
  onPick(session: string): void;
  /** Bumped when live updates come back, so the list is read again. */
  liveSince: number;
  /** Newer than the list for the shown session; a change reads the list again, for the other sessions too. */
  shown: ShownState | undefined;
}

/**
 * Which session (linked account) the page shows, and, for the admin key, a form to create one. A key
 * limited to some sessions picks among its own.
 */
export function SessionPicker({ client, session, onPick, liveSince, shown }: SessionPickerProps) {
  const [choices, setChoices] = useState<Choices | undefined>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function load() {
    const { currentKey } = await client.request(DashboardCurrentKeyDocument);
    const next: Choices = currentKey.admin
      ? { admin: true, sessions: (await client.request(DashboardSessionsDocument)).sessions }
      : { admin: false, names: currentKey.sessions };
    setChoices(next);
  }

  useEffect(() => {
    load().catch(() => setChoices(undefined));
  }, [client, liveSince, shown?.state]);

  async function create(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { createSession } = await client.request(DashboardCreateSessionDocument, { input: { name } });
      setName('');
      await load();
      onPick(createSession.name);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const sessions = choices?.admin ? choices.sessions : undefined;
  const names = choices ? (choices.admin ? choices.sessions.map((s) => s.name) : choices.names) : [session];
  return (
    <div class="sessions">
      <label for="session-picker">Session</label>
      <select id="session-picker" value={session} onChange={(event) => onPick((event.currentTarget as HTMLSelectElement).value)}>
        {names.map((candidate) => {
          const listed = sessions?.find((s) => s.name === candidate);
          const live = shown?.session === candidate ? shown : undefined;
          const state = listed && live ? { ...listed, ...live } : listed;
          return (
            <option key={candidate} value={candidate}>
              {state
                ? `${candidate} (${state.ready ? 'linked' : state.status === 'stopped' ? 'stopped' : state.state.toLowerCase()})`
                : candidate}
            </option>
          );
        })}
      </select>
      {sessions && (
        <form class="sessions__new" onSubmit={(event) => void create(event)} noValidate data-testid="new-session">
          <label for="new-session-name" class="visually-hidden">
            New session name
          </label>
          <input
            id="new-session-name"
            placeholder="new session, e.g. sales"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-session-error' : undefined}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" disabled={busy || name.trim() === ''}>
            {busy ? 'Creating…' : 'Create session'}
          </button>
          {error && (
            <p class="field__error" id="new-session-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
