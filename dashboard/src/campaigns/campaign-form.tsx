import { useMemo, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { DashboardCreateCampaignDocument, type DashboardCampaignFragment } from '../generated/graphql';
import { Field } from '../ui/field';
import { formErrorsOf, noErrors, type FormErrors } from '../ui/form-errors';
import { recipientsFromCsv } from '../../../src/domain/recipients-from-csv.js';

const controlOf = (path: string): string | undefined => {
  const [top] = path.split('.');
  return top && ['name', 'message', 'recipients', 'scheduledAt'].includes(top) ? top : undefined;
};

const hints = {
  message: 'With a CSV header row, {{column}} is replaced by that column, e.g. Hello {{name}}.',
  recipients: 'One number per line in international format, or a CSV with a phone column (other columns fill {{placeholders}}).',
  scheduledAt: 'Leave empty to start it yourself with Run now.',
};

/** Creates a campaign: a name, a message, recipients pasted or from a CSV file, and an optional schedule. */
export function CampaignForm({ client, onCreated }: { client: SessionClient; onCreated(campaign: DashboardCampaignFragment): void }) {
  const [values, setValues] = useState({ name: '', message: '', recipients: '', scheduledAt: '' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const recipients = useMemo(() => recipientsFromCsv(values.recipients), [values.recipients]);

  const set = (name: keyof typeof values) => (event: Event) =>
    setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value });

  async function loadCsv(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setValues({ ...values, recipients: await file.text() });
  }

  async function submit(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    try {
      // datetime-local has no zone: it is this browser's local time, sent with its offset.
      const scheduledAt = values.scheduledAt ? new Date(values.scheduledAt).toISOString() : null;
      const { createCampaign } = await client.request(DashboardCreateCampaignDocument, {
        input: { name: values.name, message: values.message, recipients, scheduledAt },
      });
      setErrors(noErrors);
      setValues({ name: '', message: '', recipients: '', scheduledAt: '' });
      // Clears the chosen CSV file too, which is not kept in state.
      form.reset();
      onCreated(createCampaign);
    } catch (failure) {
      setErrors(formErrorsOf(failure, controlOf));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="campaign-form" onSubmit={(event) => void submit(event)} noValidate data-testid="campaign-form">
      <h3>New campaign</h3>
      <Field id="campaign-name" label="Name" error={errors.fields.name}>
        {(control) => <input {...control} name="name" value={values.name} onInput={set('name')} />}
      </Field>
      <Field id="campaign-message" label="Message" hint={hints.message} error={errors.fields.message}>
        {(control) => <textarea {...control} name="message" rows={3} value={values.message} onInput={set('message')} />}
      </Field>
      <Field
        id="campaign-recipients"
        label={`Recipients${recipients.length > 0 ? ` (${recipients.length})` : ''}`}
        hint={hints.recipients}
        error={errors.fields.recipients}
      >
        {(control) => <textarea {...control} name="recipients" rows={5} value={values.recipients} onInput={set('recipients')} />}
      </Field>
      <Field id="campaign-csv" label="…or load a CSV file">
        {(control) => (
          <input {...control} name="csv" type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void loadCsv(event)} />
        )}
      </Field>
      <Field id="campaign-schedule" label="Schedule (optional, your local time)" hint={hints.scheduledAt} error={errors.fields.scheduledAt}>
        {(control) => (
          <input {...control} name="scheduledAt" type="datetime-local" value={values.scheduledAt} onInput={set('scheduledAt')} />
        )}
      </Field>
      {errors.general && (
        <p class="field__error" role="alert">
          {errors.general}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create campaign'}
      </button>
    </form>
  );
}
