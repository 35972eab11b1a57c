import { useEffect, useState } from 'preact/hooks';
import type { Answered, GatewayClient } from '../api/gateway-client';
import { describeError } from '../api/gateway-error';
import {
  DashboardCreateSessionDocument,
  DashboardCurrentKeyDocument,
  DashboardSessionsDocument,
  type DashboardSessionsQuery,
} from '../generated/graphql';

type Session = Answered<DashboardSessionsQuery>['sessions'][number];

/** What the key may pick: every session with its state (the admin key), or just the names of its own. */
type Choices = { admin: true; sessions: Session[] } | { admin: false; names: string[] };

interface SessionPickerProps {
  client: GatewayClient;
  session: string;
  onPick(session: string): void;
  /** Bumped when live updates come back, so the list is read again. */
  liveSince: number;
}

/**
 * Which session (linked account) the page shows, and, for the admin key, a form to create one. A key
 * limited to some sessions picks among its own.
 */
export function SessionPicker({ client, session, onPick, liveSince }: SessionPickerProps) {
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
  }, [client, liveSince]);

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
          const state = sessions?.find((s) => s.name === candidate);
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
