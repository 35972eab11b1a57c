import { describe, expect, it } from 'vitest';
import { Lifecycle } from '../../../src/app/lifecycle.js';
import { createLogger } from '../../../src/logger.js';
import { LogSink } from '../../utils/gateway.js';

function lifecycle() {
  const logs = new LogSink();
  return { logs, steps: new Lifecycle(createLogger('info', logs)) };
}

describe('the lifecycle', () => {
  it('stops the started steps in reverse order, each with what its start returned', async () => {
    const { steps } = lifecycle();
    const stopped: string[] = [];
    expect(
      await steps.step(
        'database',
        () => 'db',
        (db) => stopped.push(`database:${db}`),
      ),
    ).toBe('db');
    await steps.step(
      'timer',
      async () => 42,
      (timer) => stopped.push(`timer:${timer}`),
    );
    await steps.step('no stop', () => undefined);
    await steps.step(
      'server',
      () => 'srv',
      () => stopped.push('server'),
    );
    await steps.stop();
    expect(stopped).toEqual(['server', 'timer:42', 'database:db']);
    await steps.stop();
    expect(stopped).toHaveLength(3);
  });

  it('stops what started before a step that failed to start, and not that step', async () => {
    const { steps } = lifecycle();
    const stopped: string[] = [];
    await steps.step(
      'database',
      () => 'db',
      () => stopped.push('database'),
    );
    await expect(
      steps.step(
        'sessions',
        () => Promise.reject(new Error('no browser')),
        () => stopped.push('sessions'),
      ),
    ).rejects.toThrow('no browser');
    await steps.stop();
    expect(stopped).toEqual(['database']);
  });

  it('goes on with the next step when one fails to stop or hangs past its deadline, and logs which', async () => {
    const { steps, logs } = lifecycle();
    const stopped: string[] = [];
    await steps.step(
      'database',
      () => 'db',
      () => stopped.push('database'),
    );
    await steps.step(
      'hung',
      () => 'x',
      () => new Promise(() => undefined),
      { deadlineMs: 50 },
    );
    await steps.step(
      'broken',
      () => 'y',
      () => Promise.reject(new Error('already closed')),
    );
    await steps.stop();
    expect(stopped).toEqual(['database']);
    expect(logs.lines.map((line) => JSON.parse(line) as { step: string; err: { message: string } })).toMatchObject([
      { step: 'broken', err: { message: 'already closed' } },
      { step: 'hung', err: { message: 'stopping hung did not finish within 50 ms' } },
    ]);
  });
});
