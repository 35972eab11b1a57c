import { useEffect, useState } from 'preact/hooks';
import type { GatewayClient } from '../api/gateway-client';
import { describeError } from '../api/gateway-error';

/**
 * A list the admin key manages: read when the panel shows and again at each `freshness`; `act` runs one
 * change on the row named `key` (its buttons disabled meanwhile) and reads the list again.
 */
export function useAdminList<T>(client: GatewayClient, freshness: unknown, read: (client: GatewayClient) => Promise<T[]>) {
  const [items, setItems] = useState<T[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  async function load() {
    setItems(await read(client));
  }

  useEffect(() => {
    load().catch((failure: unknown) => setError(describeError(failure)));
  }, [client, freshness]);

  async function act(key: string, action: () => Promise<unknown>) {
    setBusy(key);
    setError(undefined);
    try {
      await action();
      await load();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(undefined);
    }
  }

  return { items, error, busy, act };
}
