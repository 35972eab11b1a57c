import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The processes under `pid` (not itself), read from /proc: the host sees a container's processes. */
export function descendants(pid: number): Array<{ pid: number; uid: number; command: string }> {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  const found: Array<{ pid: number; uid: number; command: string }> = [];
  const visit = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      const process = processInfo(child);
      if (process) found.push(process);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** A process's real uid and command line, or undefined once it has gone. */
export function processInfo(pid: number): { pid: number; uid: number; command: string } | undefined {
  try {
    const uid = Number(readFileSync(join('/proc', String(pid), 'status'), 'utf8').match(/^Uid:\s+(\d+)/m)![1]);
    const command = readFileSync(join('/proc', String(pid), 'cmdline'), 'utf8')
      .replaceAll('\0', ' ')
      .trim();
    return { pid, uid, command };
  } catch {
    return undefined;
  }
}
