import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { apiKeyError, apiKeyFromRequest, checkApiKey } from '../../auth/api-key.js';

/**
 * Every GraphQL operation over HTTP needs the API key (`X-API-Key` or `?apiKey=`). The GraphiQL page
 * itself loads without it; the key goes into its headers tab. graphql-ws checks the key at connection_init.
 */
export function useApiKeyAuth(apiKey: string): Plugin {
  return {
    onParams({ request }) {
      const check = checkApiKey(apiKeyFromRequest(request.headers, new URL(request.url)), apiKey);
      if (check === 'ok') return;
      const error = apiKeyError(check);
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
    },
  };
}
