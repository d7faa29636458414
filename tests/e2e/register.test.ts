import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const table = () => page.getByTestId('documents-table');

async function chooseOption(testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** Creates a document from the register; the app then shows the new document's page. */
async function createDocument(title: string, typeLabel: string) {
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('documents-new').click();
  await page.getByTestId('doc-title').fill(title);
  await chooseOption('doc-type', typeLabel);
  await page.getByTestId('doc-submit').click();
  await page.getByTestId('doc-submit').waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('document-details').textContent()).toContain(title);
}

async function signIn(username: string, password: string) {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-documents').waitFor();
}

describe('the policy register in Chromium against the web host', () => {
  it('runs first-time set-up and lands on the dashboard', async () => {
    await page.goto(host.host.url);
    await page.getByTestId('setup-organisation').fill('安和城市服务有限公司');
    await page.getByTestId('setup-username').fill('zhanghua');
    await page.getByTestId('setup-display-name').fill('张华');
    await page.getByTestId('setup-password').fill('Zhanghua@2026');
    await page.getByTestId('setup-password-confirm').fill('Zhanghua@2026');
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('nav-documents').textContent()).toBe('文件清单');
    expect(page.url()).not.toContain('token=');
  });

  it('creates policies and finds one by search', async () => {
    await page.getByTestId('nav-documents').click();
    await createDocument('服务质量管理制度', '管理制度');
    await createDocument('客户投诉处理程序', '程序文件');
    await page.getByTestId('nav-documents').click();
    await expect.poll(() => table().textContent()).toContain('QM-R-001');
    await page.getByTestId('documents-search').fill('投诉');
    await page.getByTestId('documents-search').press('Enter');
    await expect.poll(() => table().textContent()).not.toContain('服务质量管理制度');
    expect(await table().textContent()).toContain('客户投诉处理程序');
  });

  it('keeps the data and the sign-in across a reload', async () => {
    await page.reload();
    await page.getByTestId('nav-documents').click();
    await page.getByTestId('documents-search').fill('');
    await page.getByTestId('documents-search').press('Enter');
    await expect.poll(() => table().textContent()).toContain('服务质量管理制度');
    expect(await table().textContent()).toContain('客户投诉处理程序');
    const stored = host.backend.store.sqlite.prepare('SELECT title FROM documents ORDER BY number').pluck().all();
    expect(stored).toEqual(['客户投诉处理程序', '服务质量管理制度']);
  });

  it('switches the interface to English', async () => {
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('nav-documents').textContent()).toBe('Document register');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('lets an executive read but not edit, in the UI and at the backend', async () => {
    const manager = client(host.backend);
    manager.token = (await manager.call('auth.signIn', { username: 'zhanghua', password: 'Zhanghua@2026' })).token;
    await manager.call('users.create', { username: 'chenjing', displayName: '陈静', role: 'executive', password: 'Chenjing@2026' });

    await page.getByTestId('sign-out').click();
    await signIn('chenjing', 'Chenjing@2026');
    await page.getByTestId('nav-documents').click();
    await expect.poll(() => table().textContent()).toContain('服务质量管理制度');
    expect(await page.getByTestId('documents-new').count()).toBe(0);
    await table().getByText('服务质量管理制度').click();
    await page.getByTestId('document-details').waitFor();
    expect(await page.getByTestId('doc-edit').count()).toBe(0);
    expect(await page.getByTestId('doc-obsolete').count()).toBe(0);

    const doc = await manager.call('documents.get', { number: 'QM-R-001' });
    const refused = await page.evaluate(async ({ id, version }) => {
      const res = await fetch('rpc/documents.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qms-session': sessionStorage.getItem('qms.session') ?? '' },
        body: JSON.stringify({ id, version, title: '篡改' }),
      });
      return { status: res.status, body: await res.json() };
    }, doc);
    expect(refused).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect((await manager.call('documents.get', { id: doc.id })).title).toBe('服务质量管理制度');
  });
});
