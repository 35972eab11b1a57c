import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { LogSink } from '../utils/gateway.js';

describe('the logger', () => {
  it('masks chat ids everywhere and redacts secrets', () => {
    const sink = new LogSink();
    const logger = createLogger('info', sink);
    logger.info(
      { id: 'true_971505121583@c.us_3EB0_out', apiKey: 'secret-key', nested: { to: '971505121583@c.us' } },
      'sent to 971505121583@c.us',
    );
    logger.error({ err: new Error('insert of 971505121583@c.us failed') }, 'store failed');
    expect(sink.text).not.toContain('971505121583');
    expect(sink.text).not.toContain('secret-key');
    const [first, second] = sink.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      id: 'true_***1583@c.us_3EB0_out',
      apiKey: '[redacted]',
      nested: { to: '***1583@c.us' },
      msg: 'sent to ***1583@c.us',
    });
    expect(second).toMatchObject({ err: { type: 'Error', message: 'insert of ***1583@c.us failed' } });
    expect(second?.err).not.toHaveProperty('stack');
  });

  it('keeps stack traces at debug level', () => {
    const sink = new LogSink();
    createLogger('debug', sink).error({ err: new Error('boom') }, 'failed');
    expect(JSON.parse(sink.lines[0]!)).toMatchObject({ err: { message: 'boom', stack: expect.stringContaining('Error: boom') } });
  });
});
