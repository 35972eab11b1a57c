import { createHash } from 'node:crypto';
import {
  type GraphQLError,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GatewayError } from '../../errors.js';
import type { IdempotencyStore } from '../../idempotency/idempotency-store.js';
import type { Logger } from '../../logger.js';
import type { GraphQLContext } from '../context.js';
import { httpCallOf } from '../http-call.js';
import { resultFromJson, type JsonResult } from '../result-from-json.js';
import type { FieldPolicy } from '../field-policy.js';
import { refusedWith } from '../mask-error.js';

const KEY_ARGUMENT = 'idempotencyKey';
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;
/** A repeat of a request still running waits this long for its answer before it is told to retry. */
const BUSY_WAIT_MS = 10_000;
const BUSY_POLL_MS = 100;

interface Target {
  scope: string;
  key: string;
  fingerprint: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys in order, so the same arguments always give the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Which idempotent field a mutation runs with which key, or the refusal of a malformed one. Undefined
 * for everything without a key, which runs as usual.
 */
function targetOf({ schema, document, operationName, variableValues, contextValue }: ExecutionArgs): Target | ExecutionResult | undefined {
  const operation = getOperationAST(document, operationName);
  const mutation = schema.getMutationType();
  if (operation?.operation !== 'mutation' || !mutation) return undefined;
  const context = contextValue as GraphQLContext;
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const idempotent = fields.filter(
    (node) => (mutation.getFields()[node.name.value]?.extensions.policy as FieldPolicy | undefined)?.idempotent,
  );
  if (idempotent.length === 0) return undefined;
  // Plugins see the variables as the client sent them; only coerced ones are known to fit their types
  // (a list sent for the key's String would otherwise reach the store).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
  if (coerced.errors) return undefined;
  let args: Record<string, unknown>;
  const [node] = idempotent;
  try {
    args = getArgumentValues(mutation.getFields()[node!.name.value] as GraphQLField<unknown, unknown>, node!, coerced.coerced);
  } catch {
    // Arguments that do not fit their types: execution refuses them, and nothing is claimed.
    return undefined;
  }
  const call = httpCallOf(context.door);
  const key = (args[KEY_ARGUMENT] as string | null | undefined) ?? call?.idempotencyKey ?? undefined;
  if (key === undefined) return undefined;
  if (!VALID_KEY.test(key)) return refusedWith('BAD_USER_INPUT', 'Idempotency key must be 1 to 255 visible ASCII characters, e.g. a UUID');
  if (operation.selectionSet.selections.length !== 1) {
    return refusedWith('BAD_USER_INPUT', 'An idempotency key covers one field: send the mutation on its own');
  }
  const { [KEY_ARGUMENT]: _key, ...request } = args;
  const apiKey = call ? call.apiKey : context.connectionParams?.apiKey;
  return {
    scope: digest(typeof apiKey === 'string' ? apiKey : ''),
    key,
    fingerprint: digest(
      canonical({ field: node!.name.value, arguments: request, selection: node!.selectionSet ? print(node!.selectionSet) : null }),
    ),
  };
}

/** A send that may have left, here or, for a forwarded operation, on the node that ran it. */
const isUncertain = (error: GraphQLError): boolean =>
  (error.originalError instanceof GatewayError && error.originalError.uncertain) || error.extensions.uncertain === true;

/** An error as the client saw it, so its replay reads the same: the message and code the masker gives it. */
function maskedForReplay(error: GraphQLError) {
  const original = error.originalError instanceof GatewayError ? error.originalError : undefined;
  return {
    message: error.message,
    ...(error.path && { path: error.path }),
    extensions: { ...error.extensions, ...(original && { code: original.code, ...(original.uncertain && { uncertain: true }) }) },
  };
}

/**
 * Idempotency keys for the mutations marked `idempotent` (sends, creating and running campaigns), from the
 * `idempotencyKey` argument or the `Idempotency-Key` header, so every door shares it. The first request
 * with a key runs and, if it succeeds, its whole result is stored; a repeat of the same request gets that
 * result and runs nothing; the key on a different request is IDEMPOTENCY_CONFLICT; a repeat while the first
 * runs waits for its answer, then is told IDEMPOTENCY_IN_PROGRESS. A request that fails did nothing (it
 * was refused, or WhatsApp was not ready), so its key is freed for the retry; except a send that failed
 * after its message may have left, whose answer is kept like a success's.
 */
export function useIdempotency(store: IdempotencyStore, logger: Logger): Plugin<GraphQLContext> {
  const log = logger.child({ component: 'idempotency' });
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      // Forwarded by the node the client called, which holds the key for it.
      if ((args.contextValue as GraphQLContext).door.kind === 'forwarded') return undefined;
      const target = targetOf(args);
      if (!target) return undefined;
      if (!('scope' in target)) {
        setResultAndStopExecution(target);
        return undefined;
      }
      const { scope, key, fingerprint } = target;
      const deadline = Date.now() + BUSY_WAIT_MS;
      let claim = await store.claim(scope, key, fingerprint);
      while (claim.kind === 'busy' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, BUSY_POLL_MS));
        claim = await store.claim(scope, key, fingerprint);
      }
      if (claim.kind === 'replay') {
        setResultAndStopExecution(resultFromJson(JSON.parse(claim.result) as JsonResult));
        return undefined;
      }
      if (claim.kind === 'conflict') {
        setResultAndStopExecution(refusedWith('IDEMPOTENCY_CONFLICT', 'Idempotency key reused with a different request'));
        return undefined;
      }
      if (claim.kind === 'busy') {
        setResultAndStopExecution(
          refusedWith('IDEMPOTENCY_IN_PROGRESS', 'A request with this idempotency key is still running; retry in a moment'),
        );
        return undefined;
      }
      const renewal = setInterval(() => {
        store.renew(scope, key).catch((error: unknown) => log.warn({ err: error }, 'could not renew an idempotency key'));
      }, store.times.leaseMs / 3);
      renewal.unref();
      return {
        async onExecuteDone({ result }) {
          clearInterval(renewal);
          if (Symbol.asyncIterator in result) return;
          // A send that may have left keeps its key with its answer, as a success does: a retry must not send again.
          const kept = !result.errors?.length
            ? result
            : result.errors.some(isUncertain)
              ? { errors: result.errors.map(maskedForReplay) }
              : undefined;
          // The work is done either way; a key that cannot be stored only means a repeat may run it again.
          await (kept ? store.complete(scope, key, JSON.stringify(kept)) : store.release(scope, key)).catch((error: unknown) =>
            log.error({ err: error }, 'could not store the outcome of an idempotent request'),
          );
        },
      };
    },
  };
}
