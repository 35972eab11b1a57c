import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** Reads `.env` (when present) under the process environment: a variable set in the environment wins. */
export function readEnvironment(envFile = '.env', processEnv: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return { ...fromFile, ...processEnv };
}
