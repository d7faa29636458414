import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromOutline } from '../../shared/templates/outline';
import { client, type Client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let qm: Client;

const QM = { username: 'zhanghua', password: 'Zhanghua@2026' };
const filler = (n: number) => Array.from({ length: n }, (_, i) => `@ 第${i + 1}项服务要求应当按照规定执行并保留记录。`).join('\n');

beforeAll(async () => {
  host = await startTestHost();
  const anon = client(host.backend);
  qm = client(host.backend, (await anon.call('auth.setup', { username: QM.username, displayName: '张华', password: QM.password, organisation: '安和城市服务有限公司' })).token);
  // A long regulation whose matching article is far down the page.
  const doc = await qm.call('documents.create', { title: '客户投诉处理管理办法', type: 'regulation' });
  const draft = await qm.call('revisions.startDraft', { documentId: doc.id });
  await qm.call('revisions.save', { id: draft.id, version: draft.version, content: fromOutline(`# 总则\n${filler(40)}\n@ 投诉办结后三日内进行电话回访。`) });
  for (const title of ['员工手册', '外包服务管理办法', '不合格服务控制程序']) await qm.call('documents.create', { title, type: 'procedure' });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true, viewport: { width: 1366, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(host.host.url);
  await page.getByTestId('signin-username').fill(QM.username);
  await page.getByTestId('signin-password').fill(QM.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('global-search').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

describe('what a quality manager trips over, in Chromium', () => {
  it('finds every word of a spaced query, opens all results on Enter, and opens the revision at the words', async () => {
    await page.getByTestId('global-search').fill('投诉 回访');
    await page.getByTestId('search-option').first().waitFor();
    await page.getByTestId('global-search').press('Enter');
    const results = page.getByTestId('search-results');
    await poll(() => results.textContent()).toContain('客户投诉处理管理办法');
    expect(await page.locator('[data-testid=search-hit-title] mark').first().textContent()).toBe('投诉');
    await page.locator('.search-hit a.search-title').first().click();
    await page.getByTestId('find-bar').waitFor();
    const current = page.locator('.ProseMirror .find-match-current');
    // The highlighted match is in the article that holds both words, not in the title or an earlier line.
    await poll(() => current.evaluate((el) => el.closest('p')?.textContent ?? '')).toContain('电话回访');
    // Scrolled to it: the match is inside the window, far below the top of the page.
    await poll(async () => {
      const box = await current.boundingBox();
      return !!box && box.y > 0 && box.y < 800;
    }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  it('saves a draft at once on Ctrl+S, with no browser dialog', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const editor = page.getByTestId('editor');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('补充');
    await page.keyboard.press('Control+s');
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/保存/);
    expect(dialogs).toBe(0);
  });

  it('sorts the register by pinyin and exports it, as filtered, to Excel', async () => {
    await page.goto(`${host.host.url.replace(/\?.*$/, '')}#/documents?type=procedure&sort=title&dir=asc`);
    const table = page.getByTestId('documents-table');
    await poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(3);
    const titles = await table.locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();
    expect(titles).toEqual(['不合格服务控制程序', '外包服务管理办法', '员工手册']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^受控文件清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(host.dir, 'register.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const rows: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[])[2]));
    expect(rows).toEqual(['文件名称', '不合格服务控制程序', '外包服务管理办法', '员工手册']);
  });
});
