import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, tempDir, type Client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let qm: Client;
let documentId: string;
const tmp = tempDir();
const shots = process.env.QMS_SCREENSHOTS ?? tmp.dir;
const QM = { username: 'zhanghua', password: 'Zhanghua@2026' };
const AUTHOR = { username: 'lina', password: 'Lina@2026' };

beforeAll(async () => {
  host = await startTestHost();
  const setup = await client(host.backend).call('auth.setup', { username: QM.username, displayName: '张华', password: QM.password, organisation: '安和城市服务有限公司' });
  qm = client(host.backend, setup.token);
  const lina = await qm.call('users.create', { username: AUTHOR.username, displayName: '李娜', role: 'author', password: AUTHOR.password });
  const people = (await qm.call('people.list', { pageSize: 100 })).items;
  const head = people.find((p) => p.userId === setup.user.id)!;
  const linaPerson = people.find((p) => p.userId === lina.id)!;
  const unit = await qm.call('departments.create', { name: '客户服务部', code: 'CS', headPersonId: head.id });
  const post = await qm.call('positions.create', { departmentId: unit.id, title: '客服专员' });
  await qm.call('people.assign', { id: linaPerson.id, version: linaPerson.version, positionId: post.id, primary: true });
  const sun = await qm.call('people.create', { name: '孙丽', employeeNo: 'E0101' });
  await qm.call('people.assign', { id: sun.id, version: sun.version, positionId: post.id, primary: true });
  documentId = (await qm.call('documents.create', { title: '客户投诉处理管理办法', type: 'regulation', ownerId: lina.id })).id;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  tmp.cleanup();
});

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });
async function signedIn({ username, password }: { username: string; password: string }) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(host.host.url);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-documents').waitFor();
}

describe('a regulation reaches the people it concerns (阅知确认) in Chromium', () => {
  it('the quality manager names the unit the regulation applies to on the document page', async () => {
    await signedIn(QM);
    await page.goto(`${new URL(host.host.url).origin}/#/documents/${documentId}`);
    await poll(() => page.getByTestId('doc-scope').textContent()).toContain('未指定适用范围');
    await page.getByTestId('doc-scope-edit').click();
    await page.getByTestId('doc-scope-units').click();
    await page.locator('.ant-select-item-option', { hasText: '客户服务部' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('doc-scope-save').click();
    await poll(() => page.getByTestId('doc-scope-people').textContent()).toContain('当前覆盖 2 人');
    await page.screenshot({ path: join(shots, 'reading-scope.png') });
    await page.context().close();

    // The regulation is written, submitted and approved (through the API: the route is not what this tests).
    const anon = client(host.backend);
    const lina = client(host.backend, (await anon.call('auth.signIn', AUTHOR)).token);
    const draft = await lina.call('revisions.startDraft', { documentId });
    const sub = await lina.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: AUTHOR.password });
    expect((await qm.call('revisions.sign', { id: sub.id, version: sub.version, password: QM.password })).status).toBe('effective');
  });

  it('the author confirms it from the inbox', async () => {
    await signedIn(AUTHOR);
    const task = page.getByTestId('task-read');
    await poll(() => task.textContent()).toContain('阅知确认：QM-R-001 客户投诉处理管理办法');
    await page.screenshot({ path: join(shots, 'reading-inbox.png') });
    await task.locator('a').click();
    await poll(() => page.getByTestId('reading-mine').textContent()).toContain('该制度适用于您');
    await page.getByTestId('reading-confirm').click();
    await poll(() => page.getByTestId('reading-mine').textContent()).toContain('您已于');
    await page.screenshot({ path: join(shots, 'reading-confirmed.png') });
    await page.goto(host.host.url);
    await poll(() => page.getByTestId('awaiting-me').textContent()).not.toContain('阅知确认');
    await page.context().close();
  });

  it('the quality manager sees who has confirmed, records 孙丽’s paper sign-off, and the home card follows', async () => {
    await signedIn(QM);
    await poll(() => page.getByTestId('reading-overview').textContent()).toContain('1/2 已确认');
    await page.getByTestId('reading-overview-item').locator('a').click();
    const rows = page.getByTestId('reading-rows');
    await poll(() => rows.locator('tr', { hasText: '李娜' }).textContent()).toContain('本人确认');
    expect(await rows.locator('tr', { hasText: '孙丽' }).textContent()).toContain('未确认');
    await rows.locator('tr', { hasText: '孙丽' }).locator('input[type=checkbox]').check();
    await page.getByTestId('reading-record-paper').click();
    await page.getByTestId('paper-save').click();
    await poll(() => rows.locator('tr', { hasText: '孙丽' }).textContent()).toContain('由 张华 登记');
    await poll(() => page.getByTestId('reading-counts').textContent()).toMatch(/已确认2/);
    await page.screenshot({ path: join(shots, 'reading-status.png'), fullPage: true });
    await page.context().close();
  });
});
