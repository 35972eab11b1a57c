import { createClient } from 'graphql-ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';
import { startReceiver } from '../../utils/webhook-receiver.js';

const NEW_EVENTS = ['message_reaction', 'message_edit', 'message_revoke', 'poll_vote', 'group_join', 'group_leave', 'group_update'];

describe('reactions, edits, deletions, poll votes and group changes as events', () => {
  it('raises each from the sandbox as a raw frame, a GraphQL subscription result and a signed webhook', async () => {
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const receiver = await startReceiver();
    expect((await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: NEW_EVENTS })).status).toBe(200);
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const graphqlWs = createClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { apiKey: TEST_API_KEY },
    });
    onTestFinished(() => graphqlWs.dispose());
    const votes = graphqlWs.iterate<{ pollVote: { pollId: string; voter: string; selectedOptions: string[] } }>({
      query: 'subscription { pollVote { pollId voter selectedOptions } }',
    });
    const firstVote = votes.next();
    // The server takes a socket's messages in order: once a later query is answered, the subscription stands.
    const answered = await graphqlWs.iterate<{ health: { status: string } }>({ query: '{ health { status } }' }).next();
    expect(answered.value).toEqual({ data: { health: { status: 'ok' } } });

    const inbound = (await callRest(gateway.url, 'POST', '/api/sandbox/inbound', { from: '966501234567', body: 'See you at 5' })).body.data;
    const reaction = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/reaction', { messageId: inbound.id, emoji: '👍' });
    expect(reaction).toMatchObject({
      status: 200,
      body: {
        success: true,
        message: 'Reaction delivered',
        data: { messageId: inbound.id, chatId: '966501234567@c.us', from: '966501234567@c.us', emoji: '👍' },
      },
    });
    const edit = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/edit', { messageId: inbound.id, body: 'See you at 6' });
    expect(edit.body.data).toMatchObject({ id: inbound.id, body: 'See you at 6', previousBody: 'See you at 5' });
    const revoke = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/revoke', { messageId: inbound.id });
    expect(revoke.body.data).toMatchObject({ id: inbound.id, previousBody: 'See you at 6' });

    const poll = await callRest(gateway.url, 'POST', '/api/messages/send-poll', {
      phone: '966501234567',
      question: 'Lunch?',
      options: ['Pizza', 'Sushi'],
    });
    const vote = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/vote', { pollId: poll.body.data.id, options: ['Sushi'] });
    expect(vote.body.data).toMatchObject({ pollId: poll.body.data.id, voter: '966501234567@c.us', selectedOptions: ['Sushi'] });

    const group = (await callRest(gateway.url, 'POST', '/api/groups', { name: 'Team', participants: ['966501234567'] })).body.data.id;
    const joined = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/group', {
      groupId: group,
      change: 'join',
      participants: ['966502223333'],
    });
    expect(joined.body.data).toMatchObject({ event: 'group_join', chatId: group, participants: ['966502223333@c.us'], type: 'invite' });
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/group', {
      groupId: group,
      change: 'leave',
      participants: ['966501234567'],
      author: '15550100001',
    });
    await callRest(gateway.url, 'POST', '/api/sandbox/inbound/group', {
      groupId: group,
      change: 'update',
      subject: 'Team ✨',
      author: '966502223333',
    });
    expect((await callRest(gateway.url, 'GET', `/api/groups/${group}`)).body.data).toMatchObject({
      subject: 'Team ✨',
      participantCount: 2,
    });

    const framed = await eventually(() => {
      const frames = stream.frames.filter((frame) => NEW_EVENTS.includes(frame.event));
      expect(frames).toHaveLength(7);
      return frames;
    });
    expect(framed.map((frame) => [frame.event, frame.data])).toEqual([
      ['message_reaction', expect.objectContaining({ messageId: inbound.id, emoji: '👍', timestamp: expect.any(Number) })],
      ['message_edit', expect.objectContaining({ id: inbound.id, body: 'See you at 6', previousBody: 'See you at 5' })],
      ['message_revoke', expect.objectContaining({ id: inbound.id, from: '966501234567@c.us', previousBody: 'See you at 6' })],
      ['poll_vote', expect.objectContaining({ pollId: poll.body.data.id, selectedOptions: ['Sushi'] })],
      ['group_join', { chatId: group, participants: ['966502223333@c.us'], type: 'invite', timestamp: expect.any(Number) }],
      ['group_leave', expect.objectContaining({ author: '15550100001@c.us', participants: ['966501234567@c.us'], type: 'remove' })],
      ['group_update', expect.objectContaining({ author: '966502223333@c.us', type: 'subject', body: 'Team ✨', participants: [] })],
    ]);
    expect((await firstVote).value).toEqual({
      data: { pollVote: { pollId: poll.body.data.id, voter: '966501234567@c.us', selectedOptions: ['Sushi'] } },
    });

    const delivered = await eventually(() => {
      expect(receiver.received).toHaveLength(7);
      return receiver.received;
    });
    // Webhook bodies carry the frame's data.
    expect(delivered.map((hook) => [hook.body.event, hook.body.data])).toEqual(framed.map((frame) => [frame.event, frame.data]));
  });

  it('refuses what cannot happen: a message or poll it does not know, an answer a poll does not have', async () => {
    const gateway = await startGateway({}, { link: true });
    const poll = await callRest(gateway.url, 'POST', '/api/messages/send-poll', {
      phone: '966501234567',
      question: 'Lunch?',
      options: ['Pizza', 'Sushi'],
    });
    const sent = await callRest(gateway.url, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'Hi' });
    for (const [path, body, status, error] of [
      ['reaction', { messageId: 'false_966501234567@c.us_3EB0NOPE', emoji: '👍' }, 404, 'Message not found'],
      ['edit', { messageId: sent.body.data.id, body: 'x' }, 400, "That message is the account's own"],
      [
        'vote',
        { pollId: poll.body.data.id, options: ['Tacos'] },
        400,
        'options: "Tacos" is not an answer of the poll; it has "Pizza", "Sushi"',
      ],
      ['vote', { pollId: poll.body.data.id, options: ['Pizza', 'Sushi'] }, 400, 'options: the poll takes one answer only'],
      ['vote', { pollId: sent.body.data.id, options: ['Pizza'] }, 400, 'is not a poll'],
      ['group', { groupId: '120363000000000001@g.us', change: 'join', participants: ['966501234567'] }, 404, 'Group not found'],
      ['group', { groupId: '120363000000000001@g.us', change: 'join' }, 400, 'participants is required: the people who join'],
      ['group', { groupId: '120363000000000001@g.us', change: 'dance' }, 400, 'change must be one of join, leave, update'],
    ] as const) {
      const answer = await callRest(gateway.url, 'POST', `/api/sandbox/inbound/${path}`, body);
      expect([path, answer.status]).toEqual([path, status]);
      expect(answer.body.error).toContain(error);
    }
  });
});
