import { CampaignRunner, type CampaignRunnerDeps } from './campaign-runner.js';

/**
 * One runner per session, made on first use. Campaigns and send-bulk of a session share its runner, so
 * stopping the session's runs stops both.
 */
export class CampaignRunners {
  readonly #runners = new Map<string, CampaignRunner>();

  constructor(private readonly deps: Omit<CampaignRunnerDeps, 'session'>) {}

  of(session: string): CampaignRunner {
    let runner = this.#runners.get(session);
    if (!runner) {
      runner = new CampaignRunner({ ...this.deps, session });
      this.#runners.set(session, runner);
    }
    return runner;
  }

  /** Stops every run before its next recipient; they resume on the next start. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.stopAll()));
  }
}
