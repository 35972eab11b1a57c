import { useEffect, useState } from 'preact/hooks';
import type { Answered, GatewayClient } from '../api/gateway-client';
import { describeError } from '../api/gateway-error';
import { DashboardEnableEventSinkDocument, DashboardEventSinksDocument, type DashboardEventSinksQuery } from '../generated/graphql';

type EventSink = Answered<DashboardEventSinksQuery>['eventSinks'][number];

interface EventSinksPanelProps {
  client: GatewayClient;
  /** Bumped when live updates come back: the list is read again. */
  freshness: unknown;
}

/** Where a sink stands: publishing, failing since when, or disabled (and why). */
function stateOf(sink: EventSink): string {
  if (!sink.enabled) return sink.disabledReason ? `disabled: ${sink.disabledReason}` : 'disabled';
  return sink.failingSince ? `failing since ${new Date(sink.failingSince).toLocaleString()}` : 'publishing';
}

/** The event sinks at a glance, for the admin key: broker, target, what they hear, their state; enable or disable. */
export function EventSinksPanel({ client, freshness }: EventSinksPanelProps) {
  const [sinks, setSinks] = useState<EventSink[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  async function load() {
    setSinks((await client.request(DashboardEventSinksDocument)).eventSinks);
  }

  useEffect(() => {
    load().catch((failure: unknown) => setError(describeError(failure)));
  }, [client, freshness]);

  async function toggle(sink: EventSink) {
    setBusy(String(sink.id));
    setError(undefined);
    try {
      await client.request(DashboardEnableEventSinkDocument, { id: String(sink.id), enabled: !sink.enabled });
      await load();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="card card--wide" aria-labelledby="event-sinks-title">
      <h2 id="event-sinks-title">Event sinks</h2>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      {sinks && sinks.length === 0 && <p class="muted">No event sink: add one with POST /api/event-sinks or EVENT_SINK_URL.</p>}
      {sinks && sinks.length > 0 && (
        <table class="sessions-table" data-testid="event-sinks-table">
          <thead>
            <tr>
              <th scope="col">Broker</th>
              <th scope="col">Target</th>
              <th scope="col">Hears</th>
              <th scope="col">State</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sinks.map((sink) => (
              <tr key={sink.id} data-sink={sink.id}>
                <th scope="row">
                  {sink.type} <span class="muted">{sink.url}</span>
                </th>
                <td>{sink.target}</td>
                <td>
                  {sink.events.join(', ')} <span class="muted">of {sink.sessions.join(', ')}</span>
                </td>
                <td data-testid="sink-state">{stateOf(sink)}</td>
                <td class="actions">
                  <button type="button" disabled={busy === String(sink.id)} onClick={() => void toggle(sink)}>
                    {sink.enabled ? 'Disable' : 'Enable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
