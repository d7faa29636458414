import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { docxPart } from '../helpers/libreoffice';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let documentId = '';
let revisionUrl = '';

const QM = { username: 'zhanghua', password: 'Zhanghua@2026' };
const AUTHOR = { username: 'lina', password: 'Lina@2026' };

const ARTICLES = ['为规范服务质量管理，制定本制度。', '本制度适用于公司各服务部门。', '质量管理部负责本制度的组织实施。', '本制度由质量管理部负责解释。', '本制度自发布之日起施行。'];

beforeAll(async () => {
  host = await startTestHost();
  const anon = client(host.backend);
  const qm = client(host.backend, (await anon.call('auth.setup', { username: QM.username, displayName: '张华', password: QM.password, organisation: '安和城市服务有限公司' })).token);
  await qm.call('users.create', { username: AUTHOR.username, displayName: '李娜', role: 'author', password: AUTHOR.password });
  documentId = (await qm.call('documents.create', { title: '服务质量管理制度', type: 'regulation' })).id;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(host.host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The page may be slow under load; the default poll of one second is not enough for a save and a reload. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });
const numbered = () => page.locator('.ProseMirror .structure').allTextContents();
const labels = () => page.locator('.ProseMirror .structure-label').allTextContents();

/** Clicks into a top-level block and waits until the editor's selection has followed the click. */
async function clickBlock(index: number) {
  await page.locator('.ProseMirror > *').nth(index).click();
  const blockOfCaret = () =>
    page.evaluate(() => (document.querySelector('.ProseMirror') as unknown as { editor: { state: { selection: { $from: { index(d: number): number } } } } }).editor.state.selection.$from.index(0));
  await poll(blockOfCaret).toBe(index);
}

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

describe('document control in Chromium against the web host', () => {
  it('lets an author write a regulation with keyboard shortcuts, numbered as it is typed', async () => {
    await signIn(AUTHOR);
    await page.goto(`${new URL(host.host.url).origin}/#/documents/${documentId}`);
    await page.getByTestId('revision-new').click();
    await page.getByTestId('regulation-editor').waitFor();
    revisionUrl = page.url();

    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+Alt+7');
    await page.keyboard.type('总则');
    // Enter after a chapter starts an article, after an article another one.
    for (const text of ARTICLES.slice(0, 3)) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+7');
    await page.keyboard.type('附则');
    for (const text of ARTICLES.slice(3)) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
    }
    expect(await labels()).toEqual(['第一章', '第一条', '第二条', '第三条', '第二章', '第四条', '第五条']);
    expect(await numbered()).toEqual([
      '第一章总则',
      `第一条${ARTICLES[0]}`,
      `第二条${ARTICLES[1]}`,
      `第三条${ARTICLES[2]}`,
      '第二章附则',
      `第四条${ARTICLES[3]}`,
      `第五条${ARTICLES[4]}`,
    ]);
  });

  it('renumbers when an article is moved with Alt+↑, and keeps it across a reload', async () => {
    await clickBlock(3);
    await page.keyboard.press('Alt+ArrowUp');
    await poll(numbered).toEqual([
      '第一章总则',
      `第一条${ARTICLES[0]}`,
      `第二条${ARTICLES[2]}`,
      `第三条${ARTICLES[1]}`,
      '第二章附则',
      `第四条${ARTICLES[3]}`,
      `第五条${ARTICLES[4]}`,
    ]);
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/已于 \d\d:\d\d 保存/);
    await page.reload();
    await page.getByTestId('regulation-editor').waitFor();
    await poll(numbered).toContain(`第二条${ARTICLES[2]}`);
    expect(await numbered()).toHaveLength(7);
    expect(await page.getByTestId('restore-banner').count()).toBe(0);
  });

  it('submits the revision for approval, after which it is locked', async () => {
    await page.getByTestId('revision-submit').click();
    await page.getByTestId('submit-reason').fill('首次发布服务质量管理制度');
    // Submitting signs 编制 with the author's password.
    await page.getByTestId('submit-password').fill(AUTHOR.password);
    await page.getByTestId('submit-ok').click();
    await poll(() => page.getByTestId('revision-status').textContent()).toBe('审核中');
    expect(await page.getByTestId('editor').getAttribute('contenteditable')).toBe('false');
    await signOut();
  });

  it('lets a quality manager approve with a password: a wrong one signs nothing', async () => {
    await signIn(QM);
    await page.goto(revisionUrl);
    await page.getByTestId('revision-sign').click();
    await page.getByTestId('sign-password').fill('wrong password');
    await page.getByTestId('sign-ok').click();
    await poll(() => page.getByRole('dialog').textContent()).toContain('密码不正确');
    expect(await page.getByTestId('revision-status').textContent()).toBe('审核中');

    await page.getByTestId('sign-password').fill(QM.password);
    await page.getByTestId('sign-comment').fill('同意发布');
    await page.getByTestId('sign-ok').click();
    await poll(() => page.getByTestId('revision-status').textContent()).toBe('生效');
    await poll(() => page.getByTestId('read-only').textContent()).toContain('现行有效版本');
    expect(await page.getByTestId('editor').getAttribute('contenteditable')).toBe('false');
    expect(await page.getByTestId('signatures').textContent()).toContain('张华');
    expect(await page.getByTestId('revision-submit').count()).toBe(0);
  });

  it('exports the effective revision to Word with its numbering and text', async () => {
    await page.getByTestId('export-word').click();
    // The dialog runs the export as a job (the layout pass for the TOC's page numbers) with a progress bar.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-ok').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = join(host.dir, 'export.docx');
    await download.saveAs(file);
    const body = await docxPart(await readFile(file), 'word/document.xml');
    for (const text of ['第一章', '第一条', '第二章', '第五条', '总则', ARTICLES[0]!, ARTICLES[4]!]) expect(body).toContain(text);
  });

  it('imports a Word file as a new regulation and shows its chapters and articles in the editor', async () => {
    const paragraphs = ['第一章 总则', '第一条 为提升客户满意度，制定本办法。', '第二条 本办法适用于各服务网点。', '第二章 附则', '第三条 本办法自发布之日起施行。'];
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }));
    const file = join(host.dir, '客户满意度管理办法.docx');
    await writeFile(file, docx);

    await page.getByTestId('nav-documents').click();
    await page.getByTestId('documents-import').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByTestId('import-ok').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('report-chapters').textContent()).toBe('2');
    expect(await page.getByTestId('report-articles').textContent()).toBe('3');
    await page.getByTestId('import-open').click();
    await page.getByTestId('regulation-editor').waitFor();
    await poll(numbered).toEqual(['第一章总则', '第一条为提升客户满意度，制定本办法。', '第二条本办法适用于各服务网点。', '第二章附则', '第三条本办法自发布之日起施行。']);
  });
});
