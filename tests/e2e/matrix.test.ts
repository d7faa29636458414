import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let qm: Client;
const PASSWORD = 'Zhanghua@2026';
const SHOTS = process.env.QMS_SHOTS;

beforeAll(async () => {
  host = await startTestHost();
  const anon = client(host.backend);
  const setup = await anon.call('auth.setup', { username: 'zhanghua', displayName: '张华', password: PASSWORD, organisation: '安和城市服务有限公司' });
  qm = client(host.backend, setup.token);
  for (const [name, code] of [['质量管理部', 'QA'], ['客户服务部', 'CS'], ['运营管理部', 'OPS']] as const) await qm.call('departments.create', { name, code });
  await qm.call('processes.create', { code: 'P01', name: '物业服务提供过程' });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const shot = async (name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
};

describe('the responsibility matrix in Chromium against the web host', () => {
  it('a quality manager excludes 8.3 with a reason, fills a row by keyboard, sees the rule break, fixes it, submits and approves', async () => {
    await page.goto(host.host.url);
    await page.getByTestId('signin-username').fill('zhanghua');
    await page.getByTestId('signin-password').fill(PASSWORD);
    await page.getByTestId('signin-submit').click();

    // Scope: exclude 8.3 with its justification.
    await page.getByTestId('nav-scope').click();
    await page.getByTestId('clause-edit-8.3').click();
    await page.getByRole('dialog').getByText('删减', { exact: true }).click();
    await page.getByRole('dialog').locator('textarea').fill('本公司提供物业服务，不从事设计和开发。');
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => page.getByTestId('scope-clauses').textContent()).toContain('本公司提供物业服务，不从事设计和开发。');
    await shot('scope');

    // A draft over the departments, every row but 4.1 filled beforehand.
    await page.getByTestId('nav-matrix').click();
    await page.getByTestId('matrix-create').click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => page.getByTestId('matrix-state').textContent()).toBe('草稿');
    let m = (await qm.call('matrix.get', {}))!;
    expect(m.rows.map((r) => r.code)).not.toContain('8.3');
    for (const r of m.rows.slice(1)) m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: r.key, unitId: m.columns[1]!.unitId, mark: 'lead' });
    await page.getByTestId('nav-scope').click();
    await page.getByTestId('nav-matrix').click();
    await expect.poll(() => page.getByTestId('matrix-breaks').textContent()).toContain('4.1 理解组织及其环境：没有主管单位（★）');

    // Keyboard: ★ in 质量管理部, → ● in 客户服务部, → ○ in 运营管理部.
    await page.getByTestId('cell-0-0').click();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByTestId('cell-0-0').textContent()).toBe('★');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('cell-0-2').textContent()).toBe('○');
    expect(await page.getByTestId('cell-0-1').textContent()).toBe('●');
    await expect.poll(() => page.getByTestId('matrix-ok').textContent()).toContain('每行都恰有一个主管单位');

    // A second ★ in the row is refused with the server's message; the cell keeps its ●.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('每行只能有一个 ★');
    expect(await page.getByTestId('cell-0-1').textContent()).toBe('●');

    // Deleting the ★ breaks the rule again; the row is listed; 1 puts it back.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('matrix-breaks').textContent()).toContain('4.1 理解组织及其环境');
    expect(await page.getByTestId('row-clause:4.1').getAttribute('class')).toContain('matrix-broken');
    await shot('matrix-break');
    await page.keyboard.press('1');
    await page.getByTestId('matrix-ok').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focused).toBe('cell-0-0');

    // Every change is in the trail.
    const history = await qm.call('audit.history', { entity: 'matrix_version', entityId: m.id, pageSize: 100 });
    expect(history.items.filter((e) => e.action === 'setCell').length).toBe(m.rows.length - 1 + 5);

    await page.getByTestId('matrix-step-submit').click();
    await expect.poll(() => page.getByTestId('matrix-state').textContent()).toBe('审批中');
    await page.getByTestId('matrix-step-approve').click();
    await page.getByTestId('matrix-password').fill(PASSWORD);
    await page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await expect.poll(() => page.getByTestId('matrix-state').textContent()).toBe('现行有效');
    expect(await page.getByText('张华 于').count()).toBe(1);
    await shot('matrix-effective');
    expect((await qm.call('matrix.list', {}))[0]).toMatchObject({ state: 'effective' });
  }, 120_000);
});
