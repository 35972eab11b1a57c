/**
 * Waits out a window in which nothing may happen, to show that it did not (no send after a cancel, no
 * frame for a late subscriber). The one fixed wait a test may use: anything that should happen is waited
 * for with `eventually`.
 */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` passes, polling; fails with the last error after the timeout. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
