import { useState } from 'preact/hooks';
import { checkApiKey } from '../api/gateway-client';
import { Field } from '../ui/field';

interface KeyFormProps {
  /** Why the key is asked for again (it was refused), if it is. */
  notice?: string | undefined;
  onKey(key: string): void;
}

/** Asks for the API key once; it is tried against the gateway before the page keeps it. */
export function KeyForm({ notice, onKey }: KeyFormProps) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>(notice);
  const [checking, setChecking] = useState(false);
  const hint = 'API_KEY from the gateway’s .env. It is kept in this tab only, until you close it.';

  async function submit(event: Event) {
    event.preventDefault();
    const candidate = key.trim();
    if (!candidate) {
      setError('Enter the API key.');
      return;
    }
    setChecking(true);
    const check = await checkApiKey(candidate);
    setChecking(false);
    if (check === 'accepted') onKey(candidate);
    else if (check === 'refused') setError('That API key is not right. Check API_KEY in the gateway’s .env and try again.');
    else setError('Could not reach the gateway. Is it running?');
  }

  return (
    <main class="key">
      <form class="card key__form" onSubmit={(event) => void submit(event)} noValidate>
        <h1>WaQtor</h1>
        <p>Enter the gateway’s API key to open the dashboard.</p>
        <Field id="api-key" label="API key" hint={hint} error={error}>
          {(control) => (
            <input
              {...control}
              name="apiKey"
              type="password"
              autocomplete="current-password"
              autofocus
              value={key}
              onInput={(event) => setKey(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Open dashboard'}
        </button>
      </form>
    </main>
  );
}
