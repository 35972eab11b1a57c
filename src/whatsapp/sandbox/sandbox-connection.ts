import { randomBytes } from 'node:crypto';
import { Timers } from '../../timers.js';
import { badInput, clientNotReady, notFound } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AccountInfo, DialogShown, DriverEvent } from '../../domain/driver-events.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import { terminalReasons, type DisconnectReason } from '../../domain/disconnect-reasons.js';
import { DriverEventEmitter } from '../driver-event-emitter.js';
import { acknowledgementOf, buttonOf, type WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';

export interface SandboxOptions {
  /** Link by itself this many ms after the first QR; undefined waits for link(). */
  autoLinkMs?: number;
  ackDelayMs: number;
  latencyMs: number;
  qrRefreshMs: number;
  sentLogPath?: string;
}

const stateAfter: Record<DisconnectReason, ConnectionState> = {
  LOGOUT: 'UNPAIRED',
  CONFLICT: 'CONFLICT',
  TIMEOUT: 'TIMEOUT',
  NAVIGATION: 'UNPAIRED',
  BROWSER_CLOSED: 'UNLAUNCHED',
  TOS_BLOCK: 'TOS_BLOCK',
  PROXYBLOCK: 'PROXYBLOCK',
};

/** The characters of a pairing code, as WhatsApp's: capitals and digits. */
const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789';

const newQr = () => `2@${randomBytes(32).toString('base64')},${randomBytes(16).toString('base64')},sandbox`;

/**
 * A sandbox session's link to its pretend WhatsApp: its connection state, the QR codes while it pairs, and
 * the events it raises. Every timer it or the driver starts is on `timers`, which stop() clears.
 */
export class SandboxConnection {
  readonly events: DriverEventEmitter;
  readonly timers: Timers;
  #state: ConnectionState = 'UNLAUNCHED';
  /** The dialog open over the pretend WhatsApp Web that waits for a person; the state shows ACTION_REQUIRED. */
  #dialog: WhatsAppDialog | null = null;
  #started = false;
  #drops = 0;
  #pairingTimers: NodeJS.Timeout[] = [];

  constructor(
    private readonly options: Pick<SandboxOptions, 'autoLinkMs' | 'qrRefreshMs'>,
    private readonly account: AccountInfo,
    logger: Logger,
  ) {
    this.events = new DriverEventEmitter((error) => logger.error({ err: error }, 'sandbox event listener failed'));
    this.timers = new Timers({ onError: (error) => logger.error({ err: error }, 'sandbox timer failed') });
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  /** Opens the connection: linked at once with a kept login (`as`, the account it is linked as), else pairing. */
  start(as?: AccountInfo): void {
    if (this.#started) return;
    this.#started = true;
    this.#setState('OPENING');
    if (as) this.#linked(as);
    else this.#beginPairing();
  }

  stop(): void {
    this.#started = false;
    this.#clearPairing();
    this.timers.clearAll();
    this.#state = 'UNLAUNCHED';
    this.#dialog = null;
  }

  state(): ConnectionState {
    return this.#dialog ? 'ACTION_REQUIRED' : this.#state;
  }

  requireConnected(): void {
    if (this.state() !== 'CONNECTED') throw clientNotReady();
  }

  dialog(): WhatsAppDialog | null {
    return this.#dialog;
  }

  /**
   * WhatsApp Web shows a dialog, handled as the whatsapp-web.js driver handles one: an announcement is
   * acknowledged at once, anything else waits for a person with the session ACTION_REQUIRED.
   */
  showDialog(dialog: WhatsAppDialog): DialogShown {
    this.requireConnected();
    const shown = { ...dialog, answered: acknowledgementOf(dialog) };
    this.events.emit('dialog', shown);
    if (shown.answered === null) {
      this.#dialog = dialog;
      this.events.emit('state_change', { state: 'ACTION_REQUIRED', previousState: this.#state });
    }
    return shown;
  }

  answerDialog(button: string): void {
    if (!this.#dialog) throw notFound('WhatsApp Web shows no dialog that waits for a person');
    buttonOf(this.#dialog, button);
    this.#dialog = null;
    this.events.emit('state_change', { state: this.#state, previousState: 'ACTION_REQUIRED' });
  }

  /** How many times the connection has dropped: a send that sees it change lost its connection midway. */
  drops(): number {
    return this.#drops;
  }

  /** The phone scans the QR code (or types the pairing code). */
  link(): ConnectionState {
    if (!this.#started) throw clientNotReady();
    if (this.#state === 'CONNECTED') return this.#state;
    if (terminalReasons.has(this.#state as DisconnectReason)) {
      throw badInput(`The sandbox session is blocked (${this.#state}); restart the gateway to pair again`);
    }
    this.#clearPairing();
    this.#linked(this.account);
    return this.#state;
  }

  #linked(account: AccountInfo): void {
    this.events.emit('authenticated', {});
    this.events.emit('ready', { info: account });
    this.#setState('CONNECTED');
  }

  /** WhatsApp Web reloads on a linked session: it opens again, and is ready again on the same account. */
  reload(): void {
    this.requireConnected();
    this.#setState('OPENING');
    this.#linked(this.account);
  }

  /** WhatsApp drops the connection; unless the reason is final, pairing begins again. */
  disconnect(reason: DisconnectReason): ConnectionState {
    if (!this.#started) throw clientNotReady();
    this.#clearPairing();
    this.#drops += 1;
    this.events.emit('disconnected', { reason });
    this.#setState(stateAfter[reason]);
    if (!terminalReasons.has(reason)) {
      this.#setState('OPENING');
      this.#beginPairing();
    }
    return this.#state;
  }

  /** An 8-character code, as WhatsApp gives; the sandbox links when told (link()), as with the QR. */
  requestPairingCode(phone: string): string {
    if (this.#state !== 'PAIRING') throw badInput(`A pairing code is given only while the session is pairing; it is ${this.#state}`);
    const code = Array.from(randomBytes(8), (byte) => PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length]).join('');
    this.events.emit('pairing_code', { code, phone });
    return code;
  }

  #beginPairing(): void {
    this.#setState('PAIRING');
    this.events.emit('qr', { qr: newQr() });
    this.#pairingTimers = [this.timers.every(this.options.qrRefreshMs, () => this.events.emit('qr', { qr: newQr() }))];
    if (this.options.autoLinkMs !== undefined) this.#pairingTimers.push(this.timers.after(this.options.autoLinkMs, () => this.link()));
  }

  #clearPairing(): void {
    for (const timer of this.#pairingTimers) this.timers.cancel(timer);
    this.#pairingTimers = [];
  }

  /** Any change of the connection reloads WhatsApp Web, which closes whatever dialog it showed. */
  #setState(state: ConnectionState): void {
    const previousState = this.state();
    this.#state = state;
    this.#dialog = null;
    if (previousState === state) return;
    this.events.emit('state_change', { state, previousState });
  }
}
