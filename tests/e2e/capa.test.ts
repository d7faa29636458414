import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../electron/backend/clock';
import { PASSWORD, withAllRoles } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { capaKit } from '../helpers/capa';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let restore: (() => void) | null = null;

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  restore?.();
  await browser?.close();
  await host?.close();
});

async function signIn(username: string) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(host.host.url);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('current-user').waitFor();
}
const status = () => page.getByTestId('capa-page').locator('.page-head').textContent();

describe('corrective actions in Chromium against the web host', () => {
  it('the verifier finds it not effective, the owner reanalyses and acts, and it closes verified and signed', async () => {
    const roles = await withAllRoles(host.backend);
    const kit = capaKit(() => roles.quality_manager);
    const capa = await kit.verifying('author', 'auditor');

    // The verifier's inbox has it; the verification finds it not effective.
    await signIn('auditor');
    await page.getByTestId('task-capaVerify').getByRole('link').click();
    await expect.poll(status).toContain('待验证');
    await page.getByTestId('capa-verify-criteria').fill('三个月内无同类超时');
    await page.getByTestId('capa-verify-result').fill('10 月再次发生 2 起');
    await page.getByTestId('capa-verify-verdict').getByText('无效（重开分析）').click();
    await page.getByTestId('capa-verify-submit').click();
    await expect.poll(status).toContain('原因分析');
    expect(await status()).toContain('重开 1 次');
    expect(await page.getByTestId('capa-verification').textContent()).toContain('10 月再次发生 2 起');
    expect(await page.getByTestId('capa-analysis').textContent()).toContain('历次分析（已保留）');
    await page.context().close();

    // The owner (an author) adds a fourth why and a confirmed fishbone cause, plans, acts and submits.
    await signIn('author');
    await page.goto(`${host.host.url.split('?')[0]}#/capa/${capa.id}`);
    await expect.poll(status).toContain('原因分析');
    await page.getByTestId('capa-add-why').click();
    await page.getByTestId('capa-why-1').fill('窗口人员离岗');
    await page.getByTestId('capa-add-why').click();
    await page.getByTestId('capa-why-2').fill('管理层未跟踪措施落实');
    await page.getByTestId('capa-save-whys').click();
    await page.getByTestId('capa-add-cause').click();
    await page.getByTestId('capa-cause-1').fill('替岗规则未培训');
    await page.getByTestId('capa-save-causes').click();
    await expect.poll(() => page.getByTestId('capa-fishbone').textContent()).toContain('替岗规则未培训');
    await page.getByTestId('capa-step-plan').click();
    await expect.poll(status).toContain('措施实施');
    await page.getByTestId('capa-add-action').click();
    await page.getByTestId('capa-action-description').fill('替岗规则培训');
    await page.getByRole('dialog').getByRole('button', { name: /OK|确\s*定/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('capa-actions').getByRole('button', { name: '完成' }).click();
    await page.getByTestId('capa-action-note').fill('培训 12 人');
    await page.getByRole('dialog').getByRole('button', { name: /OK|确\s*定/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('capa-step-submit').click();
    await expect.poll(status).toContain('待验证');
    await page.context().close();

    // 91 days on, the verifier finds it effective and closes it with the signing password.
    const later = kit.day(91);
    restore = setClock(new Date(`${later}T09:00:00Z`));
    await signIn('auditor');
    await page.goto(`${host.host.url.split('?')[0]}#/capa/${capa.id}`);
    await page.getByTestId('capa-verify-criteria').fill('三个月内无同类超时');
    await page.getByTestId('capa-verify-result').fill('无再发生');
    const date = page.getByTestId('capa-verify-form').locator('.ant-picker input');
    await date.click();
    await date.fill(later);
    // Enter takes the typed date and submits the form.
    await date.press('Enter');
    await expect.poll(status).toContain('验证有效');
    expect(await page.getByTestId('capa-verification').textContent()).toContain('无再发生');
    await page.getByTestId('capa-step-close').click();
    await page.getByTestId('capa-close-password').fill(PASSWORD);
    await page.getByRole('dialog').getByRole('button', { name: /OK|确\s*定/ }).click();
    await expect.poll(status).toContain('已关闭');
    expect(await page.getByTestId('capa-page').textContent()).toContain('auditor · 签署关闭');
    const row = host.backend.store.sqlite.prepare('SELECT status, round FROM capas WHERE id = ?').get(capa.id);
    expect(row).toEqual({ status: 'closed', round: 2 });
  }, 180_000);
});
