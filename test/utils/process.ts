import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFailed, onTestFinished } from 'vitest';

/**
 * Runs the compiled gateway, as `npm start` does once it is built (`npm test` builds it first), with a given
 * environment and no .env file.
 */
export async function launch(env: Record<string, string>) {
  const cwd = await mkdtemp(join(tmpdir(), 'waqtor-process-'));
  onTestFinished(() => rm(cwd, { recursive: true, force: true }));
  const entry = join(process.cwd(), 'build/launch.js');
  if (!existsSync(entry)) throw new Error('The gateway is not built: run `npm run build` (npm test does)');
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own, as a terminal or a supervisor starts it, so a signal to the group reaches it.
    detached: true,
  });
  /** Signals the gateway's process group, as a terminal or a supervisor does. */
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  onTestFinished(() => kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A failed test shows what its gateways warned of, so a failure on CI can be read without running it again.
  onTestFailed(() => {
    const warnings = stdout.split('\n').filter((line) => /^\{"level":(4|5|6)\d/.test(line));
    process.stderr.write(
      `gateway on port ${env.PORT ?? '?'} (${env.NODE_ID ?? 'no node id'}), its last warnings:\n${warnings.slice(-40).join('\n')}\n${stderr.slice(-2_000)}\n`,
    );
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logLines = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; delayMs?: number; attempt?: number; reason?: string; cause?: string });
  /** The gateway's base URL, once its "gateway ready" line is out. */
  const url = () =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = stdout.match(/"graphql":"(http:\/\/[^"]+)\/graphql"/);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 50);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`exited early: ${JSON.stringify({ stdout, stderr })}`));
      });
    });
  return { child, kill, exited, output: () => ({ stdout, stderr }), logLines, url, cwd };
}
