import { LRUCache } from 'lru-cache';
import { Timers, withDeadline } from '../../timers.js';
import { badInput, clientNotReady, GatewayError, notFound, upstreamFailed } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { maskChatIds } from '../../domain/phone-number.js';
import type { AccountInfo, DriverEvent, DriverEventMap, DriverEventName } from '../../domain/driver-events.js';
import {
  isConnectionState,
  toAccountInfo,
  toDisconnectReason,
  toGroupNotice,
  toInboundMessage,
  toInboundStory,
  isStory,
  toMessageEdit,
  toMessageReaction,
  toMessageRevoke,
  toPollVote,
} from './wwebjs-mapping.js';
import type { ConnectionState } from '../../domain/connection-states.js';
import { ackStatuses, type Ack } from '../../domain/acks.js';
import { terminalReasons, type DisconnectReason } from '../../domain/disconnect-reasons.js';
import { DriverEventEmitter } from '../driver-event-emitter.js';
import type { LimitRefusal } from '../../domain/account-limit.js';
import { wroteToAccount } from './wwebjs-known-chats.js';
import { NumberResolver } from './number-resolver.js';
import { firstLine } from './wwebjs-errors.js';
import { RestartBackoff } from './restart-backoff.js';
import { chooseWebVersion, type KnownWebVersion, type WebVersionChoice, type WebVersionInUse } from '../../domain/web-versions.js';
import { DialogWatch } from './wwebjs-dialog-watch.js';
import { dialogActivity, type WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';
import type { WwebjsDriverDeps, WwebjsDriverOptions } from './wwebjs-driver-options.js';
import type { WwebjsCall, WwebjsClient, WwebjsGroupNotification, WwebjsMessage, WwebjsPollVote, WwebjsReaction } from './wwebjs-client.js';

/** What the gateway says of a failed message to a new contact, since WhatsApp Web says nothing. */
const NEW_CONTACT_REFUSAL: LimitRefusal = {
  reason: 'WhatsApp did not deliver this message to a new contact: it limits how many people who never wrote to this account it may reach',
  until: null,
};

/** Calls kept for declining; a call is over within a minute, so the last few are plenty. */
const RINGING_KEPT = 100;
/** Message ids remembered so none is announced twice; a repeat comes within seconds of the first. */
const ANNOUNCED_KEPT = 10_000;

const isAck = (value: unknown): value is Ack => typeof value === 'number' && value in ackStatuses;

/**
 * A session's whatsapp-web.js client on the system Chromium, kept alive. Each client instance is one
 * "generation"; anything that ends it (a failed or too-slow start, the browser or page going away, a failed
 * liveness probe, WhatsApp disconnecting, a missed ready deadline) destroys it and starts the next
 * generation after a backoff delay, without an attempt limit. Events from an older generation are ignored,
 * so a dying client can never move the state of its successor. LOGOUT clears the profile once the browser
 * has exited and opens a fresh QR at once; TOS_BLOCK and PROXYBLOCK stop for good.
 * The operations reach the client through `client()` and `call()`, which answer "not ready" while it is not
 * connected.
 */
export class WwebjsConnection {
  readonly #events: DriverEventEmitter;
  readonly #backoff: RestartBackoff;
  /** Set while a restart waits out its backoff: which attempt comes next, when, and what ended the last one. */
  #waiting: { attempt: number; at: number; cause: string } | undefined;
  /** Set once the session was left to another device (WWEBJS_ON_CONFLICT=yield); only a new start clears it. */
  #yielded = false;
  /** What this generation announced once (`message <id>`, `pending <id>`): the library may raise one twice. */
  readonly #announced = new LRUCache<string, true>({ max: ANNOUNCED_KEPT });
  /** Calls announced and not yet declined, by id: declining takes whatsapp-web.js's Call object. */
  readonly #ringing = new LRUCache<string, WwebjsCall>({ max: RINGING_KEPT });
  /** The chat ids numbers resolve to, for as long as one client generation lives. */
  readonly numbers: NumberResolver;
  readonly #timers = new Timers();
  readonly log: Logger;
  #state: ConnectionState = 'UNLAUNCHED';
  /** The dialog over WhatsApp Web that waits for a person: the state shows ACTION_REQUIRED while one is open. */
  readonly #dialogs: DialogWatch;
  /** What this start loads, then what the page says it runs. */
  #version: WebVersionInUse | null = null;
  /** Starts in a row on the remembered WhatsApp Web that never showed a QR code nor reached ready. */
  #failedWithRemembered = 0;
  /** The last generation whose page worked: it showed a QR code or reached ready. */
  #workedIn = 0;
  #running = false;
  #generation = 0;
  #client: WwebjsClient | undefined;
  #info: AccountInfo | undefined;
  /** The previous generation's teardown; the next launch waits for it, so two browsers never share the profile. */
  #teardown: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: WwebjsDriverOptions,
    private readonly deps: WwebjsDriverDeps,
  ) {
    this.log = deps.logger;
    this.#dialogs = new DialogWatch({
      log: this.log,
      announce: (shown) => this.#events.emit('dialog', shown),
      changing: (change) => {
        const previousState = this.state();
        change();
        if (this.state() !== previousState) this.#events.emit('state_change', { state: this.state(), previousState });
      },
      lookTimeoutMs: options.livenessTimeoutMs,
    });
    this.#events = new DriverEventEmitter((error) => this.log.error({ err: error }, 'driver event listener failed'));
    this.#backoff = new RestartBackoff(options.restart, deps.random);
    this.numbers = new NumberResolver(async (number) => {
      const id = await this.client().getNumberId(number);
      return id?._serialized ?? null;
    });
  }

  subscribe(listener: (event: DriverEvent) => void): () => void {
    return this.#events.subscribe(listener);
  }

  /** Raises what an operation changed where whatsapp-web.js raises nothing (a chat's labels). */
  announce<K extends DriverEventName>(event: K, data: DriverEventMap[K]): void {
    this.#events.emit(event, data);
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#yielded = false;
    void this.#launch();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#generation += 1;
    this.#timers.clearAll();
    this.#waiting = undefined;
    const client = this.#client;
    this.#client = undefined;
    this.#info = undefined;
    await this.#teardown;
    await this.#destroy(client);
    this.numbers.clear();
    this.#ringing.clear();
    this.#dialogs.forget();
    this.#state = 'UNLAUNCHED';
  }

  async logout(): Promise<void> {
    const client = this.client();
    const generation = this.#generation;
    try {
      await withDeadline(client.logout(), this.options.destroyTimeoutMs, 'logout');
    } catch (error) {
      // The login is dropped locally either way: the profile is cleared below.
      this.log.warn({ err: error }, 'WhatsApp did not confirm the logout; clearing the session anyway');
    }
    this.#restart(generation, 'LOGOUT', 'logged out through the API');
    await this.#teardown;
  }

  activity(): string | undefined {
    if (this.#dialogs.open) return dialogActivity(this.#dialogs.open);
    if (this.#yielded)
      return `WhatsApp is open on another device and was left there (WWEBJS_ON_CONFLICT=yield); restart the gateway to take it back`;
    if (!this.#waiting) return undefined;
    const { attempt, at, cause } = this.#waiting;
    return `reconnecting (attempt ${attempt}, next try in ${Math.max(0, Math.ceil((at - Date.now()) / 1000))} s): ${cause}`;
  }

  state(): ConnectionState {
    return this.#dialogs.open ? 'ACTION_REQUIRED' : this.#state;
  }

  dialog(): WhatsAppDialog | null {
    return this.#dialogs.open;
  }

  webVersion(): WebVersionInUse | null {
    return this.#version;
  }

  /** Presses a button of the dialog that waits for a person. */
  answerDialog(button: string): Promise<void> {
    return this.#dialogs.answer(this.#client?.pupPage ?? undefined, button, (press) => this.call(press, 'press the dialog button'));
  }

  async info(): Promise<AccountInfo> {
    this.client();
    return this.#info!;
  }

  /** Whether `key` is announced for the first time; the least recently used are forgotten past a bound. */
  #firstTime(key: string): boolean {
    if (this.#announced.has(key)) return false;
    this.#announced.set(key, true);
    return true;
  }

  /** Declines a call announced by this client generation. */
  async rejectCall(callId: string): Promise<void> {
    this.client();
    const call = this.#ringing.get(callId);
    if (!call) throw notFound('Call not found: it is over, or was never made');
    await this.call(() => call.reject(), 'reject the call');
    this.#ringing.delete(callId);
  }

  /** Runs a call into WhatsApp, its failure told as not ready (the client went away) or as WhatsApp's refusal. */
  async call<T>(task: () => Promise<T>, what: string): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw this.failure(error, `WhatsApp could not ${what}`);
    }
  }

  /** A failed call on a client that has meanwhile gone away is "not ready", not WhatsApp refusing. */
  failure(error: unknown, summary: string): GatewayError {
    if (error instanceof GatewayError) return error;
    if (this.#state !== 'CONNECTED') return clientNotReady();
    return upstreamFailed(`${summary}: ${maskChatIds(firstLine(error))}`, error);
  }

  async requestPairingCode(phone: string): Promise<string> {
    const client = this.#client;
    if (this.#state !== 'PAIRING' || !client)
      throw badInput(`A pairing code is given only while the session is pairing; it is ${this.#state}`);
    const code = await withDeadline(client.requestPairingCode(phone, true), this.options.readyTimeoutMs, 'requestPairingCode');
    this.#events.emit('pairing_code', { code, phone });
    return code;
  }

  /** The client, while it is connected and no dialog blocks it; CLIENT_NOT_READY otherwise. */
  client(): WwebjsClient {
    if (this.state() !== 'CONNECTED' || !this.#client) throw clientNotReady();
    return this.#client;
  }

  async #launch(): Promise<void> {
    await this.#teardown;
    if (!this.#running) return;
    const generation = ++this.#generation;
    this.#waiting = undefined;
    this.#setState('OPENING');
    try {
      const { ended } = await this.deps.profile.prepare();
      if (ended.length > 0) this.log.warn({ pids: ended }, 'ended Chromium processes left on this session profile by an earlier run');
    } catch (error) {
      this.log.warn({ err: error }, 'could not tidy the session profile before launch');
    }
    if (!this.#isCurrent(generation)) return;
    const version = await this.#chooseVersion();
    if (!this.#isCurrent(generation)) return;
    this.#version = { version: version.source === 'live' ? null : version.version, source: version.source };
    let client: WwebjsClient;
    try {
      client = this.deps.clients.createClient(version);
    } catch (error) {
      this.#restart(generation, 'NAVIGATION', `could not create the WhatsApp client: ${firstLine(error)}`);
      return;
    }
    this.#client = client;
    let loaded = false;
    // Held until the page shows a QR code or logs in, not only until it loads: a WhatsApp Web that changed
    // under whatsapp-web.js loads, then sits there (the sessions "stuck in STARTING").
    const deadline = this.#timers.after(this.options.initTimeoutMs, () =>
      this.#restart(
        generation,
        'TIMEOUT',
        loaded
          ? `WhatsApp Web loaded but showed no QR code and did not log in within ${this.options.initTimeoutMs} ms`
          : `WhatsApp Web did not load within ${this.options.initTimeoutMs} ms`,
      ),
    );
    this.#listen(client, generation, () => this.#timers.cancel(deadline));
    let failure: { error: unknown } | undefined;
    try {
      await client.initialize();
    } catch (error) {
      failure = { error };
    }
    if (!this.#isCurrent(generation)) {
      // Abandoned at its deadline or by stop(): a browser it brought up late is closed here. No sweep by
      // marker, which would also hit the next generation's browser.
      await this.#destroy(client, { sweep: false });
      return;
    }
    loaded = true;
    if (failure) {
      this.#restart(generation, 'NAVIGATION', `could not open WhatsApp Web: ${firstLine(failure.error)}`);
      return;
    }
    this.#watchBrowser(client, generation);
    this.#probeLiveness(client, generation);
    this.#watchDialogs(client, generation);
  }

  /** `started` is called once the page shows a QR code or logs in: the start went through. */
  #listen(client: WwebjsClient, generation: number, started: () => void): void {
    const current = () => this.#isCurrent(generation);
    client.on('qr', (qr: string) => {
      if (!current()) return;
      started();
      this.#workedIn = generation;
      this.#setState('PAIRING');
      this.#events.emit('qr', { qr });
      this.deps.showQr?.(qr);
    });
    let readyDeadline: NodeJS.Timeout | undefined;
    client.on('authenticated', () => {
      if (!current()) return;
      started();
      this.#events.emit('authenticated', {});
      readyDeadline ??= this.#timers.after(this.options.readyTimeoutMs, () =>
        this.#restart(generation, 'TIMEOUT', `authenticated, but not ready within ${this.options.readyTimeoutMs} ms`),
      );
    });
    client.on('ready', () => {
      if (!current()) return;
      if (!client.info) {
        this.#restart(generation, 'NAVIGATION', 'ready without account information');
        return;
      }
      this.#info = toAccountInfo(client.info);
      this.#backoff.reset();
      this.#workedIn = generation;
      this.#failedWithRemembered = 0;
      this.#events.emit('ready', { info: this.#info });
      this.#setState('CONNECTED');
      this.#timers.cancel(readyDeadline);
      void this.#noteVersion(client, generation);
    });
    client.on('change_state', (state: unknown) => {
      if (!current()) return;
      if (state === 'CONFLICT' && this.options.onConflict === 'yield') {
        this.#restart(generation, 'CONFLICT', 'WhatsApp Web was opened on another device', 'CONFLICT');
      } else if (isConnectionState(state)) this.#setState(state);
      else this.log.warn({ state }, 'WhatsApp reported an unknown connection state');
    });
    client.on('disconnected', (raw: unknown) => {
      if (!current()) return;
      const reason = toDisconnectReason(raw);
      this.#restart(generation, reason, `WhatsApp disconnected (${String(raw)})`, isConnectionState(raw) ? raw : undefined);
    });
    client.on('message', (message: WwebjsMessage) => {
      if (!current() || !this.#firstTime(`message ${message.id._serialized}`)) return;
      if (isStory(message)) this.#events.emit('story', toInboundStory(message));
      else this.#events.emit('message', toInboundMessage(message));
    });
    // whatsapp-web.js 1.34.7 raises this 15 s after a message arrived undecryptable ("Waiting for this
    // message") and asks the sender's phone to send it again; the `message` with the same id follows then.
    client.on('message_ciphertext_failed', (message: WwebjsMessage) => {
      const id = message.id._serialized;
      if (!current() || this.#announced.has(`message ${id}`) || !this.#firstTime(`pending ${id}`)) return;
      this.#events.emit('message_pending', {
        id,
        from: message.author ?? message.from,
        chatId: message.from,
        timestamp: message.timestamp,
      });
    });
    client.on('message_ack', (message: WwebjsMessage, ack: unknown) => {
      if (!current() || !isAck(ack)) return;
      const acked: DriverEventMap['message_ack'] = { id: message.id._serialized, chatId: message.to, ack, status: ackStatuses[ack] };
      if (ack !== -1 || !message.fromMe) {
        this.#events.emit('message_ack', acked);
        return;
      }
      void this.#refusalOf(client, message.to).then((refused) => {
        if (current()) this.#events.emit('message_ack', { ...acked, ...(refused && { refused }) });
      });
    });
    client.on('message_reaction', (reaction: WwebjsReaction) => {
      if (current()) this.#events.emit('message_reaction', toMessageReaction(reaction));
    });
    client.on('message_edit', (message: WwebjsMessage, body: unknown, previousBody: unknown) => {
      if (current()) this.#events.emit('message_edit', toMessageEdit(message, body, previousBody));
    });
    client.on('message_revoke_everyone', (message: WwebjsMessage, revoked?: WwebjsMessage | null) => {
      if (current()) this.#events.emit('message_revoke', toMessageRevoke(message, revoked));
    });
    // whatsapp-web.js names this event `call` (Events.INCOMING_CALL); a call made from the phone is skipped.
    client.on('call', (call: WwebjsCall) => {
      if (!current() || call.fromMe) return;
      this.#ringing.set(call.id, call);
      this.#events.emit('call', { id: call.id, from: call.from, isVideo: call.isVideo, isGroup: call.isGroup, timestamp: call.timestamp });
    });
    client.on('vote_update', (vote: WwebjsPollVote) => {
      if (current()) this.#events.emit('poll_vote', toPollVote(vote));
    });
    const groupEvents = {
      group_join: 'group_join',
      group_leave: 'group_leave',
      group_update: 'group_update',
      group_admin_changed: 'group_update',
    } as const;
    for (const [raw, event] of Object.entries(groupEvents)) {
      client.on(raw, (notification: WwebjsGroupNotification) => {
        if (current()) this.#events.emit(event, toGroupNotice(notification));
      });
    }
  }

  /**
   * Why a sent message failed, when it is WhatsApp's limit on new contacts. whatsapp-web.js 1.34.7 reports
   * that refusal (error 463 on the protocol) only as the message's ack turning to ACK_ERROR (-1), with no
   * code and no end: a failed message to a person who never wrote to the account is taken as the limit.
   */
  async #refusalOf(client: WwebjsClient, chatId: string): Promise<LimitRefusal | undefined> {
    if (chatId.endsWith('@g.us') || chatId.endsWith('@broadcast')) return undefined;
    try {
      return (await wroteToAccount(await client.getChatById(chatId))) ? undefined : NEW_CONTACT_REFUSAL;
    } catch (error) {
      this.log.warn({ err: error }, 'could not read the chat of a failed message; taking it as an ordinary failure');
      return undefined;
    }
  }

  #watchBrowser(client: WwebjsClient, generation: number): void {
    client.pupBrowser?.on('disconnected', () => this.#restart(generation, 'BROWSER_CLOSED', 'Chromium exited'));
    client.pupPage?.on('close', () => this.#restart(generation, 'BROWSER_CLOSED', 'the WhatsApp Web page closed'));
    client.pupPage?.on('error', () => this.#restart(generation, 'BROWSER_CLOSED', 'the WhatsApp Web page crashed'));
  }

  #probeLiveness(client: WwebjsClient, generation: number): void {
    let probing = false;
    this.#timers.every(this.options.livenessIntervalMs, async () => {
      if (probing || !this.#isCurrent(generation)) return;
      probing = true;
      try {
        await withDeadline(client.getState(), this.options.livenessTimeoutMs, 'getState()');
      } catch (error) {
        this.#restart(generation, 'TIMEOUT', `liveness probe failed: ${firstLine(error)}`);
      } finally {
        probing = false;
      }
    });
  }

  /**
   * The WhatsApp Web a start loads: WWEBJS_WEB_VERSION's, else the one that last reached ready on any node,
   * else (none yet, or it failed WWEBJS_VERSION_FALLBACK_AFTER starts in a row) the one WhatsApp serves now.
   */
  async #chooseVersion(): Promise<WebVersionChoice> {
    const { webVersion: pinned, versionFallbackAfter: fallbackAfter } = this.options;
    let remembered: KnownWebVersion | null = null;
    if (!pinned && this.deps.versions) {
      try {
        remembered = await this.deps.versions.remembered();
      } catch (error) {
        this.log.warn({ err: error }, 'could not read the remembered WhatsApp Web version; loading the one WhatsApp serves now');
      }
    }
    const choice = chooseWebVersion({ pinned, remembered, failedWithRemembered: this.#failedWithRemembered, fallbackAfter });
    if (remembered && choice.source === 'live')
      this.log.warn(
        { remembered: remembered.version, failedStarts: this.#failedWithRemembered },
        `WhatsApp Web ${remembered.version} failed ${this.#failedWithRemembered} starts in a row; loading the version WhatsApp serves now`,
      );
    return choice;
  }

  /**
   * Reads the version the page runs once it is ready, says so, and offers it (with its page, when WhatsApp
   * served it live) to be remembered: every node starts with it from then on if it is newer.
   */
  async #noteVersion(client: WwebjsClient, generation: number): Promise<void> {
    let version: string;
    try {
      version = await withDeadline(client.getWWebVersion(), this.options.livenessTimeoutMs, 'getWWebVersion()');
    } catch (error) {
      this.log.warn({ err: error }, 'could not read the WhatsApp Web version');
      return;
    }
    if (!this.#isCurrent(generation)) return;
    const source = this.#version?.source ?? 'live';
    this.#version = { version, source };
    this.#events.emit('web_version', { version, source });
    const html = client.currentIndexHtml;
    if (!html || !this.deps.versions) return;
    try {
      if (await this.deps.versions.reachedReady({ version, html }))
        this.log.info({ version }, `WhatsApp Web ${version} reached ready: every node starts its sessions with it from now on`);
    } catch (error) {
      this.log.warn({ err: error }, 'could not remember the WhatsApp Web version');
    }
  }

  /** Looks at the page for a dialog every WWEBJS_DIALOG_CHECK_MS, from the moment WhatsApp Web has loaded. */
  #watchDialogs(client: WwebjsClient, generation: number): void {
    const page = client.pupPage;
    if (!page) return;
    let looking = false;
    this.#timers.every(this.options.dialogCheckMs, async () => {
      if (looking || !this.#isCurrent(generation)) return;
      looking = true;
      try {
        await this.#dialogs.look(page);
      } catch (error) {
        // A page between two loads has nothing to read; the next look sees it loaded.
        this.log.debug({ err: error }, 'could not look for a dialog on WhatsApp Web');
      } finally {
        looking = false;
      }
    });
  }

  /**
   * Ends `generation` (once: later triggers from it are ignored) and schedules the next one. `state` is the
   * WhatsApp state that caused it, when there is one, for a terminal stop to report as it is.
   */
  #restart(generation: number, reason: DisconnectReason, cause: string, state?: ConnectionState): void {
    if (!this.#isCurrent(generation)) return;
    this.#generation += 1;
    this.#timers.clearAll();
    if (this.#version?.source === 'remembered' && this.#workedIn !== generation) this.#failedWithRemembered += 1;
    const client = this.#client;
    this.#client = undefined;
    this.#info = undefined;
    this.numbers.clear();
    this.#ringing.clear();
    // The page goes, and the dialog on it.
    const shownBefore = this.state();
    this.#dialogs.forget();
    const terminal = terminalReasons.has(reason);
    const yielded = reason === 'CONFLICT' && this.options.onConflict === 'yield';
    this.#events.emit('disconnected', { reason });
    this.#setState(terminal || yielded ? (state ?? (reason as ConnectionState)) : 'UNLAUNCHED', shownBefore);
    this.#teardown = this.#teardown.then(async () => {
      await this.#destroy(client);
      if (reason === 'LOGOUT') await this.#clearProfile();
    });
    if (terminal) {
      this.log.error(
        { reason, cause },
        `WhatsApp blocked this session (${reason}); not restarting. Resolve it with WhatsApp, then restart the gateway`,
      );
      return;
    }
    if (yielded) {
      this.#yielded = true;
      this.log.warn({ reason, cause }, 'WhatsApp Web is open on another device; leaving it there (WWEBJS_ON_CONFLICT=yield)');
      return;
    }
    if (reason === 'LOGOUT') {
      this.log.warn({ reason, cause }, 'WhatsApp session logged out; clearing it and showing a new QR code');
      this.#timers.after(0, () => void this.#launch());
      return;
    }
    const delayMs = this.#backoff.next();
    const told = this.#version?.version ? `${cause}; WhatsApp Web ${this.#version.version} (${this.#version.source})` : cause;
    this.log.warn(
      { reason, cause, attempt: this.#backoff.attempt, delayMs, webVersion: this.#version },
      `WhatsApp client restarting in ${(delayMs / 1000).toFixed(1)} s (attempt ${this.#backoff.attempt}): ${told}`,
    );
    this.#waiting = { attempt: this.#backoff.attempt, at: Date.now() + delayMs, cause: told };
    this.#timers.after(delayMs, () => void this.#launch());
  }

  /**
   * destroy() closes Chromium; then (with `sweep`) whatever still carries the profile's marker is killed,
   * which also covers a destroy() that failed or hung.
   */
  async #destroy(client: WwebjsClient | undefined, { sweep = true } = {}): Promise<void> {
    if (client) {
      client.removeAllListeners();
      try {
        await withDeadline(client.destroy(), this.options.destroyTimeoutMs, 'destroy()');
      } catch (error) {
        this.log.warn({ err: error }, 'whatsapp-web.js did not close Chromium; killing it');
      }
    }
    if (!sweep) return;
    try {
      await this.deps.profile.endBrowsers();
    } catch (error) {
      this.log.error({ err: error }, 'could not end the Chromium processes of this session');
    }
  }

  async #clearProfile(): Promise<void> {
    try {
      await this.deps.profile.clear();
    } catch (error) {
      this.log.error({ err: error }, 'could not clear the logged-out session profile');
    }
  }

  #isCurrent(generation: number): boolean {
    return this.#running && generation === this.#generation;
  }

  /** Moves WhatsApp's state; the change is announced as shown, which a dialog open over the page keeps ACTION_REQUIRED. */
  #setState(state: ConnectionState, previousState = this.state()): void {
    this.#state = state;
    if (this.state() !== previousState) this.#events.emit('state_change', { state: this.state(), previousState });
  }
}
