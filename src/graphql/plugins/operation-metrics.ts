import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../../metrics/gateway-metrics.js';
import { operationRoot } from '../field-policy.js';

function rootFields({ schema, document, operationName }: ExecutionArgs): { type: string; fields: string[] } | undefined {
  const { operation, fields } = operationRoot(schema, document, operationName);
  if (!operation) return undefined;
  return { type: operation.operation, fields: fields.map(({ node }) => node.name.value) };
}

/** Counts the root fields each operation runs, and whether it answered with errors; subscriptions when they start. */
export function useOperationMetrics(metrics: GatewayMetrics): Plugin {
  return {
    onExecute({ args }) {
      const operation = rootFields(args);
      if (!operation) return undefined;
      return {
        onExecuteDone({ result }) {
          const outcome = !(Symbol.asyncIterator in result) && result.errors?.length ? 'error' : 'ok';
          for (const field of operation.fields) metrics.graphqlOperations.inc({ type: operation.type, field, outcome });
        },
      };
    },
    onSubscribe({ args }) {
      const operation = rootFields(args);
      for (const field of operation?.fields ?? []) metrics.graphqlOperations.inc({ type: 'subscription', field, outcome: 'ok' });
    },
  };
}
