import { useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { DashboardSendMediaDocument, DashboardSendTextDocument } from '../generated/graphql';
import { Field } from '../ui/field';
import { formErrorsOf, noErrors, type FormErrors } from '../ui/form-errors';

type Kind = 'text' | 'media';

/** The input fields a problem may name, and the control that shows it. */
const controls: Record<string, string> = {
  phone: 'phone',
  chatId: 'phone',
  message: 'message',
  text: 'message',
  mediaUrl: 'mediaUrl',
  caption: 'caption',
};

/** Sends one text, or one media file from a URL, to a number; the gateway's own validation speaks. */
export function SendForm({ client }: { client: SessionClient }) {
  const [kind, setKind] = useState<Kind>('text');
  const [values, setValues] = useState({ phone: '', message: '', mediaUrl: '', caption: '' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sent, setSent] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const set = (name: keyof typeof values) => (event: Event) =>
    setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSent(undefined);
    try {
      const result =
        kind === 'text'
          ? (await client.request(DashboardSendTextDocument, { input: { phone: values.phone, message: values.message } })).sendText
          : (
              await client.request(DashboardSendMediaDocument, {
                input: { phone: values.phone, mediaUrl: values.mediaUrl, caption: values.caption || null },
              })
            ).sendMedia;
      setErrors(noErrors);
      setSent(`Sent to ${result.to} (message id ${result.id}).`);
    } catch (failure) {
      setErrors(formErrorsOf(failure, (path) => controls[path]));
    } finally {
      setBusy(false);
    }
  }

  const hints = {
    phone: 'International format with the country code, e.g. 966501234567.',
    mediaUrl: 'An http or https link to an image, video, audio file or document.',
  };

  return (
    <section class="card" aria-labelledby="send-title">
      <h2 id="send-title">Send a message</h2>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="send-form">
        <fieldset class="choice">
          <legend>What to send</legend>
          <label>
            <input type="radio" name="kind" value="text" checked={kind === 'text'} onChange={() => setKind('text')} /> Text
          </label>
          <label>
            <input type="radio" name="kind" value="media" checked={kind === 'media'} onChange={() => setKind('media')} /> Media from a URL
          </label>
        </fieldset>
        <Field id="send-phone" label="Phone number" hint={hints.phone} error={errors.fields.phone}>
          {(control) => <input {...control} name="phone" inputMode="tel" autocomplete="off" value={values.phone} onInput={set('phone')} />}
        </Field>
        {kind === 'text' ? (
          <Field id="send-message" label="Message" error={errors.fields.message}>
            {(control) => <textarea {...control} name="message" rows={3} value={values.message} onInput={set('message')} />}
          </Field>
        ) : (
          <>
            <Field id="send-media-url" label="Media URL" hint={hints.mediaUrl} error={errors.fields.mediaUrl}>
              {(control) => <input {...control} name="mediaUrl" type="url" value={values.mediaUrl} onInput={set('mediaUrl')} />}
            </Field>
            <Field id="send-caption" label="Caption (optional)" error={errors.fields.caption}>
              {(control) => <input {...control} name="caption" value={values.caption} onInput={set('caption')} />}
            </Field>
          </>
        )}
        {errors.general && (
          <p class="field__error" role="alert">
            {errors.general}
          </p>
        )}
        {sent && (
          <p class="success" role="status">
            {sent}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send'}
        </button>
      </form>
    </section>
  );
}
