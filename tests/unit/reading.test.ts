import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Role } from '../../shared/auth/roles';
import { setClock } from '../../electron/backend/clock';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let ids: Record<Role, string>;
let restoreClock: (() => void) | null = null;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, ids } = await withAllRoles(t.backend));
});
afterEach(async () => {
  restoreClock?.();
  restoreClock = null;
  await t.close();
});

const personOf = async (userId: string) => (await qm.call('people.list', { pageSize: 500 })).items.find((p) => p.userId === userId)!;
/** Every row but the Word layouts a revision in force fills in the background after its commit. */
const stable = () => JSON.stringify((JSON.parse(snapshot(t.backend)) as [string, unknown][]).filter(([name]) => name !== 'word_layouts'));
const openTasks = () => t.backend.store.sqlite.prepare("SELECT kind, assignee_id FROM tasks WHERE closed_at IS NULL AND kind LIKE 'read%' ORDER BY kind, assignee_id").all();

/** 客服部 headed by the auditor: the author holds 客服专员 there, 孙丽 (no login) too; 保洁部 is outside the scope. */
async function organisation() {
  const head = await personOf(ids.auditor);
  const writer = await personOf(ids.author);
  const unit = await qm.call('departments.create', { name: '客服部', code: 'KF', headPersonId: head.id });
  const post = await qm.call('positions.create', { departmentId: unit.id, title: '客服专员' });
  await qm.call('people.assign', { id: writer.id, version: writer.version, positionId: post.id, primary: true });
  const paper = await qm.call('people.create', { name: '孙丽' });
  await qm.call('people.assign', { id: paper.id, version: paper.version, positionId: post.id, primary: true });
  const other = await qm.call('departments.create', { name: '保洁部', code: 'BJ' });
  const cleaner = await qm.call('positions.create', { departmentId: other.id, title: '保洁员' });
  const outsider = await qm.call('people.create', { name: '赵磊' });
  await qm.call('people.assign', { id: outsider.id, version: outsider.version, positionId: cleaner.id, primary: true });
  return { unit, post, paper, outsider, other };
}

async function effectiveRegulation(scope: { unitIds?: string[]; positionIds?: string[] }, flag = false) {
  const doc = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation', ownerId: ids.author });
  await author.call('reading.scopeSet', { documentId: doc.id, unitIds: scope.unitIds ?? [], positionIds: scope.positionIds ?? [] });
  const draft = await author.call('revisions.startDraft', { documentId: doc.id });
  if (flag) await qm.call('reading.setNeedsTraining', { revisionId: draft.id, needsTraining: true });
  const sub = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
  const rev = await qm.call('revisions.sign', { id: sub.id, version: sub.version, password: PASSWORD });
  return { doc, rev };
}

describe('阅知确认', () => {
  it('a regulation in force reaches the people its scope names: tasks, confirmation with the content hash, paper sign-off by the unit head', async () => {
    const { unit, paper } = await organisation();
    const { doc, rev } = await effectiveRegulation({ unitIds: [unit.id] });
    expect(rev.status).toBe('effective');
    // The author (login) reads; the head records 孙丽's paper sign-off; 赵磊 (another unit) is not concerned.
    expect(openTasks()).toEqual([{ kind: 'read', assignee_id: ids.author }, { kind: 'read_paper', assignee_id: ids.auditor }].sort((a, b) => a.kind.localeCompare(b.kind)));
    const scope = await qm.call('reading.scopeGet', { documentId: doc.id });
    expect(scope).toMatchObject({ people: 2, units: [{ name: '客服部' }], mayEdit: true });

    const before = await qm.call('reading.status', { revisionId: rev.id });
    expect(before.counts).toEqual({ total: 2, confirmed: 0, pending: 2, overdue: 0 });
    const due = Date.parse(before.rows[0]!.dueAt) - Date.parse(rev.updatedAt);
    expect(Math.round(due / 86_400_000)).toBe(7);

    const mine = (await author.call('tasks.mine', { kind: 'read' })).items[0]!;
    expect(mine).toMatchObject({ entityType: 'reading', entityId: rev.id, link: `/reading/${rev.id}` });
    const row = await author.call('reading.confirm', { revisionId: rev.id });
    expect(row).toMatchObject({ state: 'confirmed', onPaper: false, recordedBy: 'author', contentHash: before.revision.contentHash });
    expect(openTasks()).toEqual([{ kind: 'read_paper', assignee_id: ids.auditor }]);

    // A second confirmation is refused and changes nothing.
    const snap = stable();
    expect(await author.raw('reading.confirm', { revisionId: rev.id }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已确认') } });
    expect(stable()).toBe(snap);

    const scan = await auditor.call('attachments.upload', { name: '签收单.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }).catch(() => null);
    await auditor.call('reading.recordPaper', { revisionId: rev.id, personIds: [paper.id], paperDate: '2026-01-05', attachmentId: scan?.id ?? null });
    const after = await qm.call('reading.status', { revisionId: rev.id });
    expect(after.counts).toEqual({ total: 2, confirmed: 2, pending: 0, overdue: 0 });
    // Shown as recorded by the head, not as 孙丽's own confirmation.
    expect(after.rows.find((r) => r.name === '孙丽')).toMatchObject({ onPaper: true, recordedBy: 'auditor', paperDate: '2026-01-05', hasLogin: false });
    expect(openTasks()).toEqual([]);
    const trail = t.backend.store.sqlite.prepare("SELECT action, actor_name FROM audit_log WHERE entity = 'reading' ORDER BY seq").all();
    expect(trail).toEqual([
      { action: 'open', actor_name: expect.any(String) },
      { action: 'confirm', actor_name: 'author' },
      { action: 'recordPaper', actor_name: 'auditor' },
    ]);

    // The list as .xlsx.
    const x = await qm.call('reading.exportXlsx', { revisionId: rev.id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Name');
    expect([3, 4].map((r) => sheet.getRow(r).getCell(1).value).sort()).toEqual(['author', '孙丽'].sort());
  });

  it('refuses a confirmation for a revision not in force, by someone not concerned, a paper sign-off by someone not the head: nothing changes', async () => {
    const { unit, paper, outsider } = await organisation();
    const { doc, rev } = await effectiveRegulation({ unitIds: [unit.id] });
    const executive = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'executive', password: PASSWORD })).token);
    const snap = stable();
    expect(await executive.raw('reading.confirm', { revisionId: rev.id }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '该文件的适用范围不包括您，无需确认阅知。' } });
    expect(await author.raw('reading.recordPaper', { revisionId: rev.id, personIds: [paper.id], paperDate: '2026-01-05', attachmentId: null }, 'en')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await auditor.raw('reading.recordPaper', { revisionId: rev.id, personIds: [outsider.id], paperDate: '2026-01-05', attachmentId: null }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '“赵磊”不在该修订的阅知范围内。' } });
    expect(await auditor.raw('reading.recordPaper', { revisionId: rev.id, personIds: [paper.id], paperDate: '2999-01-01', attachmentId: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(stable()).toBe(snap);

    // A new revision in force supersedes it: the old one can no longer be confirmed, its tasks close.
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    const sub = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '修订', password: PASSWORD });
    const snapDraft = stable();
    expect(await author.raw('reading.confirm', { revisionId: sub.id }, 'en')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('not the one in force') } });
    expect(stable()).toBe(snapDraft);
    await qm.call('revisions.sign', { id: sub.id, version: sub.version, password: PASSWORD });
    expect(await author.raw('reading.confirm', { revisionId: rev.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const open = t.backend.store.sqlite.prepare("SELECT entity_id FROM tasks WHERE closed_at IS NULL AND entity_type = 'reading'").all() as { entity_id: string }[];
    expect(new Set(open.map((o) => o.entity_id))).toEqual(new Set([sub.id]));
    // Only the owner or a quality manager edits the scope.
    expect(await auditor.raw('reading.scopeSet', { documentId: doc.id, unitIds: [], positionIds: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('overdue after the set number of days, counted on the dashboard; positions in scope; the due-days setting', async () => {
    const { post } = await organisation();
    await qm.call('reading.settingsSet', { dueDays: 3 });
    expect(await qm.raw('reading.settingsSet', { dueDays: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const { rev } = await effectiveRegulation({ positionIds: [post.id] });
    const status = await qm.call('reading.status', { revisionId: rev.id });
    expect(status.counts.total).toBe(2);
    restoreClock = setClock(() => Date.parse(status.rows[0]!.dueAt) + 60_000);
    const later = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'manager', password: PASSWORD })).token);
    const overview = await later.call('reading.overview', {});
    expect(overview.totals).toEqual({ total: 2, confirmed: 0, pending: 0, overdue: 2 });
    expect(overview.revisions[0]).toMatchObject({ revisionId: rev.id, overdue: 2 });
    expect((await later.call('reading.status', { revisionId: rev.id })).rows.every((r) => r.state === 'overdue')).toBe(true);
  });

  it('a revision flagged "needs training" creates training requirements instead of reading tasks', async () => {
    const { unit } = await organisation();
    const { rev } = await effectiveRegulation({ unitIds: [unit.id] }, true);
    expect((await qm.call('reading.status', { revisionId: rev.id })).counts.total).toBe(0);
    const reqs = t.backend.store.sqlite.prepare('SELECT reason, revision_id FROM training_requirements').all();
    expect(reqs).toEqual([{ reason: 'revision', revision_id: rev.id }, { reason: 'revision', revision_id: rev.id }]);
    const mine = await author.call('training.person', {});
    expect(mine.gaps).toEqual([expect.objectContaining({ status: 'never', title: expect.stringContaining('客户投诉处理办法') })]);
    expect((await author.call('tasks.mine', { kind: 'training' })).total).toBe(1);
    // Once in force the flag can no longer change.
    expect(await qm.raw('reading.setNeedsTraining', { revisionId: rev.id, needsTraining: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
