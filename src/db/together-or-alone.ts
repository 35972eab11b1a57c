import { isDatabaseUnavailable } from '../errors.js';

/**
 * Writes items together, in one statement or transaction; should that fail for anything but the database
 * being away, writes each on its own, so one that cannot be written does not take the others with it, and
 * hands each that failed alone to `failedAlone`. A database that is away wrote nothing: that is thrown as
 * it is, for the whole to be tried again.
 */
export async function togetherOrAlone<T>(
  items: readonly T[],
  write: (items: readonly T[]) => Promise<void>,
  failedAlone: (item: T, error: unknown) => void,
): Promise<void> {
  try {
    await write(items);
    return;
  } catch (error) {
    if (items.length === 1 || isDatabaseUnavailable(error)) throw error;
  }
  for (const item of items) {
    try {
      await write([item]);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      failedAlone(item, error);
    }
  }
}
