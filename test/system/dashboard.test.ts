import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_DIR } from '../../src/dashboard/serve-dashboard.js';
import { enterApiKey, launchChromium, openDashboard } from '../utils/browser.js';
import { startGateway, TEST_API_KEY, type TestGateway } from '../utils/gateway.js';
import { sample, scrape } from '../utils/metrics.js';
import { eventually } from '../utils/waiting.js';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DASHBOARD_DIR, 'index.html')))
    throw new Error('The dashboard is not built: run `npm run build:dashboard` (npm test does)');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function callRestStatus(gateway: TestGateway, path: string) {
  return (await fetch(`${gateway.url}${path}`, { headers: { 'x-api-key': TEST_API_KEY } })).status;
}

async function postJson(gateway: TestGateway, path: string, body: unknown = {}) {
  const response = await fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
    body: JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return response.json();
}

/** The dashboard, past its key form, on a gateway; `linked` links the sandbox first. */
async function signedIn(options: { linked?: boolean; env?: Record<string, string>; viewport?: { width: number; height: number } } = {}) {
  const gateway = await startGateway(options.env, { link: options.linked ?? false });
  const dashboard = await openDashboard(browser, gateway.url, options.viewport);
  await enterApiKey(dashboard.page);
  await dashboard.page.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor();
  // "Live" is the connection; the panels' two subscriptions (events, campaign progress) start a moment
  // later, and what is published before the gateway hears them is not theirs to show.
  await eventually(async () => expect(sample(await scrape(gateway), 'waqtor_event_subscriptions', { session: 'default' })).toBe(2));
  return { gateway, ...dashboard };
}

describe('dashboard', () => {
  it('asks for the key once, says clearly when it is wrong, and never ships it in the page', async () => {
    const gateway = await startGateway();
    const { page, problems, screenshot } = await openDashboard(browser, gateway.url);

    await enterApiKey(page, 'not-the-key');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That API key is not right');
    await screenshot('key-wrong');

    await page.getByLabel('API key').fill(TEST_API_KEY);
    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await page.getByRole('heading', { name: 'Link WhatsApp' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('waqtor.apiKey'))).toBe(TEST_API_KEY);

    // A reload keeps the key for this tab: straight to the dashboard, no form.
    await page.reload();
    await page.getByRole('heading', { name: 'Link WhatsApp' }).waitFor();
    expect(await page.getByLabel('API key').count()).toBe(0);

    const index = await (await fetch(gateway.url)).text();
    const bundles = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(bundles.length).toBeGreaterThan(0);
    for (const file of bundles) expect(await readFile(join(DASHBOARD_DIR, file), 'utf8')).not.toContain(TEST_API_KEY);
    expect(problems).toEqual([]);
  });

  it('sends a page whose stored key the gateway refuses back to the key form, saying why', async () => {
    const gateway = await startGateway();
    const { page, problems } = await openDashboard(browser, gateway.url);
    await page.evaluate(() => sessionStorage.setItem('waqtor.apiKey', 'a-key-from-before-it-changed'));
    await page.reload();

    await page.getByText('The gateway refused the key (it may have changed).').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('waqtor.apiKey'))).toBeNull();
    await enterApiKey(page);
    await page.getByRole('heading', { name: 'Link WhatsApp' }).waitFor();
    // The refused requests of the stale key are the browser's own 401 lines; nothing else went wrong.
    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });

  it('shows the current QR code as an image at once, and the next one as it arrives', async () => {
    const { page, problems, screenshot } = await signedIn({ env: { SANDBOX_QR_REFRESH_MS: '1000' } });

    const qr = page.getByRole('img', { name: 'QR code to link WhatsApp' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const first = await qr.getAttribute('data-code');
    expect(first).toMatch(/^2@.+,sandbox$/);
    await expect(page.getByText('Link a device').count()).resolves.toBe(1);
    await expect(page.getByTestId('connection-state').textContent()).resolves.toBe('PAIRING');
    await expect(page.getByText('WhatsApp client is not ready. Please scan QR code.').count()).resolves.toBe(1);
    // Live state arrives over the open socket: while the code refreshes, the page makes no request.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await eventually(async () => expect(await qr.getAttribute('data-code')).not.toBe(first), 5_000);
    const second = await qr.getAttribute('data-code');
    await eventually(async () => expect(await qr.getAttribute('data-code')).not.toBe(second), 5_000);
    expect(requests).toEqual([]);
    await screenshot('qr');
    expect(problems).toEqual([]);
  });

  it('links a sandbox session with its Link (sandbox) button, and the header follows at once', async () => {
    const { gateway, page, problems } = await signedIn();
    const shown = page.locator('#session-picker option:checked');
    await eventually(async () => expect(await shown.textContent()).toBe('default (pairing)'));
    await page.getByRole('button', { name: 'Link (sandbox)' }).click();
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    expect((await gateway.rest.GET('/api/status/client')).response.status).toBe(200);
    // No reload: the session picker says what the panels say.
    await eventually(async () => expect(await shown.textContent()).toBe('default (linked)'));
    expect(problems).toEqual([]);
  });

  it('shows the admin every session with its state, account, node and WhatsApp Web, and starts, stops and deletes them', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    await postJson(gateway, '/api/sessions', { name: 'sales' });
    await page.reload();
    const row = (name: string) => page.locator(`[data-testid="sessions-table"] tr[data-session="${name}"]`);
    await row('sales').waitFor();
    await expect(row('default').textContent()).resolves.toContain('+15550100001');
    await expect(row('default').locator('[data-testid="session-state"]').textContent()).resolves.toBe('connected');
    await expect(row('sales').locator('[data-testid="session-state"]').textContent()).resolves.toBe('pairing');
    expect(await row('sales').locator('td').nth(2).textContent()).toMatch(/ pid \d+ /);
    await expect(row('default').locator('[data-testid="session-web-version"]').textContent()).resolves.toMatch(
      /^2\.3000\.1017054665 \((live|remembered)\)$/,
    );
    await screenshot('sessions');

    await row('sales').getByRole('button', { name: 'Stop' }).click();
    await row('sales').locator('[data-testid="session-state"]').getByText('stopped').waitFor();
    expect((await gateway.rest.GET('/api/sessions/{session}', { params: { path: { session: 'sales' } } })).data?.data).toMatchObject({
      status: 'stopped',
    });
    await row('sales').getByRole('button', { name: 'Start' }).click();
    await row('sales').locator('[data-testid="session-state"]').getByText('pairing').waitFor();
    await row('sales').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await eventually(async () => expect(await row('sales').count()).toBe(0));
    expect(await callRestStatus(gateway, '/api/sessions/sales')).toBe(404);
    expect(await row('default').getByRole('button', { name: 'Delete' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('lists the event sinks for the admin, their broker password masked, and enables and disables one', async () => {
    const { gateway, page, problems } = await signedIn();
    await postJson(gateway, '/api/event-sinks', {
      type: 'amqp',
      url: 'amqp://guest:s3cret@127.0.0.1:1',
      target: 'whatsapp',
      enabled: false,
    });
    await page.reload();
    const row = page.locator('[data-testid="event-sinks-table"] tr[data-sink="1"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('amqp://guest:***@127.0.0.1:1');
    expect(await row.textContent()).not.toContain('s3cret');
    await expect(row.locator('[data-testid="sink-state"]').textContent()).resolves.toBe('disabled');
    await row.getByRole('button', { name: 'Enable' }).click();
    await row.getByRole('button', { name: 'Disable' }).waitFor();
    expect((await gateway.rest.GET('/api/event-sinks/{id}', { params: { path: { id: '1' } } })).data?.data?.enabled).toBe(true);
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.locator('[data-testid="sink-state"]').getByText('disabled').waitFor();
    expect((await gateway.rest.GET('/api/event-sinks/{id}', { params: { path: { id: '1' } } })).data?.data?.enabled).toBe(false);
    expect(problems).toEqual([]);
  });

  it('switches to the account view when the phone links, and back to a QR code after Log out', async () => {
    const { gateway, page, problems, screenshot } = await signedIn();
    await page.getByRole('img', { name: 'QR code to link WhatsApp' }).waitFor();

    await postJson(gateway, '/api/sandbox/link');
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    const sessionInfo = (await gateway.rest.GET('/api/status/info')).data?.data;
    await expect(page.getByTestId('account-phone').textContent()).resolves.toBe(`+${sessionInfo?.phone}`);
    await expect(page.getByTestId('account-name').textContent()).resolves.toBe(sessionInfo?.pushname);
    await expect(page.getByTestId('connection-state').textContent()).resolves.toBe('CONNECTED');
    expect(await page.getByRole('img', { name: 'QR code to link WhatsApp' }).count()).toBe(0);
    await screenshot('linked');

    await page.getByRole('button', { name: 'Log out' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log out of WhatsApp?' });
    await dialog.waitFor();
    await screenshot('logout-confirm');
    await dialog.getByRole('button', { name: 'Stay linked' }).click();
    expect((await gateway.rest.GET('/api/status/client')).response.status).toBe(200);

    await page.getByRole('button', { name: 'Log out' }).click();
    await dialog.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('img', { name: 'QR code to link WhatsApp' }).waitFor();
    expect((await gateway.rest.GET('/api/status/client')).response.status).toBe(503);
    expect(problems).toEqual([]);
  });

  it('shows a dialog WhatsApp Web waits on, with its buttons, and goes back to the account once one is pressed', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    await postJson(gateway, '/api/sandbox/dialog', {
      text: 'Keep this computer linked to your account?',
      buttons: ['Log out', 'Keep linked'],
    });
    const panel = page.getByTestId('whatsapp-dialog');
    await panel.getByText('Keep this computer linked to your account?').waitFor();
    await expect(page.getByTestId('connection-state').textContent()).resolves.toBe('ACTION_REQUIRED');
    await screenshot('dialog');

    await panel.getByRole('button', { name: 'Keep linked' }).click();
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    await expect(page.getByTestId('connection-state').textContent()).resolves.toBe('CONNECTED');
    expect((await gateway.rest.GET('/api/status/client')).response.status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('creates a session from the picker, links it with a pairing code, and shows each session its own state and feed', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    const picker = page.getByLabel('Session', { exact: true });
    await expect(picker.inputValue()).resolves.toBe('default');

    await page.getByLabel('New session name').fill('sales');
    await page.getByRole('button', { name: 'Create session' }).click();
    await eventually(async () => expect(await picker.inputValue()).toBe('sales'));
    await page.getByRole('heading', { name: 'Link WhatsApp' }).waitFor();
    await page.getByRole('img', { name: 'QR code to link WhatsApp' }).waitFor();

    await page.getByLabel("Or link with a code: the phone's number").fill('966501234567');
    await page.getByRole('button', { name: 'Get a code' }).click();
    await expect(page.getByTestId('pairing-code').textContent()).resolves.toMatch(/Type [A-Z0-9]{8} on the phone/);
    await screenshot('pairing-code');

    await postJson(gateway, '/api/sessions/sales/sandbox/link');
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    const sales = (await (
      await fetch(`${gateway.url}/api/sessions/sales/status/info`, { headers: { 'x-api-key': TEST_API_KEY } })
    ).json()) as {
      data: { phone: string };
    };
    await page
      .getByTestId('account-phone')
      .filter({ hasText: `+${sales.data.phone}` })
      .waitFor();
    await postJson(gateway, '/api/sessions/sales/sandbox/inbound', { from: '966507654321', body: 'For sales only' });
    await page.getByTestId('feed').getByText('For sales only').waitFor();

    // Back on default: its own account, and nothing of sales' feed.
    await picker.selectOption('default');
    await page.getByTestId('account-phone').filter({ hasText: '+15550100001' }).waitFor();
    expect(await page.getByText('For sales only').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens on the session of a key limited to it, and offers no other', async () => {
    const gateway = await startGateway();
    await postJson(gateway, '/api/sessions', { name: 'sales' });
    const { key } = (await postJson(gateway, '/api/keys', { name: 'sales desk', sessions: ['sales'] })).data as { key: string };
    const { page, problems } = await openDashboard(browser, gateway.url);
    await enterApiKey(page, key);
    const picker = page.getByLabel('Session', { exact: true });
    await eventually(async () => expect(await picker.inputValue()).toBe('sales'));
    expect(await picker.locator('option').allTextContents()).toEqual(['sales']);
    expect(await page.getByLabel('New session name').count()).toBe(0);
    await postJson(gateway, '/api/sessions/sales/sandbox/link');
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();
    // The page asks nothing of a session before it knows the key's: nothing was refused.
    expect(problems).toEqual([]);
  });

  it('shows an inbound message and the acks of a sent one in the live feed', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });

    await postJson(gateway, '/api/sandbox/inbound', { from: '966507654321', body: 'Is my order on its way?' });
    const feed = page.getByTestId('feed');
    await feed.getByText('Is my order on its way?').waitFor();
    await expect(feed.locator('li').first().textContent()).resolves.toContain('+966507654321');

    await gateway.rest.POST('/api/messages/send-text', { body: { phone: '966501112233', message: 'It ships today.' } });
    await feed.getByText('delivered').waitFor();
    await expect(feed.textContent()).resolves.toContain('Message to +966501112233');
    await screenshot('live-feed');
    expect(problems).toEqual([]);
  });

  it('runs the number from the inbox: opens a chat (read on open), receives live, replies, and the ticks move', async () => {
    // Acks come only when the test sends them, so each tick can be seen.
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true, env: { SANDBOX_ACK_DELAY_MS: '600000' } });
    await postJson(gateway, '/api/sandbox/inbound', { from: '966501234567', body: 'Is my order ready?' });
    const inbox = page.getByTestId('inbox');
    const chat = inbox.getByTestId('chat-list').getByRole('button', { name: /\+966501234567/ });
    await chat.getByTestId('unread').filter({ hasText: '1' }).waitFor();
    await chat.click();
    const thread = inbox.getByTestId('thread');
    await thread.getByText('Is my order ready?').waitFor();
    await eventually(async () => expect((await gateway.rest.GET('/api/chats')).data?.data?.[0]?.unreadCount).toBe(0));

    await postJson(gateway, '/api/sandbox/inbound', { from: '966501234567', body: 'Hello? Anyone there?' });
    await thread.getByText('Hello? Anyone there?').waitFor();
    await thread.getByTestId('bubble').filter({ hasText: 'Is my order ready?' }).getByRole('button', { name: 'Reply' }).click();
    await thread.getByTestId('replying-to').filter({ hasText: 'Is my order ready?' }).waitFor();
    await thread.getByLabel('Message').fill('Yes, ready for pickup');
    await thread.getByRole('button', { name: 'Send' }).click();
    const reply = thread.getByTestId('bubble').filter({ hasText: 'Yes, ready for pickup' });
    await reply.locator('blockquote').filter({ hasText: 'Is my order ready?' }).waitFor();
    await reply.locator('[data-testid="ticks"][aria-label="sent"]').waitFor();
    const id = (await reply.getAttribute('data-id'))!;
    await postJson(gateway, '/api/sandbox/ack', { id, ack: 2 });
    await reply.locator('[data-testid="ticks"][aria-label="delivered"]').waitFor();
    await postJson(gateway, '/api/sandbox/ack', { id, ack: 3 });
    await reply.locator('[data-testid="ticks"][aria-label="read"]').waitFor();
    const outbox = (await gateway.rest.GET('/api/sandbox/outbox')).data?.data ?? [];
    expect(outbox.map(({ body, replyTo }) => ({ body, replyTo }))).toEqual([
      { body: 'Yes, ready for pickup', replyTo: expect.any(String) },
    ]);

    await thread.getByTestId('bubble').filter({ hasText: 'Hello? Anyone there?' }).getByRole('button', { name: 'React 👍' }).click();
    await thread
      .getByTestId('bubble')
      .filter({ hasText: 'Hello? Anyone there?' })
      .locator('.inbox__reaction')
      .filter({ hasText: '👍' })
      .waitFor();
    await screenshot('inbox');

    // On a phone, the open chat takes the whole card; Back returns to the chats.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(inbox.getByTestId('chat-list').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot('inbox-phone');
    await thread.getByRole('button', { name: 'Back to the chats' }).click();
    await inbox.getByTestId('chat-list').waitFor();
    expect(problems).toEqual([]);
  });

  it('says in words what people do: reactions, edits, deletions, poll votes and group changes', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    const feed = page.getByTestId('feed');
    const inbound = (await postJson(gateway, '/api/sandbox/inbound', { from: '966507654321', body: 'At 5?' })).data;
    await postJson(gateway, '/api/sandbox/inbound/reaction', { messageId: inbound.id, emoji: '👍' });
    await feed.getByText('+966507654321 reacted 👍 to a message').waitFor();
    await postJson(gateway, '/api/sandbox/inbound/edit', { messageId: inbound.id, body: 'At 6?' });
    await feed.getByText('+966507654321 edited a message: At 6?').waitFor();
    await postJson(gateway, '/api/sandbox/inbound/revoke', { messageId: inbound.id });
    await feed.getByText('+966507654321 deleted a message for everyone').waitFor();

    const poll = (
      await postJson(gateway, '/api/messages/send-poll', { phone: '966507654321', question: 'Lunch?', options: ['Pizza', 'Sushi'] })
    ).data;
    await postJson(gateway, '/api/sandbox/inbound/vote', { pollId: poll.id, options: ['Sushi'] });
    await feed.getByText('+966507654321 voted “Sushi”').waitFor();

    const group = (await postJson(gateway, '/api/groups', { name: 'Team', participants: ['966507654321'] })).data.id;
    await postJson(gateway, '/api/sandbox/inbound/group', { groupId: group, change: 'join', participants: ['966502223333'] });
    await feed.getByText(`${group}: +966502223333 joined by the invite link`).waitFor();
    await postJson(gateway, '/api/sandbox/inbound/group', { groupId: group, change: 'update', subject: 'Launch', author: '966507654321' });
    await feed.getByText(`${group}: +966507654321 renamed the group to “Launch”`).waitFor();

    // A received image shows as a thumbnail of its own bytes.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    await postJson(gateway, '/api/sandbox/inbound', {
      from: '966507654321',
      mimeType: 'image/png',
      caption: 'The venue',
      mediaBase64: png,
    });
    const thumbnail = feed.getByTestId('feed-thumbnail');
    await thumbnail.waitFor();
    expect(await thumbnail.getAttribute('src')).toBe(`data:image/png;base64,${png}`);
    expect(await thumbnail.getAttribute('alt')).toBe('The venue');
    await screenshot('live-feed-activity');
    expect(problems).toEqual([]);
  });

  it('shows the server’s validation error beside the field, and sends once it is right', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    const form = page.getByTestId('send-form');

    await form.getByLabel('Phone number').fill('12');
    await form.getByLabel('Message').fill('Hello');
    await form.getByRole('button', { name: 'Send' }).click();
    const phoneError = page.locator('#send-phone-error');
    await phoneError.waitFor();
    await expect(phoneError.textContent()).resolves.toContain('"12" is not a valid international number');
    await expect(form.getByLabel('Phone number').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('#send-message-error').count()).toBe(0);
    await screenshot('send-invalid');
    expect(await gateway.outboxFile()).toEqual([]);

    await form.getByLabel('Phone number').fill('966501234567');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByRole('status').filter({ hasText: 'Sent to' }).waitFor();
    expect(await page.locator('#send-phone-error').count()).toBe(0);
    expect((await gateway.outboxFile()).map((entry) => [entry.chatId, entry.body])).toEqual([['966501234567@c.us', 'Hello']]);
    expect(problems).toEqual([]);
  });

  it('creates a campaign from a CSV file and runs it to 100% on its progress bar', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    const form = page.getByTestId('campaign-form');

    await form.getByLabel('Name').fill('November offer');
    await form.getByLabel('Message').fill('Hi {{name}}, 20% off this week.');
    await form.getByLabel('…or load a CSV file').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('phone,name\n966501111111,Ann\n966502222222,"Bilal, Jr."\n966503333333,Chen\n'),
    });
    await form.getByLabel('Recipients (3)').waitFor();
    await form.getByRole('button', { name: 'Create campaign' }).click();

    const row = page.getByTestId('campaign').filter({ hasText: 'November offer' });
    await row.waitFor();
    await expect(row.getByTestId('campaign-status').textContent()).resolves.toBe('pending');
    await row.getByRole('button', { name: 'Run now' }).click();
    const bar = row.getByRole('progressbar');
    await eventually(async () => expect(await bar.getAttribute('aria-valuenow')).toBe('100'), 10_000);
    await eventually(async () => expect(await row.getByTestId('campaign-status').textContent()).toBe('completed'));
    await eventually(async () => expect(await row.locator('[data-count="delivered"] .counts__value').textContent()).toBe('3'));
    await expect(row.locator('[data-count="sent"] .counts__value').textContent()).resolves.toBe('3');
    await screenshot('campaign-complete');

    const sent = (await gateway.outboxFile()).map((entry) => [entry.chatId, entry.body]);
    expect(sent.sort()).toEqual([
      ['966501111111@c.us', 'Hi Ann, 20% off this week.'],
      ['966502222222@c.us', 'Hi Bilal, Jr., 20% off this week.'],
      ['966503333333@c.us', 'Hi Chen, 20% off this week.'],
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses a campaign with a bad recipient beside the recipients field, and cancels and deletes a scheduled one', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    const form = page.getByTestId('campaign-form');

    await form.getByLabel('Name').fill('Reminder');
    await form.getByLabel('Message').fill('Your appointment is tomorrow.');
    await form.getByLabel(/^Recipients/).fill('966501111111\n0501234567\n');
    await form.getByRole('button', { name: 'Create campaign' }).click();
    const recipientsError = page.locator('#campaign-recipients-error');
    await recipientsError.waitFor();
    await expect(recipientsError.textContent()).resolves.toContain('recipients[1] (0501234567)');

    await form.getByLabel(/^Recipients/).fill('966501111111\n966502222222\n');
    await form.getByLabel('Schedule (optional, your local time)').fill('2099-01-01T09:00');
    await form.getByRole('button', { name: 'Create campaign' }).click();
    const row = page.getByTestId('campaign').filter({ hasText: 'Reminder' });
    await row.getByText('Scheduled for').waitFor();
    const id = await row.getAttribute('data-campaign-id');
    const stored = (await gateway.rest.GET('/api/campaigns/{id}', { params: { path: { id: id! } } })).data?.data;
    expect(new Date(stored!.scheduled_at!).getUTCFullYear()).toBe(2099);

    await row.getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => expect(await row.getByTestId('campaign-status').textContent()).toBe('cancelled'));
    await screenshot('campaign-cancelled');

    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await eventually(async () => expect(await page.getByTestId('campaign').count()).toBe(0));
    expect((await gateway.rest.GET('/api/campaigns/{id}', { params: { path: { id: id! } } })).response.status).toBe(404);
    expect(await gateway.outboxFile()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('rides out a gateway restart: says it is reconnecting, then shows the new state by itself', async () => {
    const { gateway, page, problems, screenshot } = await signedIn({ linked: true });
    await page.getByRole('heading', { name: 'Linked account' }).waitFor();

    await gateway.stop();
    await page.getByTestId('live-status').filter({ hasText: 'Reconnecting…' }).waitFor();
    await screenshot('reconnecting');
    // The same address, a gateway that is not linked: the page must catch up, not keep the old account.
    await startGateway({ PORT: String(gateway.port) });
    await page.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor({ timeout: 20_000 });
    await page.getByRole('img', { name: 'QR code to link WhatsApp' }).waitFor();
    await expect(page.getByTestId('connection-state').textContent()).resolves.toBe('PAIRING');
    // While the gateway was down the browser logged its failed reconnects, and any request a panel made
    // then was refused; nothing else went wrong.
    const whileDown = ['WebSocket connection to', 'Failed to load resource: net::ERR_CONNECTION_REFUSED'];
    expect(problems.filter((problem) => !whileDown.some((expected) => problem.includes(expected)))).toEqual([]);
  }, 40_000);

  it('lists a campaign created through the API once it makes progress', async () => {
    const { gateway, page, problems } = await signedIn({ linked: true });
    const created = await gateway.rest.POST('/api/campaigns/create', {
      body: { name: 'From the API', message: 'Hello', recipients: ['966501111111', '966502222222'] },
    });
    const id = created.data?.data?.id;
    expect(id).toBeDefined();
    await gateway.rest.POST('/api/campaigns/{id}/execute', { params: { path: { id: String(id) } } });

    const row = page.getByTestId('campaign').filter({ hasText: 'From the API' });
    await eventually(async () => expect(await row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100'), 10_000);
    await expect(row.locator('[data-count="sent"] .counts__value').textContent()).resolves.toBe('2');
    expect(problems).toEqual([]);
  });

  it('fits a phone-sized window and works from the keyboard', async () => {
    const { page, problems, screenshot } = await signedIn({ linked: true, viewport: { width: 375, height: 800 } });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);

    // Tab moves through the send form's fields to its button, and Enter presses it.
    await page.getByLabel('Phone number').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hi');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#send-phone-error').waitFor();
    await screenshot('narrow');
    expect(problems).toEqual([]);
  });
});
