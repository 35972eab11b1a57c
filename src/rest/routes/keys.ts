import { createKeyInput } from '../../keys/key-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId } from './route-variables.js';

const KEY_FIELDS = 'id name sessions createdAt';

/** Scoped API keys, managed with the admin key. */
export const keyRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/keys',
    tag: 'Keys',
    summary: 'Make an API key for some sessions; the key is in the answer, the one time it is shown',
    operation: `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ${KEY_FIELDS} key } }`,
    body: createKeyInput,
    variables: asInput,
    reply: { message: 'API key created; keep it now, it is not shown again' },
  },
  {
    method: 'GET',
    path: '/api/keys',
    tag: 'Keys',
    summary: 'The API keys made through the API, without their secrets',
    operation: `query ApiKeys { apiKeys { ${KEY_FIELDS} } }`,
  },
  {
    method: 'GET',
    path: '/api/keys/current',
    tag: 'Keys',
    summary: 'The calling key: whether it is the admin key, and the sessions it may use (any key)',
    operation: 'query CurrentKey { currentKey { admin name sessions } }',
    reply: { keepNulls: true },
  },
  {
    method: 'DELETE',
    path: '/api/keys/:id',
    tag: 'Keys',
    summary: 'Revoke an API key at once',
    operation: 'mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { message } }',
    variables: byId,
    failures: [404],
    reply: { form: 'message' },
  },
];
