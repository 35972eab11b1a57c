import type { DriverEvent, DriverEventMap, DriverEventName } from '../domain/driver-events.js';

/** The listener list behind WhatsAppDriver.subscribe; one throwing listener never starves the others. */
export class DriverEventEmitter {
  readonly #listeners = new Set<(event: DriverEvent) => void>();

  constructor(private readonly onListenerError: (error: unknown) => void) {}

  subscribe(listener: (event: DriverEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<K extends DriverEventName>(event: K, data: DriverEventMap[K]): void {
    const frame = { event, data } as DriverEvent;
    for (const listener of this.#listeners) {
      try {
        listener(frame);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
