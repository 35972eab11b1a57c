import { visit, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import { refusedWith } from '../mask-error.js';
import { refusingOperations } from './refuse-operations.js';

type Path = Array<string | number>;

/** The path of the first string in `value` that carries a NUL, if any. */
function nulIn(value: unknown, path: Path): Path | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulIn(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** yoga's parser cache hands out the same document for the same query, so each is walked once. */
const literalsWithNul = new WeakMap<ExecutionArgs['document'], Path | null>();

function nulInLiterals(document: ExecutionArgs['document']): Path | undefined {
  let found = literalsWithNul.get(document);
  if (found === undefined) literalsWithNul.set(document, (found = walkLiterals(document) ?? null));
  return found ?? undefined;
}

/** The argument of the document whose literal carries a NUL, if any. */
function walkLiterals(document: ExecutionArgs['document']): Path | undefined {
  let argument: string | undefined;
  let found: Path | undefined;
  visit(document, {
    Argument: {
      enter: (node) => void (argument = node.name.value),
      leave: () => void (argument = undefined),
    },
    StringValue: (node) => {
      if (!found && node.value.includes('\0')) found = [argument ?? 'query'];
    },
  });
  return found;
}

/**
 * A NUL character (U+0000) in any string an operation is given is refused before anything runs, naming the
 * field it is in: no store keeps one (SQLite ends the text there, PostgreSQL refuses it), and no name, id,
 * number or message of WhatsApp's carries one.
 */
export function useNulRefusal(): Plugin<GraphQLContext> {
  return refusingOperations(({ document, variableValues }): ExecutionResult | undefined => {
    const path = nulIn(variableValues ?? {}, []) ?? nulInLiterals(document);
    if (!path) return undefined;
    return refusedWith('BAD_USER_INPUT', `${path.join('.')} must not contain a NUL character (U+0000)`);
  });
}
