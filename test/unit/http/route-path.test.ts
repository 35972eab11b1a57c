import { describe, expect, it } from 'vitest';
import { matchPath, paramNames } from '../../../src/http/route-path.js';

describe('route paths', () => {
  it('match a whole path and name its parameters', () => {
    const match = matchPath('/api/campaigns/:id/execute');
    expect(match('/api/campaigns/12/execute')).toEqual({ id: '12' });
    expect(match('/api/campaigns/12')).toBeUndefined();
    expect(match('/api/campaigns/12/execute/again')).toBeUndefined();
    expect(match('/api/campaigns//execute')).toBeUndefined();
    expect(matchPath('/health')('/health')).toEqual({});
    expect(paramNames('/api/webhooks/:id/deliveries/:delivery')).toEqual(['id', 'delivery']);
  });

  it('decode a parameter a client percent-encoded, and match none that is badly encoded', () => {
    const match = matchPath('/api/messages/:id/status');
    expect(match('/api/messages/true_966501234567%40c.us_3EB0_out/status')).toEqual({ id: 'true_966501234567@c.us_3EB0_out' });
    expect(match('/api/messages/true_966501234567@c.us_3EB0_out/status')).toEqual({ id: 'true_966501234567@c.us_3EB0_out' });
    expect(match('/api/messages/%E0%A4%A/status')).toBeUndefined();
  });
});
