import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
const year = new Date().getFullYear();

beforeAll(async () => {
  host = await startTestHost();
  const setup = await client(host.backend).call('auth.setup', { username: 'zhanghua', displayName: '张华', password: 'Zhanghua@2026', organisation: '安和城市服务有限公司' });
  const qm = client(host.backend, setup.token);
  await qm.call('departments.create', { name: '质量管理部', code: 'QA' });
  const cs = await qm.call('departments.create', { name: '客户服务部', code: 'CS' });
  await qm.call('people.create', { name: '周敏' });
  await qm.call('positions.create', { departmentId: cs.id, title: '客服经理' });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Picks an option in an antd select by typing its text. */
async function pick(testId: string, text: string, search = true) {
  await page.getByTestId(testId).click();
  if (search) await page.getByTestId(testId).locator('input').fill(text);
  const id = await page.getByTestId(testId).locator('input').getAttribute('id');
  await page.locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`, { hasText: text }).first().click();
  await page.keyboard.press('Escape');
}

describe('audit programme in Chromium against the web host', () => {
  it('a quality manager plans the year, sees the coverage gaps, and plans an audit', async () => {
    await page.goto(host.host.url);
    await page.getByTestId('signin-username').fill('zhanghua');
    await page.getByTestId('signin-password').fill('Zhanghua@2026');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-audits').click();
    await page.getByTestId('open-programme').click();
    await page.getByTestId('create-programme').click();
    await expect.poll(() => page.getByTestId('programme-status').textContent()).toBe('草稿');
    // Nothing planned yet: every applicable clause is a gap.
    await expect.poll(() => page.getByTestId('uncovered-clauses').textContent()).toContain('4.1');

    await page.getByTestId('add-audit').click();
    await page.getByTestId('add-audit-form').getByLabel('审核名称').fill('客户服务部内部审核');
    await pick('add-audit-units', '客户服务部');
    await pick('add-audit-clauses', '8.5 生产和服务提供');
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.getByTestId('programme-audits').textContent()).toContain(`IA-${year}-001`);
    // The coverage matrix shows 8.5 planned for 客户服务部; the clause is no longer listed as uncovered.
    await expect.poll(() => page.getByTestId('coverage-row-客户服务部').locator('td[data-cell=planned]').count()).toBe(1);
    expect(await page.getByTestId('uncovered-clauses').textContent()).not.toContain('8.5');
    expect(await page.getByTestId('coverage-legend').textContent()).toContain('缺口');

    // Submitting with gaps is refused with the clauses named.
    await page.getByTestId('submit-programme').click();
    await page.getByLabel('签名密码').fill('Zhanghua@2026');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('以下适用条款本年度尚无审核覆盖');
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消|Cancel/ }).click();

    // Open the audit and plan it: dates, lead, a timetable slot; save, then issue.
    await page.getByTestId('programme-audits').getByText(`IA-${year}-001`).click();
    await page.getByTestId('plan-form').waitFor();
    await page.getByTestId('plan-start').fill(`${year}-03-10`);
    await page.getByTestId('plan-end').fill(`${year}-03-11`);
    await pick('plan-lead', '张华');
    await pick('plan-auditees', '客户服务部 · 周敏');
    await page.getByTestId('add-slot').click();
    await page.getByTestId('timetable').locator('input[type=date]').fill(`${year}-03-10`);
    await pick('slot-unit-0', '客户服务部', false);
    await pick('slot-auditors-0', '张华');
    await page.getByTestId('save-plan').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('已保存');
    await page.getByTestId('issue-plan').click();
    await expect.poll(() => page.getByText('已下发给受审核方').count()).toBe(1);
    expect(await page.getByTestId('step-start').isVisible()).toBe(true);
  }, 120_000);
});
