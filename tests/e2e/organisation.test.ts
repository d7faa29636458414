import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, tempDir } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { orgWorkbook } from '../helpers/org';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
const tmp = tempDir();

beforeAll(async () => {
  host = await startTestHost();
  await client(host.backend).call('auth.setup', { username: 'zhanghua', displayName: '张华', password: 'Zhanghua@2026', organisation: '安和城市服务有限公司' });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  tmp.cleanup();
});

describe('organisation in Chromium against the web host', () => {
  it('a quality manager builds the organisation from an Excel sheet, sees the chart and gives a person a position', async () => {
    await page.goto(host.host.url);
    await page.getByTestId('signin-username').fill('zhanghua');
    await page.getByTestId('signin-password').fill('Zhanghua@2026');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-organisation').click();

    // A bad sheet first: the refused rows are listed and nothing can be imported.
    const bad = join(tmp.dir, 'bad.xlsx');
    writeFileSync(bad, await orgWorkbook([['E1', '东城网点', '网点', 'NOPE', '', '']], [], []));
    await page.getByTestId('org-import').click();
    await page.locator('input[type=file]').setInputFiles(bad);
    await expect.poll(() => page.getByTestId('org-import-refused').textContent()).toContain('单位 第 2 行：单位“NOPE”不存在。');
    expect(await page.getByTestId('org-import-confirm').isDisabled()).toBe(true);

    const good = join(tmp.dir, 'org.xlsx');
    writeFileSync(
      good,
      await orgWorkbook(
        [
          ['OPS', '运营部', '部门', '', '', 1],
          ['E1', '东城网点', '网点', 'OPS', 'A001', 1],
          ['E1-CS', '客服组', '班组', 'E1', '', 1],
        ],
        [
          ['E1', '网点经理', '全面负责网点服务质量', '大专及以上', '', '服务质量管理制度', 1, ''],
          ['E1-CS', '客服专员', '接听客户来电\n跟进投诉', '高中及以上', '', '服务礼仪；投诉处理', 4, ''],
        ],
        [
          ['A001', '刘洋', '', '', '', 'E1', '网点经理', '', '是'],
          ['A002', '孙丽', '', '', '', '', '', '', '是'],
        ],
      ),
    );
    await page.locator('input[type=file]').setInputFiles(good);
    await expect.poll(() => page.getByTestId('org-import-preview').textContent()).toContain('将新增 3 个单位、2 个岗位、2 名人员');
    await page.getByTestId('org-import-confirm').click();
    await page.getByTestId('org-import-confirm').waitFor({ state: 'hidden' });

    // The chart shows the imported units.
    await expect.poll(() => page.getByTestId('org-chart').textContent()).toContain('东城网点');
    expect(await page.getByTestId('org-chart').textContent()).toContain('安和城市服务有限公司');

    // Give 孙丽 the 客服专员 position.
    await page.getByTestId('unit-search').locator('input').fill('客服组');
    await page.getByTestId('unit-search').locator('input').press('Enter');
    await page.getByTestId('unit-E1-CS').click();
    await page.getByTestId('tab-people').click();
    await page.getByTestId('people-search').fill('孙丽');
    await page.getByTestId('people-search').press('Enter');
    await page.getByTestId('assign-A002').click();
    await page.getByTestId('assign-position').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '客服专员' }).first().click();
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('assign-submit').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('person-A002').locator('xpath=../..').textContent()).toContain('客服组 · 客服专员 (主岗)');
    await page.screenshot({ path: join(tmp.dir, 'people.png') });

    const held = host.backend.store.sqlite
      .prepare(
        `SELECT pe.name, po.title, pp.is_primary FROM person_positions pp JOIN people pe ON pe.id = pp.person_id
         JOIN positions po ON po.id = pp.position_id ORDER BY pe.name`,
      )
      .all();
    expect(held).toEqual([
      { name: '刘洋', title: '网点经理', is_primary: 1 },
      { name: '孙丽', title: '客服专员', is_primary: 1 },
    ]);
  });
});
