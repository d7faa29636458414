import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../electron/backend/demo/demo-data';
import { client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let manualId = '';
let revisionUrl = '';

const AUTHOR = { username: 'lina', password: 'Lina@2026' };
const QM = { username: 'zhanghua', password: 'Zhanghua@2026' };
const GM = { username: 'liuyang', password: 'Liuyang@2026' };

beforeAll(async () => {
  host = await startTestHost();
  await loadDemoData(host.backend);
  const qm = client(host.backend, (await client(host.backend).call('auth.signIn', QM)).token);
  manualId = (await qm.call('documents.get', { number: 'QM-M-001' })).id;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(host.host.url);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });
const origin = () => new URL(host.host.url).origin;

async function signIn({ username, password }: { username: string; password: string }) {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-documents').waitFor();
}
async function signOut() {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin-username').waitFor();
}
async function sign(step: string, password: string, comment: string) {
  await page.getByTestId('revision-sign').click();
  expect(await page.getByTestId('sign-step').textContent()).toContain(step);
  await page.getByTestId('sign-password').fill(password);
  await page.getByTestId('sign-comment').fill(comment);
  await page.getByTestId('sign-ok').click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('the quality manual through its route: 编制 → 审核 → 批准 by the general manager', () => {
  it('lets the author draft a new revision of the manual and submit it, signing 编制', async () => {
    await signIn(AUTHOR);
    await page.goto(`${origin()}/#/documents/${manualId}`);
    await page.getByTestId('revision-new').click();
    await page.getByTestId('regulation-editor').waitFor();
    revisionUrl = page.url();
    await page.locator('.ProseMirror > *').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('本手册每年由管理评审确认其适宜性。');
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/已于 \d\d:\d\d 保存/);
    // Before submission the page shows the route the manual will follow.
    await poll(() => page.getByTestId('route-steps').textContent()).toContain('刘洋');
    await page.getByTestId('revision-submit').click();
    await page.getByTestId('submit-reason').fill('补充手册的年度确认要求');
    await page.getByTestId('submit-password').fill(AUTHOR.password);
    await page.getByTestId('submit-ok').click();
    await poll(() => page.getByTestId('revision-status').textContent()).toBe('审核中');
    expect(await page.getByTestId('signatures').textContent()).toContain('李娜');
    await signOut();
  });

  it('shows the reviewer what awaits them on the home page, and takes their 审核 signature', async () => {
    await signIn(QM);
    await page.goto(`${origin()}/#/`);
    const task = page.getByTestId('task-sign').filter({ hasText: '质量手册' });
    await poll(() => task.textContent()).toContain('审核');
    // The stored inbox: from whom, the due date, and the side menu's badge counting it; quality managers see the totals by unit.
    expect(await task.textContent()).toContain('来自 李娜');
    await poll(async () => Number(await page.getByTestId('tasks-badge').textContent())).toBeGreaterThanOrEqual(1);
    await poll(() => page.getByTestId('overdue-by-unit').textContent()).toContain('待办');
    if (process.env.QMS_SHOTS) await page.screenshot({ path: process.env.QMS_SHOTS, fullPage: true });
    await task.getByRole('link').click();
    await page.getByTestId('regulation-editor').waitFor();
    await sign('第 1 步 · 审核', QM.password, '内容符合 ISO 9001');
    await poll(() => page.getByTestId('route-steps').textContent()).toContain('已签署：张华');
    expect(await page.getByTestId('revision-status').textContent()).toBe('审核中');
    // The quality manager may not sign the general manager's step.
    expect(await page.getByTestId('revision-sign').count()).toBe(0);
    await signOut();
  });

  it('lets the general manager, read-only elsewhere, approve the manual; it takes effect', async () => {
    await signIn(GM);
    await page.goto(`${origin()}/#/`);
    const task = page.getByTestId('task-sign').filter({ hasText: '质量手册' });
    await poll(() => task.textContent()).toContain('批准');
    expect(await page.getByTestId('home-new-document').count()).toBe(0);
    await task.getByRole('link').click();
    await page.getByTestId('regulation-editor').waitFor();
    expect(page.url()).toBe(revisionUrl);
    await sign('第 2 步 · 批准', GM.password, '同意发布');
    await poll(() => page.getByTestId('revision-status').textContent()).toBe('生效');
    const signatures = await page.getByTestId('signatures').textContent();
    for (const name of ['李娜', '张华', '刘洋']) expect(signatures).toContain(name);
    await page.goto(`${origin()}/#/documents/${manualId}`);
    await poll(() => page.getByTestId('document-details').textContent()).toContain('A/1');
    expect(await page.getByTestId('doc-edit').count()).toBe(0);
    await page.goto(`${origin()}/#/`);
    // The approval is no longer awaiting them (the demo gives the GM other work, e.g. a corrective action).
    await page.getByTestId('awaiting-me').waitFor();
    await poll(() => page.getByTestId('task-sign').filter({ hasText: '质量手册' }).count()).toBe(0);
  });
});
