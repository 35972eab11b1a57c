import { describe, expect, it } from 'vitest';
import { createLogger, readableLogDestination } from '../../src/logger.js';
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

  it('writes dates as ISO strings, in the top level and nested', () => {
    const sink = new LogSink();
    const at = new Date('2026-12-05T10:00:00.000Z');
    createLogger('info', sink).info({ scheduledAt: at, run: { retryAt: at, never: new Date(Number.NaN) } }, 'scheduled');
    expect(JSON.parse(sink.lines[0]!)).toMatchObject({
      scheduledAt: '2026-12-05T10:00:00.000Z',
      run: { retryAt: '2026-12-05T10:00:00.000Z', never: null },
    });
  });

  it('writes readable lines for a terminal (LOG_FORMAT=pretty), masked and redacted as in JSON', () => {
    const sink = new LogSink();
    const logger = createLogger('info', readableLogDestination(sink));
    logger.warn(
      { to: '971505121583@c.us', apiKey: 'secret-key', retryAt: new Date('2026-12-05T10:00:00.000Z') },
      'webhook delivery failed',
    );
    const [line, ...fields] = sink.lines;
    expect(line).toMatch(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\] WARN: webhook delivery failed$/);
    expect(fields.join('\n')).toContain('to: "***1583@c.us"');
    expect(fields.join('\n')).toContain('retryAt: "2026-12-05T10:00:00.000Z"');
    expect(sink.text).not.toContain('971505121583');
    expect(sink.text).not.toContain('secret-key');
    expect(sink.text).not.toMatch(/^\{/m);
  });

  it('keeps stack traces at debug level', () => {
    const sink = new LogSink();
    createLogger('debug', sink).error({ err: new Error('boom') }, 'failed');
    expect(JSON.parse(sink.lines[0]!)).toMatchObject({ err: { message: 'boom', stack: expect.stringContaining('Error: boom') } });
  });
});
