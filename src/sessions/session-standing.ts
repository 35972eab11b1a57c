import type { GatewayEvent } from '../events.js';
import { pairingStates } from '../domain/connection-states.js';

export type QrEvent = Extract<GatewayEvent, { event: 'qr' }>;
type ReadyEvent = Extract<GatewayEvent, { event: 'ready' }>;

/** Whether a QR code shown before this event can no longer be scanned. */
function endsPairing(event: GatewayEvent): boolean {
  if (event.event === 'state_change') return !pairingStates.includes(event.data.state);
  return event.event === 'authenticated' || event.event === 'ready' || event.event === 'disconnected';
}

/** Whether an account linked before this event is no longer connected. */
function endsConnection(event: GatewayEvent): boolean {
  return event.event === 'disconnected' || (event.event === 'state_change' && event.data.state !== 'CONNECTED');
}

/**
 * Where each session stands, from the events announced for it: the QR code on screen while it pairs, the
 * `ready` event while it is connected (what a client arriving now needs in order to act), and who waits
 * for it to connect.
 */
export class SessionStanding {
  readonly #pairingQr = new Map<string, QrEvent>();
  readonly #ready = new Map<string, ReadyEvent>();
  readonly #connectWaiters = new Set<{ session: string; resolve: () => void }>();

  /** Notes what an announced event changes, and wakes whoever waits for its session to connect. */
  note(event: GatewayEvent): void {
    if (event.event === 'qr') this.#pairingQr.set(event.session, event);
    else if (endsPairing(event)) this.#pairingQr.delete(event.session);
    if (event.event === 'ready') this.#ready.set(event.session, event);
    else if (endsConnection(event)) this.#ready.delete(event.session);
    const connected = event.event === 'ready' || (event.event === 'state_change' && event.data.state === 'CONNECTED');
    if (connected) for (const waiter of this.#connectWaiters) if (waiter.session === event.session) waiter.resolve();
  }

  /** The last QR code while the session waits for a scan; none once it is linked, or stopped pairing. */
  pairingQr(session: string): QrEvent | undefined {
    return this.#pairingQr.get(session);
  }

  /** The `ready` event of the session's current connection, if one was announced. */
  ready(session: string): ReadyEvent | undefined {
    return this.#ready.get(session);
  }

  /** Resolves when the session next connects, or when the signal aborts. */
  connected(session: string, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const waiter = {
        session,
        resolve: () => {
          this.#connectWaiters.delete(waiter);
          signal.removeEventListener('abort', waiter.resolve);
          resolve();
        },
      };
      this.#connectWaiters.add(waiter);
      signal.addEventListener('abort', waiter.resolve, { once: true });
    });
  }

  /** Forgets a session that closed here. */
  forget(session: string): void {
    this.#pairingQr.delete(session);
    this.#ready.delete(session);
  }
}
