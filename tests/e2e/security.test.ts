import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../electron/backend/clock';
import { PASSWORD, withAllRoles, type Client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let qm: Client;
let now = Date.parse('2026-11-23T01:00:00Z');
let restoreClock: () => void;
/** Screenshots to look at (zh-CN and en); QMS_SHOTS names the folder. */
const shots = process.env.QMS_SHOTS ?? join(tmpdir(), 'qms-e2e-security');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  restoreClock = setClock(() => now);
  host = await startTestHost();
  ({ quality_manager: qm } = await withAllRoles(host.backend));
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  restoreClock?.();
});

async function fillSignIn(username: string, password: string) {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

async function signOut() {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin-username').waitFor();
}

describe('account security in Chromium against the web host', () => {
  it('locks an account after 5 wrong passwords, says so, and a quality manager unlocks it', async () => {
    await page.goto(host.host.url);
    for (let i = 1; i <= 5; i++) {
      await fillSignIn('author', `wrong password ${i}`);
      await expect.poll(() => page.getByTestId('signin-error').textContent()).toContain(i < 5 ? '用户名或密码错误' : '账户已锁定');
    }
    await fillSignIn('author', PASSWORD);
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toContain('账户已锁定');
    await page.screenshot({ path: join(shots, 'locked-zh.png') });

    await fillSignIn('manager', PASSWORD);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('lock-author').waitFor();
    await page.getByTestId('security-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'settings-security-zh.png'), fullPage: true });
    await page.getByTestId('unlock-author').click();
    await page.getByTestId('lock-author').waitFor({ state: 'detached' });
    await signOut();

    await fillSignIn('author', PASSWORD);
    await page.getByTestId('nav-documents').waitFor();
    const warning = page.locator('.last-sign-in').filter({ hasText: '此后有' });
    await expect.poll(() => warning.textContent()).toContain('此后有 5 次密码错误');
    await page.screenshot({ path: join(shots, 'last-sign-in-zh.png') });
    await warning.locator('.ant-notification-notice-close').click();
    await signOut();
  });

  it('an expired password: the next sign-in may only change it, under the rules in settings', async () => {
    await qm.call('security.updatePolicy', { passwordMaxAgeDays: 90, passwordMinLength: 10, passwordClasses: 3 });
    now += 91 * 86_400_000;
    await fillSignIn('auditor', PASSWORD);
    await page.getByTestId('expired-current').fill(PASSWORD);
    await page.getByTestId('expired-new').fill('weakpassword');
    await page.getByTestId('expired-confirm').fill('weakpassword');
    await page.getByTestId('expired-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').first().textContent()).toContain('至少 10 个字符');
    await page.screenshot({ path: join(shots, 'expired-zh.png') });
    await page.getByTestId('expired-new').fill('Stronger pass 9');
    await page.getByTestId('expired-confirm').fill('Stronger pass 9');
    await page.getByTestId('expired-submit').click();
    await page.getByTestId('nav-documents').waitFor();
    await signOut();
    now -= 91 * 86_400_000; // back to the day the manager's API session is still open
    await qm.call('security.updatePolicy', { passwordMaxAgeDays: 0 });
  });

  it('the system log filters the trail, opens a record and exports .xlsx, with the chain check beside it', async () => {
    await fillSignIn('manager', PASSWORD);
    await page.getByTestId('nav-log').click();
    await page.getByTestId('log-table').waitFor();
    await page.getByTestId('log-action').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '账户被锁定' }).first().click();
    await expect.poll(() => page.locator('[data-testid="log-table"] tbody tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('log-table').textContent()).toContain('账户被锁定');
    await page.getByTestId('audit-verify').click();
    await page.locator('.ant-alert-success').waitFor();
    await page.screenshot({ path: join(shots, 'log-zh.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^操作日志-.*\.xlsx$/);

    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.locator('h3').first().textContent()).toBe('System log');
    await page.screenshot({ path: join(shots, 'log-en.png') });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('security-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'settings-security-en.png'), fullPage: true });

    await page.getByTestId('nav-log').click();
    await page.getByTestId('log-entity').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Document' }).first().click();
    await page.getByTestId('log-table').waitFor();
    expect(await page.getByTestId('log-table').textContent()).toContain('No entry matches');
  });
});
