import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Role } from '../../shared/auth/roles';
import { inTransaction } from '../../electron/backend/context';
import { requireTraining } from '../../electron/backend/services/training-require';
import { openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let ids: Record<Role, string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, ids } = await withAllRoles(t.backend));
});
afterEach(async () => {
  await t.close();
});

const personOf = async (userId: string) => (await qm.call('people.list', { pageSize: 500 })).items.find((p) => p.userId === userId)!;
const stable = () => JSON.stringify((JSON.parse(snapshot(t.backend)) as [string, unknown][]).filter(([name]) => name !== 'word_layouts'));

/** 客服部 (head: the auditor): the author and 孙丽 (no login) hold 客服专员, which requires 服务礼仪 and 投诉处理. */
async function organisation() {
  const head = await personOf(ids.auditor);
  const writer = await personOf(ids.author);
  const unit = await qm.call('departments.create', { name: '客服部', code: 'KF', headPersonId: head.id });
  const post = await qm.call('positions.create', { departmentId: unit.id, title: '客服专员', trainingTopics: ['服务礼仪', '投诉处理'] });
  await qm.call('people.assign', { id: writer.id, version: writer.version, positionId: post.id, primary: true });
  const paper = await qm.call('people.create', { name: '孙丽' });
  await qm.call('people.assign', { id: paper.id, version: paper.version, positionId: post.id, primary: true });
  const topics = await qm.call('training.topicsList', {});
  return { unit, post, writer, paper, topic: (title: string) => topics.find((x) => x.title === title)! };
}

describe('training and competence', () => {
  it("a position's free-text topics are linked topics; one session for many attendees closes their gaps and inbox tasks", async () => {
    const { unit, writer, paper, topic } = await organisation();
    expect(topic('服务礼仪')).toMatchObject({ positions: 1, validityMonths: null });
    const gaps = await qm.call('training.matrix', { unitId: unit.id });
    expect(gaps.people.map((p) => p.name).sort()).toEqual(['author', '孙丽'].sort());
    expect(gaps.cells.filter((c) => c.status === 'never')).toHaveLength(4);
    // Training due: to the author (login), and 孙丽's to her unit head.
    const open = () => t.backend.store.sqlite.prepare("SELECT assignee_id, COUNT(*) AS n FROM tasks WHERE closed_at IS NULL AND kind = 'training' GROUP BY assignee_id ORDER BY assignee_id").all();
    expect(open()).toEqual([{ assignee_id: ids.author, n: 2 }, { assignee_id: ids.auditor, n: 2 }].sort((a, b) => a.assignee_id.localeCompare(b.assignee_id)));
    const people = await auditor.call('training.pickPeople', { unitId: unit.id });
    const session = await auditor.call('training.record', {
      topicId: topic('服务礼仪').id,
      heldOn: '2026-03-02',
      trainer: '张华',
      hours: 2,
      method: 'classroom',
      attendees: people.map((p) => ({ personId: p.personId, result: 'passed' as const })),
    });
    expect(session.attendees).toHaveLength(2);
    expect(open()).toEqual([{ assignee_id: ids.author, n: 1 }, { assignee_id: ids.auditor, n: 1 }].sort((a, b) => a.assignee_id.localeCompare(b.assignee_id)));
    const counts = await qm.call('training.unitCounts', { unitId: unit.id });
    expect(counts).toEqual([{ unitId: unit.id, unitName: '客服部', people: 2, peopleWithGaps: 2, never: 2, superseded: 0, expired: 0 }]);
    // Everyone reads their own record; not someone else's.
    expect((await author.call('training.person', {})).records).toEqual([expect.objectContaining({ topicTitle: '服务礼仪', result: 'passed' })]);
    expect(await author.raw('training.person', { personId: paper.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await auditor.call('training.person', { personId: paper.id })).name).toBe('孙丽');
    // A unit head sees the matrix of their unit (and is told which units they head), not another's.
    expect((await auditor.call('training.person', {})).headOf).toEqual([{ id: unit.id, name: '客服部' }]);
    expect((await auditor.call('training.matrix', { unitId: unit.id })).people).toHaveLength(2);
    expect(await author.raw('training.matrix', { unitId: unit.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    void writer;
  });

  it('expired after the validity period; trained on a superseded revision of a document topic', async () => {
    const { unit, post, topic } = await organisation();
    const t1 = topic('服务礼仪');
    await qm.call('training.topicUpdate', { id: t1.id, version: t1.version, validityMonths: 12 });
    const people = (await qm.call('training.pickPeople', { positionId: post.id })).map((p) => ({ personId: p.personId }));
    await qm.call('training.record', { topicId: t1.id, heldOn: '2025-01-10', trainer: '张华', hours: 2, method: 'classroom', attendees: people });
    // A regulation as a topic: trained on A/0, then A/1 takes effect.
    const doc = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
    const r0 = await author.call('revisions.startDraft', { documentId: doc.id });
    const s0 = await author.call('revisions.submit', { id: r0.id, version: r0.version, changeReason: '首次发布', password: PASSWORD });
    await qm.call('revisions.sign', { id: s0.id, version: s0.version, password: PASSWORD });
    const reg = await qm.call('training.topicCreate', { title: '投诉处理办法培训', documentId: doc.id });
    await qm.call('training.positionTopicsSet', { positionId: post.id, topicIds: [t1.id, reg.id] });
    await qm.call('training.record', { topicId: reg.id, heldOn: '2026-02-01', trainer: '张华', hours: 1, method: 'on_the_job', attendees: people });
    let cells = (await qm.call('training.matrix', { unitId: unit.id })).cells;
    expect(new Set(cells.map((c) => c.status))).toEqual(new Set(['expired', 'ok']));
    const r1 = await author.call('revisions.startDraft', { documentId: doc.id });
    const s1 = await author.call('revisions.submit', { id: r1.id, version: r1.version, changeReason: '修订', password: PASSWORD });
    await qm.call('revisions.sign', { id: s1.id, version: s1.version, password: PASSWORD });
    cells = (await qm.call('training.matrix', { unitId: unit.id })).cells;
    expect(cells.filter((c) => c.topicId === reg.id).map((c) => c.status)).toEqual(['superseded', 'superseded']);
    expect(cells.find((c) => c.topicId === t1.id)).toMatchObject({ status: 'expired', heldOn: '2025-01-10', expiresOn: '2026-01-10' });
    // The free text on the position follows the links.
    expect((await qm.call('positions.get', { id: post.id })).trainingTopics).toEqual(['服务礼仪', '投诉处理办法培训']);

    // The export holds the records and the gaps.
    const x = await qm.call('training.exportXlsx', {});
    expect(x).toMatchObject({ records: 4, gaps: 4 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Training records', 'Competence gaps', 'Gaps by unit']);
  });

  it('refuses a validity of -1 or 0, attendees from a closed unit, someone else’s staff, a future date: nothing changes', async () => {
    const { unit, post, paper, topic } = await organisation();
    const snap = stable();
    for (const validityMonths of [-1, 0])
      expect(await qm.raw('training.topicCreate', { title: '消防安全', validityMonths }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const session = { topicId: topic('服务礼仪').id, heldOn: '2026-03-02', trainer: '张华', hours: 2, method: 'classroom' as const };
    expect(await author.raw('training.record', { ...session, attendees: [{ personId: paper.id }] }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('孙丽') } });
    expect(await qm.raw('training.record', { ...session, heldOn: '2999-01-01', attendees: [{ personId: paper.id }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('training.record', { ...session, hours: 0, attendees: [{ personId: paper.id }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(stable()).toBe(snap);
    // A closed unit: its staff can no longer be trained.
    const team = await qm.call('departments.create', { name: '夜班组', kind: 'team', parentId: unit.id });
    const night = await qm.call('positions.create', { departmentId: team.id, title: '夜班客服' });
    const p = await qm.call('people.create', { name: '钱坤' });
    await qm.call('people.assign', { id: p.id, version: p.version, positionId: night.id, primary: true });
    await t.backend.store.sqlite.prepare('UPDATE departments SET closed_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', team.id);
    const snap2 = stable();
    expect(await qm.raw('training.record', { ...session, attendees: [{ personId: paper.id }, { personId: p.id }] }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '“钱坤”所在单位“夜班组”已撤销，不能登记培训记录。' },
    });
    expect(stable()).toBe(snap2);
    void post;
  });

  it('requireTraining (for corrective actions): people or positions, once each, feeding the inbox', async () => {
    const { post } = await organisation();
    const fire = await qm.call('training.topicCreate', { title: '消防安全' });
    const ctx = { backend: t.backend, caller: null, locale: 'zh-CN' as const };
    const made = await inTransaction(ctx, (trx, audit) => requireTraining(trx, { topicId: fire.id, positionIds: [post.id], reason: 'corrective_action', source: 'CA-2026-001' }, audit), { id: null, displayName: 'test' });
    expect(made.created).toBe(2);
    const again = await inTransaction(ctx, (trx, audit) => requireTraining(trx, { topicId: fire.id, positionIds: [post.id], reason: 'corrective_action', source: 'CA-2026-001' }, audit), { id: null, displayName: 'test' });
    expect(again.created).toBe(0);
    expect((await author.call('tasks.mine', { kind: 'training' })).items.map((x) => x.title).sort()).toEqual(['投诉处理', '服务礼仪', '消防安全'].sort());
  });
});
