import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { describeError } from '../api/gateway-error';
import {
  DashboardAnswerDialogDocument,
  DashboardLogoutDocument,
  DashboardPairingCodeDocument,
  DashboardSandboxLinkDocument,
  DashboardSessionDriverDocument,
} from '../generated/graphql';
import type { WhatsAppSession } from '../live/use-whatsapp-session';
import { QrImage } from './qr-image';
import type { WhatsAppDialog } from '../../../src/domain/whatsapp-dialogs.js';

/** Linking: the QR code and what to do with it while unlinked; the account and Log out once linked. */
export function LinkPanel({ client, session }: { client: SessionClient; session: WhatsAppSession }) {
  if (session.dialog) return <DialogPanel client={client} dialog={session.dialog} />;
  return (
    <section class="card" aria-labelledby="link-title">
      <h2 id="link-title">{session.ready ? 'Linked account' : 'Link WhatsApp'}</h2>
      {session.ready ? (
        <AccountView client={client} session={session} />
      ) : (
        <>
          <PairingView qr={session.qr} />
          <PairingCodeForm client={client} code={session.pairingCode} />
          <SandboxLink client={client} />
        </>
      )}
    </section>
  );
}

/**
 * A dialog over WhatsApp Web that the gateway cannot answer by itself: its words, and a button for each of
 * its own; the session sends nothing until one is pressed.
 */
function DialogPanel({ client, dialog }: { client: SessionClient; dialog: WhatsAppDialog }) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function press(button: string) {
    setBusy(true);
    setError(undefined);
    try {
      // The state_change back from ACTION_REQUIRED is what closes this panel.
      await client.request(DashboardAnswerDialogDocument, { button });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card card--alert" aria-labelledby="dialog-title" data-testid="whatsapp-dialog">
      <h2 id="dialog-title">WhatsApp Web needs you</h2>
      <p class="muted">WhatsApp Web shows this dialog, and the session sends nothing until one of its buttons is pressed.</p>
      <blockquote class="dialog-text">{dialog.text}</blockquote>
      <div class="actions">
        {dialog.buttons.map((button) => (
          <button type="button" key={button} disabled={busy} onClick={() => void press(button)}>
            {button}
          </button>
        ))}
      </div>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function PairingView({ qr }: { qr: string | undefined }) {
  return (
    <div class="pairing">
      {qr ? <QrImage code={qr} /> : <p class="muted">Waiting for a QR code from WhatsApp…</p>}
      <ol class="steps">
        <li>Open WhatsApp on your phone.</li>
        <li>
          Tap <strong>Menu</strong> or <strong>Settings</strong> and choose <strong>Linked devices</strong>.
        </li>
        <li>
          Tap <strong>Link a device</strong> and point your phone at this code. It refreshes by itself.
        </li>
      </ol>
    </div>
  );
}

/** A sandbox session has no phone to scan its code: it links when told, as if one had. */
function SandboxLink({ client }: { client: SessionClient }) {
  const [sandbox, setSandbox] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client.gateway
      .request(DashboardSessionDriverDocument, { session: client.session })
      .then(({ session }) => setSandbox(session?.driver === 'sandbox'))
      .catch(() => setSandbox(false));
  }, [client]);

  async function link() {
    setBusy(true);
    setError(undefined);
    try {
      // The session's ready event is what turns the panel to the linked account.
      await client.request(DashboardSandboxLinkDocument);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!sandbox) return null;
  return (
    <div class="sandbox-link">
      <p class="muted">This session runs the sandbox driver: no phone can scan its code.</p>
      <button type="button" disabled={busy} onClick={() => void link()}>
        {busy ? 'Linking…' : 'Link (sandbox)'}
      </button>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Linking by a code typed on the phone, for a phone that cannot scan (or a screen far away). */
function PairingCodeForm({ client, code }: { client: SessionClient; code: string | undefined }) {
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // The code also arrives as a pairing_code event, which is what the panel shows.
      await client.gateway.request(DashboardPairingCodeDocument, { name: client.session, phone });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="pairing-code" onSubmit={(event) => void submit(event)} noValidate data-testid="pairing-code-form">
      <label for="pairing-phone">Or link with a code: the phone's number</label>
      <input
        id="pairing-phone"
        placeholder="966501234567"
        value={phone}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'pairing-phone-error' : undefined}
        onInput={(event) => setPhone((event.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" disabled={busy || phone.trim() === ''}>
        {busy ? 'Asking…' : 'Get a code'}
      </button>
      {error && (
        <p class="field__error" id="pairing-phone-error" role="alert">
          {error}
        </p>
      )}
      {code && (
        <p class="pairing-code__code" data-testid="pairing-code">
          Type <strong>{code}</strong> on the phone: Linked devices → Link with phone number.
        </p>
      )}
    </form>
  );
}

function AccountView({ client, session }: { client: SessionClient; session: WhatsAppSession }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const account = session.account;

  async function logout() {
    setBusy(true);
    setError(undefined);
    try {
      await client.request(DashboardLogoutDocument);
      dialog.current?.close();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="account">
      {account ? (
        <dl class="account__details">
          <dt>Name</dt>
          <dd data-testid="account-name">{account.pushname || '—'}</dd>
          <dt>Number</dt>
          <dd data-testid="account-phone">+{account.phone}</dd>
          <dt>Platform</dt>
          <dd>{account.platform}</dd>
        </dl>
      ) : (
        <p class="muted">Reading the account…</p>
      )}
      <button type="button" class="button--danger" onClick={() => dialog.current?.showModal()}>
        Log out
      </button>
      <dialog ref={dialog} aria-labelledby="logout-title">
        <h3 id="logout-title">Log out of WhatsApp?</h3>
        <p>The gateway stops sending and receiving until a phone scans a new QR code.</p>
        {error && (
          <p class="field__error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="button" class="button--danger" disabled={busy} onClick={() => void logout()}>
            {busy ? 'Logging out…' : 'Log out'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autofocus>
            Stay linked
          </button>
        </div>
      </dialog>
    </div>
  );
}
