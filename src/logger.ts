import { pino, type Logger, type LevelWithSilent, type DestinationStream } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { maskChatIds } from './domain/phone-number.js';

export type { Logger };

/**
 * Structured JSON logs that never carry a secret. The code does not log the API key, request headers or
 * a full phone number; as a second line of defence, known secret paths are redacted and every chat id in
 * any logged string (message ids and database errors contain them) is masked to its last four digits.
 * Stack traces stay out of logs unless LOG_LEVEL is debug or trace, where a developer asked for them.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const withStacks = level === 'debug' || level === 'trace';
  return pino(
    {
      level,
      base: { service: 'waqtor' },
      redact: {
        paths: ['apiKey', '*.apiKey', 'headers', '*.headers', 'testRecipient', '*.testRecipient'],
        censor: '[redacted]',
      },
      serializers: {
        err: (error: unknown) => {
          const { stack, ...rest } = pino.stdSerializers.err(error as Error);
          return maskStrings(withStacks ? { ...rest, stack } : rest);
        },
      },
      formatters: { log: (fields) => maskStrings(fields) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskChatIds(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/**
 * Log lines for a person at a terminal (LOG_FORMAT=pretty): one readable line per entry, coloured when
 * the output is a terminal. What is logged, masked and redacted is the same as in JSON.
 */
export function readableLogDestination(output: NodeJS.WritableStream = process.stdout): DestinationStream {
  return PinoPretty({
    destination: output,
    colorize: (output as { isTTY?: boolean }).isTTY === true,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    sync: true,
  });
}

function maskStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskChatIds(value);
  // A date is its ISO string, as JSON.stringify writes it; read field by field it would be `{}`.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // Errors are masked by the err serializer, which runs after this.
  if (depth > 6 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => maskStrings(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, depth + 1)]));
}
