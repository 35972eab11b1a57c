import type { z } from 'zod';
import { campaignConfig } from './config/campaign-config.js';
import { clusterConfig } from './config/cluster-config.js';
import { mediaConfig } from './config/media-config.js';
import { limitsConfig, serverConfig } from './config/server-config.js';
import { storeConfig } from './config/store-config.js';
import { webhookConfig } from './config/webhook-config.js';
import { whatsappConfig } from './config/whatsapp-config.js';

/**
 * Every setting the gateway reads, by concern, each with its defaults and its own checks; `.env.example`
 * documents each one, keep them in step. Each concern is parsed on its own, so one start reports the
 * problems of all of them, not those of the first that fails.
 */
const concerns = [serverConfig, limitsConfig, storeConfig, whatsappConfig, mediaConfig, campaignConfig, webhookConfig, clusterConfig];

export type Config = z.output<typeof serverConfig> &
  z.output<typeof limitsConfig> &
  z.output<typeof storeConfig> &
  z.output<typeof whatsappConfig> &
  z.output<typeof mediaConfig> &
  z.output<typeof campaignConfig> &
  z.output<typeof webhookConfig> &
  z.output<typeof clusterConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError listing every problem, never echoing a value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blanksAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const problems: string[] = [];
  const parts: object[] = [];
  for (const concern of concerns) {
    const parsed = concern.safeParse(blanksAsUnset);
    if (parsed.success) parts.push(parsed.data);
    else problems.push(...parsed.error.issues.map((issue) => describeIssue(issue)));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.assign({}, ...parts) as Config;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.');
  return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
}
