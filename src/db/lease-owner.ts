import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Names this process where it holds a lease (a session, a webhook's queue), so an operator can tell which gateway does. */
export const leaseOwnerId = () => `${hostname()} pid ${process.pid} (${randomBytes(3).toString('hex')})`;

/**
 * A holder on this machine whose process is gone (killed, crashed): its lease need not run out before a
 * restarted gateway takes what it held back. A holder elsewhere, or a live pid, is waited for.
 */
export function isDeadLocalOwner(owner: string): boolean {
  const match = /^(.*) pid (\d+) \(/.exec(owner);
  const pid = Number(match?.[2]);
  if (!match || match[1] !== hostname() || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // A killed process whose parent has not reaped it yet (a zombie, state Z) still answers signal 0.
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .startsWith('Z');
  } catch {
    return false;
  }
}
