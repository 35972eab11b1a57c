import type { Answered, GatewayClient } from '../api/gateway-client';
import { DashboardEnableEventSinkDocument, DashboardEventSinksDocument, type DashboardEventSinksQuery } from '../generated/graphql';
import { AdminTable } from '../ui/admin-table';
import { useAdminList } from '../ui/use-admin-list';

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
  const {
    items: sinks,
    error,
    busy,
    act,
  } = useAdminList(client, freshness, async (gateway) => {
    return (await gateway.request(DashboardEventSinksDocument)).eventSinks;
  });

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
        <AdminTable testId="event-sinks-table" columns={['Broker', 'Target', 'Hears', 'State']}>
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
                <button
                  type="button"
                  disabled={busy === String(sink.id)}
                  onClick={() =>
                    void act(String(sink.id), () =>
                      client.request(DashboardEnableEventSinkDocument, { id: String(sink.id), enabled: !sink.enabled }),
                    )
                  }
                >
                  {sink.enabled ? 'Disable' : 'Enable'}
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
