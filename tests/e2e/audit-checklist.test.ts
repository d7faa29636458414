import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, tempDir, type Client } from '../helpers/backend';
import { launchChromium } from '../helpers/browser';
import { imageOf } from '../helpers/files';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
let auditId: string;
const tmp = tempDir();
const shots = process.env.QMS_SHOTS;

async function signIn(username: string, password: string) {
  await page.goto(host.host.url);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('sign-out').waitFor();
}

beforeAll(async () => {
  host = await startTestHost();
  const anon = client(host.backend);
  const setup = await anon.call('auth.setup', { username: 'zhanghua', displayName: '张华', password: 'Zhanghua@2026', organisation: '安和城市服务有限公司' });
  const qm: Client = client(host.backend, setup.token);
  await qm.call('users.create', { username: 'wangqiang', displayName: '王强', role: 'auditor', password: 'Wangqiang@2026' });
  // The auditee is an author: acknowledging comes from being named on the audit, not from the role.
  await qm.call('users.create', { username: 'zhoumin', displayName: '周敏', role: 'author', password: 'Zhoumin@2026' });
  const person = async (username: string) => (await qm.call('people.list', { q: username })).items.find((p) => p.username === username)!.id;
  const unit = await qm.call('departments.create', { name: '客户服务部', code: 'CS' });
  const a = await qm.call('audits.create', { year: 2026, title: '客户服务部内部审核', plannedMonth: 11, unitIds: [unit.id], clauses: ['8.2', '8.5'] });
  const plan = await qm.call('audits.savePlan', {
    id: a.id, version: a.version, title: a.title, plannedMonth: 11, purpose: '验证服务提供过程', scope: '客户服务部',
    startDate: '2026-11-10', endDate: '2026-11-10', leadPersonId: await person('wangqiang'), auditorIds: [], unitIds: [unit.id],
    auditees: [{ unitId: unit.id, personId: await person('zhoumin') }], clauses: ['8.2', '8.5'], processIds: [], revisionIds: [],
    timetable: [{ date: '2026-11-10', from: '09:00', to: '11:00', unitId: unit.id, auditorIds: [await person('wangqiang')], clauses: ['8.5'] }], meetings: [],
  });
  const issued = await qm.call('audits.issuePlan', { id: plan.id, version: plan.version });
  auditId = (await qm.call('audits.step', { id: issued.id, version: issued.version, step: 'start' })).id;
  await qm.call('checklists.addLines', { auditId, unitId: unit.id, source: { kind: 'clauses' } });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  tmp.cleanup();
});

describe('an audit on site in Chromium', () => {
  it('the auditor fills the checklist by keyboard, attaches a photo, raises a finding; the auditee acknowledges it from the inbox', async () => {
    await signIn('wangqiang', 'Wangqiang@2026');
    await page.goto(`${host.host.url.split('?')[0]}#/audits/${auditId}/checklist`);
    const first = page.getByTestId('line-1');
    await first.getByTestId('line-record').click();
    await page.keyboard.type('查阅需求评审记录 3 份，均有签字');
    await page.keyboard.press('Alt+1');
    await page.keyboard.press('Enter');
    // Enter went on to line 2: type its record, then Tab to the result and press 2 (不符合).
    await page.keyboard.type('抽查 10 份服务工单，2 份未在 24 小时内回访');
    await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    const second = page.getByTestId('line-2');
    await expect.poll(() => second.locator('.ant-tag-checkable-checked').textContent()).toBe('2 不符合');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');

    const photo = join(tmp.dir, '回访台账.png');
    writeFileSync(photo, await imageOf(320, 240));
    await second.locator('input[type=file]').setInputFiles(photo);
    await second.getByTestId('thumbnail').waitFor();
    // A program disguised as a picture is refused with the store's reason.
    const exe = join(tmp.dir, '现场.jpg');
    writeFileSync(exe, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]));
    await second.locator('input[type=file]').setInputFiles(exe);
    await page.getByText('“现场.jpg”未能上传').waitFor();
    if (shots) await page.screenshot({ path: join(shots, 'checklist.png'), fullPage: true });

    await second.getByTestId('raise-finding').click();
    // Prefilled from the line: its record as the facts, its clause, its photo.
    await expect.poll(() => page.getByTestId('finding-facts').inputValue()).toBe('抽查 10 份服务工单，2 份未在 24 小时内回访');
    await page.getByTestId('finding-submit').click();
    await expect.poll(() => second.textContent()).toContain('NC-2026-001');
    await page.getByTestId('sign-out').click();

    await signIn('zhoumin', 'Zhoumin@2026');
    const task = page.getByTestId('task-acknowledgeFinding');
    await expect.poll(() => task.textContent()).toContain('NC-2026-001');
    await task.locator('a').click();
    await page.getByTestId('thumbnail').waitFor();
    await page.getByTestId('acknowledge').click();
    await page.getByTestId('ack-comment').fill('属实，本周内整改');
    await page.getByTestId('acknowledge-ok').click();
    await expect.poll(() => page.getByTestId('ack-line').textContent()).toContain('周敏（受审核人）');
    expect(await page.getByTestId('ack-line').textContent()).toContain('属实，本周内整改');
    if (shots) await page.screenshot({ path: join(shots, 'finding.png'), fullPage: true });
    await page.goto(`${host.host.url.split('?')[0]}#/`);
    await expect.poll(() => page.getByTestId('task-acknowledgeFinding').count()).toBe(0);
  });
});
