import { describe, expect, it } from 'vitest';
import { paramNames, RouteTable } from '../../../src/http/route-table.js';

function table() {
  const routes = new RouteTable<string>();
  routes.add('POST', '/api/campaigns/:id/execute', 'execute');
  routes.add('GET', '/api/campaigns/:campaignId', 'show');
  routes.add('POST', '/api/messages/send-text', 'send');
  routes.add('GET', '/api/messages/:id', 'message');
  routes.add('GET', '/api/messages/:id/status', 'status');
  routes.add('GET', '/health', 'health');
  return routes;
}

describe('the route table', () => {
  it('matches a whole path by its method and names its parameters', () => {
    const routes = table();
    expect(routes.find('POST', '/api/campaigns/12/execute')).toEqual({ value: 'execute', params: { id: '12' } });
    expect(routes.find('GET', '/api/campaigns/12')).toEqual({ value: 'show', params: { campaignId: '12' } });
    expect(routes.find('GET', '/api/campaigns/12/execute')).toBeUndefined();
    expect(routes.find('POST', '/api/campaigns/12/execute/again')).toBeUndefined();
    expect(routes.find('POST', '/api/campaigns//execute')).toBeUndefined();
    expect(routes.find('GET', '/api/campaigns/')).toBeUndefined();
    expect(routes.find('GET', '/health')).toEqual({ value: 'health', params: {} });
    expect(routes.find('GET', '/health/')).toBeUndefined();
    expect(routes.find('PATCH', '/health')).toBeUndefined();
    expect(paramNames('/api/webhooks/:id/deliveries/:delivery')).toEqual(['id', 'delivery']);
  });

  it('prefers a fixed segment to a parameter, and says what each method finds at a path', () => {
    const routes = table();
    expect(routes.find('POST', '/api/messages/send-text')?.value).toBe('send');
    expect(routes.find('GET', '/api/messages/send-text')).toEqual({ value: 'message', params: { id: 'send-text' } });
    expect(routes.findAnyMethod('/api/messages/send-text').map(({ method, value }) => [method, value])).toEqual([
      ['POST', 'send'],
      ['GET', 'message'],
    ]);
    expect(routes.findAnyMethod('/api/nothing')).toEqual([]);
  });

  it('decodes a parameter a client percent-encoded, and matches none that is badly encoded', () => {
    const routes = table();
    const id = 'true_966501234567@c.us_3EB0_out';
    expect(routes.find('GET', '/api/messages/true_966501234567%40c.us_3EB0_out/status')?.params).toEqual({ id });
    expect(routes.find('GET', `/api/messages/${id}/status`)?.params).toEqual({ id });
    expect(routes.find('GET', '/api/messages/%E0%A4%A/status')).toBeUndefined();
  });
});
