import { describe, expect, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Array<{ name: string; in: string; schema: object }>; requestBody?: { content: Record<string, { schema: object }> } }
    >
  >;
  components: { schemas: Record<string, object> };
}

/** Every string without a maxLength and every list without a maxItems in what a client sends, by where it is. */
function unboundedInputs(document: OpenApiDocument): string[] {
  const found: string[] = [];
  const walk = (schema: Record<string, unknown> | undefined, where: string, seen: Set<string>): void => {
    if (!schema) return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').at(-1)!;
      if (!seen.has(name)) walk(document.components.schemas[name] as Record<string, unknown>, where, new Set([...seen, name]));
      return;
    }
    const types = ([] as unknown[]).concat(schema.type ?? []);
    if (types.includes('string') && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined)
      found.push(where);
    if (types.includes('array') && schema.maxItems === undefined) found.push(`${where}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      for (const part of (schema[key] as Array<Record<string, unknown>> | undefined) ?? []) walk(part, where, seen);
    walk(schema.items as Record<string, unknown> | undefined, `${where}[]`, seen);
    for (const [name, property] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {}))
      walk(property, `${where}.${name}`, seen);
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties as Record<string, unknown>, `${where}{}`, seen);
    if (typeof schema.propertyNames === 'object') walk(schema.propertyNames as Record<string, unknown>, `${where}{name}`, seen);
  };
  for (const [path, operations] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(operations)) {
      for (const parameter of operation.parameters ?? [])
        walk(parameter.schema as Record<string, unknown>, `${method} ${path} ${parameter.in} ${parameter.name}`, new Set());
      walk(
        operation.requestBody?.content['application/json']?.schema as Record<string, unknown> | undefined,
        `${method} ${path} body`,
        new Set(),
      );
    }
  return found;
}

const graphql = async (url: string, query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; path?: string[]; extensions: { code: string } }> },
  };
};

describe('hostile input', () => {
  it('refuses a 100,000-character emoji at once, on REST and GraphQL, and the gateway keeps answering', async () => {
    const gateway = await startGateway({}, { link: true });
    const sent = await post(gateway.url, '/api/messages/send-text', { phone: '966501234567', message: 'react to me' });
    const { id } = ((await sent.json()) as { data: { id: string } }).data;
    const huge = '😀'.repeat(50_000);
    const started = performance.now();
    const rest = await post(gateway.url, `/api/messages/${encodeURIComponent(id)}/reaction`, { emoji: huge });
    expect([rest.status, ((await rest.json()) as { error: string }).error]).toEqual([
      400,
      'emoji must be one emoji, or "" to remove the reaction',
    ]);
    const overGraphql = await graphql(
      gateway.url,
      'mutation($id: String!, $emoji: String) { reactToMessage(id: $id, emoji: $emoji) { id } }',
      {
        id,
        emoji: huge,
      },
    );
    expect(overGraphql.body.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    // Both answered well within what one grapheme count of the whole string used to take (seconds, and gigabytes).
    expect(performance.now() - started).toBeLessThan(2_000);
    // A number or a text past its bound is refused by that bound, which the document states too.
    const longPhone = await post(gateway.url, '/api/messages/send-text', { phone: '9'.repeat(100_000), message: 'hi' });
    expect([longPhone.status, ((await longPhone.json()) as { error: string }).error]).toEqual([
      400,
      'phone is too long: at most 255 characters',
    ]);
    const document = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        { post: { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } } }
      >;
    };
    const sendText = document.paths['/api/messages/send-text']!.post.requestBody.content['application/json'].schema.properties;
    const bound = (maxLength: number) =>
      expect.objectContaining({ anyOf: expect.arrayContaining([expect.objectContaining({ maxLength })]) });
    expect([sendText.phone, sendText.message]).toEqual([bound(255), bound(65_536)]);
    const family = await post(gateway.url, `/api/messages/${encodeURIComponent(id)}/reaction`, { emoji: '👨‍👩‍👧‍👦' });
    expect(family.status).toBe(200);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('states a bound on every string and list a client sends, and refuses a value past it: 400 naming it, 404 in a path', async () => {
    const gateway = await startGateway({}, { link: true });
    const document = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as OpenApiDocument;
    // A file's base64 is bounded by the body limit of its route (MEDIA_MAX_BYTES), which its description gives.
    expect(unboundedInputs(document).filter((where) => !where.endsWith('.mediaBase64'))).toEqual([]);

    const get = (path: string) => fetch(`${gateway.url}${path}`, { headers: { 'x-api-key': TEST_API_KEY } });
    const answer = async (response: Response) => [response.status, ((await response.json()) as { error: string }).error];
    expect(await answer(await get(`/api/messages/${'a'.repeat(256)}/status`))).toEqual([404, 'Not found']);
    expect(await answer(await get(`/api/sessions/${'a'.repeat(33)}/status/client`))).toEqual([404, 'Not found']);
    expect(await answer(await get(`/api/contacts/check?phone=${'9'.repeat(256)}`))).toEqual([
      400,
      'Query parameter phone is too long: at most 255 characters',
    ]);
    const recipients = ['966501234567', '9'.repeat(256)];
    expect(await answer(await post(gateway.url, '/api/campaigns/create', { name: 'x', message: 'hi', recipients }))).toEqual([
      400,
      'recipients[1]: chatId is too long: at most 255 characters',
    ]);
    const events = Array.from({ length: 101 }, () => 'message');
    expect(await answer(await post(gateway.url, '/api/webhooks', { url: 'https://example.com/hook', events }))).toEqual([
      400,
      'events may list at most 100 names',
    ]);
    const template = '{{a}}'.repeat(13_000);
    const filled = await post(gateway.url, '/api/campaigns/create', {
      name: 'x',
      message: template,
      recipients: [{ phone: '966501234567', vars: { a: 'x'.repeat(65_536) } }],
    });
    expect(await answer(filled)).toEqual([
      400,
      'recipients[0] (966501234567): the message with its placeholders filled in is too long: at most 65536 characters',
    ]);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('answers a NUL in a path with 404, and in a body, a query or a GraphQL argument with 400 naming the field; never 500', async () => {
    const gateway = await startGateway({}, { link: true });
    const get = (path: string) => fetch(`${gateway.url}${path}`, { headers: { 'x-api-key': TEST_API_KEY } });
    for (const path of ['/api/sessions/a%00b/status/client', '/api/messages/a%00b/status', '/api/campaigns/1%00']) {
      const answer = await get(path);
      expect([path, answer.status, ((await answer.json()) as { success: boolean }).success]).toEqual([path, 404, false]);
    }
    const campaign = await post(gateway.url, '/api/campaigns/create', { name: 'a\u0000b', message: 'hi', recipients: ['966501234567'] });
    expect([campaign.status, await campaign.json()]).toEqual([
      400,
      {
        success: false,
        error: 'input.name must not contain a NUL character (U+0000)',
        message: 'name: text of at most 255 characters. POST /api/campaigns/create and each of its fields are described at /api/docs',
      },
    ]);
    const bulk = await post(gateway.url, '/api/messages/send-bulk', { recipients: ['966501234567'], message: 'a\u0000b' });
    expect(bulk.status).toBe(400);
    const literal = await graphql(gateway.url, '{ clientStatus(session: "a\\u0000b") { state } }');
    expect([literal.status, literal.body.errors?.[0]?.extensions.code, literal.body.errors?.[0]?.message]).toEqual([
      400,
      'BAD_USER_INPUT',
      'session must not contain a NUL character (U+0000)',
    ]);
    const variable = await graphql(gateway.url, 'mutation($name: String!) { createApiKey(input: { name: $name }) { key } }', {
      name: 'x\u0000',
    });
    expect(variable.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(gateway.logs.text).not.toMatch(/"level":50/);
  });

  it('answers a body that is not JSON 415 and one that is not UTF-8 400, in the envelope of each door', async () => {
    const gateway = await startGateway({}, { link: true });
    const send = (path: string, contentType: string | undefined, body: string | Blob) =>
      fetch(`${gateway.url}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': TEST_API_KEY, ...(contentType && { 'content-type': contentType }) },
        body,
      });
    const json = JSON.stringify({ phone: '966501234567', message: 'hello' });
    const plain = await send('/api/messages/send-text', 'text/plain', json);
    expect([plain.status, await plain.json()]).toEqual([
      415,
      {
        success: false,
        error: 'Content-Type text/plain is not JSON',
        message: 'Send the body as JSON, with Content-Type: application/json',
      },
    ]);
    expect((await send('/api/messages/send-text', 'application/x-www-form-urlencoded', 'phone=966501234567')).status).toBe(415);
    // JSON with parameters, or with no Content-Type at all, is still read.
    expect((await send('/api/messages/send-text', 'application/json; charset=utf-8', json)).status).toBe(200);
    expect((await send('/api/messages/send-text', undefined, new Blob([json]))).status).toBe(200);
    // A Blob with no type of its own: fetch sends its bytes as they are, with the Content-Type given here alone.
    const invalid = new Blob(['{"phone":"966501234567","message":"', new Uint8Array([0xc3, 0x28]), '"}']);
    const notUtf8 = await send('/api/messages/send-text', 'application/json', invalid);
    expect([notUtf8.status, ((await notUtf8.json()) as { error: string }).error]).toEqual([400, 'Request body is not valid UTF-8']);

    const graphqlPlain = await send('/graphql', 'text/plain', JSON.stringify({ query: '{ health { status } }' }));
    expect([graphqlPlain.status, await graphqlPlain.json()]).toEqual([
      415,
      { errors: [{ message: 'POST /graphql takes application/json, not text/plain', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] },
    ]);
    const graphqlNotUtf8 = await send('/graphql', 'application/json', invalid);
    expect(graphqlNotUtf8.status).toBe(400);
    expect(gateway.logs.text).not.toMatch(/"level":50/);
  });

  it('answers a field on an unknown session as any other NOT_FOUND: a field error at its path, HTTP 200, the other fields answered', async () => {
    const gateway = await startGateway({}, { link: true });
    const shape = (answer: Awaited<ReturnType<typeof graphql>>) => ({
      status: answer.status,
      data: answer.body.data,
      errors: answer.body.errors?.map(({ path, extensions }) => ({ path, code: extensions.code })),
    });
    const session = await graphql(gateway.url, '{ clientStatus(session: "nope") { state } health { status } }');
    const campaign = await graphql(gateway.url, '{ campaign(id: "999999") { id } health { status } }');
    // Root fields are nullable: the failing one is null with its error, and the others still answer.
    expect(shape(session)).toEqual({
      status: 200,
      data: { clientStatus: null, health: { status: 'ok' } },
      errors: [{ path: ['clientStatus'], code: 'NOT_FOUND' }],
    });
    expect(shape(campaign)).toEqual({
      status: 200,
      data: { campaign: null, health: { status: 'ok' } },
      errors: [{ path: ['campaign'], code: 'NOT_FOUND' }],
    });
    expect(session.body.errors?.[0]?.message).toBe('Session "nope" not found');
    // REST answers it 404 in its envelope, as before.
    const rest = await fetch(`${gateway.url}/api/sessions/nope/status/client`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect([rest.status, ((await rest.json()) as { error: string }).error]).toEqual([404, 'Session "nope" not found']);
  });
});

describe('types as documented', () => {
  const answer = async (response: Response) => [response.status, ((await response.json()) as { error?: string }).error];

  it('reads a phone written as a JSON integer as its digits, as the document says, and refuses a number anywhere else text is documented', async () => {
    const gateway = await startGateway({}, { link: true });
    expect((await post(gateway.url, '/api/messages/send-text', { phone: 966501234567, message: 'Hi' })).status).toBe(200);
    expect((await gateway.outboxFile()).at(-1)).toMatchObject({ to: '966501234567', body: 'Hi' });

    expect(await answer(await post(gateway.url, '/api/messages/send-text', { phone: '966501234567', message: 42 }))).toEqual([
      400,
      'message must be text (a JSON string), not 42',
    ]);
    expect(await answer(await post(gateway.url, '/api/sessions', { name: 123 }))).toEqual([
      400,
      'name must be text (a JSON string), not 123',
    ]);
    expect((await gateway.rest.GET('/api/sessions')).data?.data.map((session) => session.name)).toEqual(['default']);

    const document = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        { post: { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } } }
      >;
    };
    const sendText = document.paths['/api/messages/send-text']!.post.requestBody.content['application/json'].schema.properties;
    expect(sendText.phone).toMatchObject({ anyOf: [expect.objectContaining({ type: ['string', 'integer'] }), { type: 'null' }] });
    expect(sendText.message).toEqual({ anyOf: [expect.objectContaining({ type: 'string' }), { type: 'null' }] });
  });

  it('refuses a single value where a list is documented, and a query parameter given twice or as a list', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await answer(await post(gateway.url, '/api/keys', { name: 'desk', sessions: 'default' }))).toEqual([
      400,
      'sessions must be a list (a JSON array), not a single value',
    ]);
    expect(await answer(await post(gateway.url, '/api/webhooks', { url: 'http://127.0.0.1:9/hook', sessions: '*' }))).toEqual([
      400,
      'sessions must be a list (a JSON array), not a single value',
    ]);
    expect((await gateway.rest.GET('/api/keys')).data?.data).toEqual([]);

    expect((await post(gateway.url, '/api/messages/send-text', { phone: '966501234567', message: 'Hi' })).status).toBe(200);
    const chat = `${gateway.url}/api/chats/966501234567%40c.us/messages`;
    const get = (query: string) => fetch(`${chat}?${query}`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect((await get('limit=1')).status).toBe(200);
    for (const query of ['limit=1&limit=2', 'limit[]=1', 'limit[a]=1&limit=2', 'limit[]=1&limit[]=2'])
      expect(await answer(await get(query)), query).toEqual([400, 'Query parameter limit must be given once']);
  });

  it('ignores a body sent to a route that takes none, whatever it holds', async () => {
    const gateway = await startGateway();
    const link = await fetch(`${gateway.url}/api/sandbox/link`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'text/plain' },
      body: 'not json {',
    });
    expect([link.status, ((await link.json()) as { message: string }).message]).toEqual([200, 'Sandbox linked']);
  });
});
