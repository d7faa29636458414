import { launchChromium } from './tests/helpers/browser';
import { startTestHost } from './tests/helpers/web';
import { client } from './tests/helpers/backend';
import { loadDemoData } from './electron/backend/demo/demo-data';
import { pdfOf } from './tests/helpers/file-bodies';

const host = await startTestHost();
await loadDemoData(host.backend);
const signIn = async (u: string, p: string) => client(host.backend, (await client(host.backend).call('auth.signIn', { username: u, password: p })).token);
const qm = await signIn('zhanghua', 'Zhanghua@2026');
const lina = await signIn('lina', 'Lina@2026');
const ext = await lina.call('documents.create', { title: 'GB/T 19001-2016 质量管理体系 要求', type: 'external' });
const d = await lina.call('revisions.startDraft', { documentId: ext.id });
const f = await lina.call('attachments.upload', { name: 'GB-T-19001-2016.pdf', dataBase64: pdfOf('Quality management systems - Requirements. 7.5 Documented information').toString('base64') });
const a = await lina.call('revisions.attachFile', { id: d.id, version: d.version, attachmentId: f.id });
await lina.call('revisions.submit', { id: d.id, version: a.version, changeReason: '纳入受控外来文件', password: 'Lina@2026' });
const find = async (n: string) => (await qm.call('documents.get', { number: n }));
const revs = async (n: string) => qm.call('revisions.list', { documentId: (await find(n)).id });
const inReview = (await revs('QM-R-003'))[0]!;
const returned = (await revs('QM-P-007'))[0]!;
const manual = await find('QM-M-001');
const manualRev = (await revs('QM-M-001'))[0]!;
const base = new URL(host.host.url).origin;
const browser = await launchChromium();
for (const lang of ['zh-CN', 'en-US']) {
  const ctx = await browser.newContext({ locale: lang, viewport: { width: 1440, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(host.host.url);
  const login = async (u: string, p: string) => {
    await page.getByTestId('signin-username').fill(u);
    await page.getByTestId('signin-password').fill(p);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-documents').waitFor();
  };
  const shot = async (name: string, path: string) => {
    await page.goto(`${base}/#${path}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots6/${lang}-${name}.png`, fullPage: true });
  };
  await login('zhanghua', 'Zhanghua@2026');
  await shot('home-qm', '/');
  await shot('manual', `/documents/${manual.id}`);
  await shot('manual-rev', `/documents/${manual.id}/revisions/${manualRev.id}`);
  await shot('in-review', `/documents/${inReview.documentId}/revisions/${inReview.id}`);
  await shot('returned', `/documents/${returned.documentId}/revisions/${returned.id}`);
  await shot('external', `/documents/${ext.id}/revisions/${d.id}`);
  await shot('external-doc', `/documents/${ext.id}`);
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin-username').waitFor();
  await login('zhoumin', 'Zhoumin@2026');
  await shot('home-author', '/');
  await ctx.close();
}
await browser.close();
await host.close();
