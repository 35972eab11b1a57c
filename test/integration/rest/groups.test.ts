import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { callRest, startGateway } from '../../utils/gateway.js';

describe('groups', () => {
  it('creates a group, lists and shows it, changes it and its members, shares and resets its link, and leaves it', async () => {
    const gateway = await startGateway({}, { link: true });
    const created = await callRest(gateway.url, 'POST', '/api/groups', {
      name: 'Launch',
      participants: ['+966 50 123 4567', '966501230000'],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ success: true, message: 'Group created', data: { subject: 'Launch' } });
    const id = created.body.data.id as string;
    expect(id).toMatch(/^\d+@g\.us$/);
    expect(created.body.data.participants).toEqual([
      { participant: '966501234567@c.us', action: 'add', ok: true, code: 200, message: 'Done', invited: false },
      { participant: '966501230000@c.us', action: 'add', ok: false, code: 404, message: 'Not on WhatsApp', invited: false },
    ]);

    const listed = await gateway.rest.GET('/api/groups');
    expect(listed.data?.data).toEqual([{ id, subject: 'Launch', participantCount: 2 }]);

    const updated = await callRest(gateway.url, 'PUT', `/api/groups/${id}`, { subject: 'Launch team', description: 'Ship it' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ message: 'Group updated', data: { id, subject: 'Launch team', description: 'Ship it' } });

    const members = await callRest(gateway.url, 'POST', `/api/groups/${id}/participants`, {
      add: ['966502220000', '966502223333'],
      promote: ['966501234567'],
      remove: ['966509999999'],
    });
    expect(members.status).toBe(200);
    expect(members.body.data.map((r: Record<string, unknown>) => `${r.action} ${r.participant} ${r.code}`)).toEqual([
      'add 966502220000@c.us 404',
      'add 966502223333@c.us 200',
      'remove 966509999999@c.us 404',
      'promote 966501234567@c.us 200',
    ]);
    const shown = await gateway.rest.GET('/api/groups/{id}', { params: { path: { id } } });
    expect(shown.data?.data).toMatchObject({
      subject: 'Launch team',
      owner: '15550100001@c.us',
      participantCount: 3,
      participants: expect.arrayContaining([
        { id: '15550100001@c.us', isAdmin: true, isSuperAdmin: true },
        { id: '966501234567@c.us', isAdmin: true, isSuperAdmin: false },
        { id: '966502223333@c.us', isAdmin: false, isSuperAdmin: false },
      ]),
    });

    const invite = await callRest(gateway.url, 'GET', `/api/groups/${id}/invite`);
    expect(invite.body.data.url).toBe(`https://chat.whatsapp.com/${invite.body.data.code}`);
    const reset = await callRest(gateway.url, 'DELETE', `/api/groups/${id}/invite`);
    expect(reset.body).toMatchObject({ success: true, message: 'Invite link reset' });
    expect(reset.body.data.code).not.toBe(invite.body.data.code);

    // The same through GraphQL, as a client of the core sees it.
    const viaGraphql = await gateway.request(parse(`query { group(id: "${id}") { subject participantCount } groups { id } }`));
    expect(viaGraphql.body).toEqual({ data: { group: { subject: 'Launch team', participantCount: 3 }, groups: [{ id }] } });

    expect(await callRest(gateway.url, 'POST', `/api/groups/${id}/leave`)).toEqual({
      status: 200,
      body: { success: true, message: 'Left the group', data: { groupId: id } },
    });
    expect((await callRest(gateway.url, 'GET', '/api/groups')).body.data).toEqual([]);
    expect((await callRest(gateway.url, 'GET', `/api/groups/${id}`)).status).toBe(404);
  });

  it('answers 404 for a group the account is not in, and 400 saying what is wrong with bad input', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await callRest(gateway.url, 'GET', '/api/groups/120363000000000001@g.us')).toEqual({
      status: 404,
      body: { success: false, error: 'Group not found', message: 'Check the id or the route' },
    });
    const { id } = (await callRest(gateway.url, 'POST', '/api/groups', { name: 'Team', participants: ['966501234567'] })).body.data;
    for (const [method, path, body, error] of [
      ['POST', '/api/groups', { participants: ['966501234567'] }, "name is required: the group's subject"],
      ['POST', '/api/groups', { name: 'x'.repeat(101) }, 'name is too long: at most 100 characters'],
      ['POST', '/api/groups', { name: 'Team', participants: ['0501234567'] }, 'participants[0]: Phone number "0501234567" looks like'],
      ['POST', '/api/groups', { name: 'Team', participants: [id] }, 'participants[0]: a group cannot be a member'],
      ['GET', '/api/groups/966501234567@c.us', undefined, '"966501234567@c.us" is not a group id: expected …@g.us'],
      ['PUT', `/api/groups/${id}`, {}, 'Nothing to change: give a subject, a description, or both'],
      ['PUT', `/api/groups/${id}`, { subject: '  ' }, "subject is required: the group's subject"],
      ['POST', `/api/groups/${id}/participants`, { add: [] }, 'Nothing to change: list people to add, remove, promote or demote'],
      ['POST', `/api/groups/${id}/participants`, { add: ['someone'] }, 'add[0]: Phone number "someone" may contain only digits'],
      ['POST', `/api/groups/${id}/participants`, { add: '966501234567' }, 'add must be a list (a JSON array), not a single value'],
    ] as const) {
      const answer = await callRest(gateway.url, method, path, body);
      expect([path, answer.status, answer.body.success]).toEqual([path, 400, false]);
      expect(answer.body.error).toContain(error);
    }
  });
});
