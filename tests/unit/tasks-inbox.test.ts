import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { setClock } from '../../electron/backend/clock';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let ids: Record<Role, string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, ids } = await withAllRoles(t.backend));
});
let restoreClock: (() => void) | null = null;
afterEach(() => {
  restoreClock?.();
  restoreClock = null;
  t.close();
});

const signIn = async (username: string) => client(t.backend, (await client(t.backend).call('auth.signIn', { username, password: PASSWORD })).token);
const personOf = async (userId: string) => (await qm.call('people.list', { pageSize: 500 })).items.find((p) => p.userId === userId)!;

const openRows = () => t.backend.store.sqlite.prepare('SELECT kind, assignee_id FROM tasks WHERE closed_at IS NULL ORDER BY kind, assignee_id').all();

async function submitted(steps: unknown, departmentId?: string) {
  await qm.call('routes.set', { scope: { documentType: 'manual' }, steps: steps as never });
  const doc = await qm.call('documents.create', { title: '质量手册', type: 'manual', ownerId: ids.author, ...(departmentId ? { departmentId } : {}) });
  const draft = await author.call('revisions.startDraft', { documentId: doc.id, templateId: 'quality-manual' });
  const rev = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
  return { doc, rev };
}

describe('the stored task inbox', () => {
  it('opens a signing task with the submission and closes it with the signature, each in the same transaction', async () => {
    const { doc, rev } = await submitted([{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] }]);
    expect(openRows()).toEqual([{ kind: 'sign', assignee_id: ids.quality_manager }]);
    const mine = await qm.call('tasks.mine', {});
    expect(mine).toMatchObject({ total: 1, open: 1, overdue: 0 });
    // Past the last page, and with a filter, the counts still come with the (empty) page.
    expect(await qm.call('tasks.mine', { page: 5 })).toMatchObject({ items: [], total: 1, open: 1, overdue: 0 });
    expect(await qm.call('tasks.mine', { kind: 'revise' })).toMatchObject({ items: [], total: 0, open: 1, overdue: 0 });
    expect(await qm.call('tasks.mine', { kind: 'sign' })).toMatchObject({ total: 1, open: 1, overdue: 0 });
    expect(mine.items[0]).toMatchObject({ kind: 'sign', parentId: doc.id, entityId: rev.id, from: expect.any(String), overdue: false, link: `/documents/${doc.id}/revisions/${rev.id}` });
    expect((await author.call('tasks.mine', {})).items).toEqual([]);

    // Past the due date the task is overdue, and the quality manager's totals by unit say so.
    const due = Date.parse(mine.items[0]!.dueAt!);
    restoreClock = setClock(() => due + 1000);
    const later = await signIn('manager');
    expect(await later.call('tasks.mine', { overdue: true })).toMatchObject({ total: 1, overdue: 1 });
    expect((await later.call('tasks.mine', {})).items[0]).toMatchObject({ overdue: true });
    expect(await later.call('tasks.overdueByUnit', {})).toEqual([{ unitId: null, unitName: null, open: 1, overdue: 1 }]);
    restoreClock();
    restoreClock = null;

    // A failed signature (wrong password) rolls back: the task stays open.
    const bad = await qm.raw('revisions.sign', { id: rev.id, version: rev.version, password: 'wrong password 9' }, 'zh-CN');
    expect(bad.ok).toBe(false);
    expect(openRows()).toHaveLength(1);
    await qm.call('revisions.sign', { id: rev.id, version: rev.version, password: PASSWORD });
    expect(openRows()).toEqual([]);
    expect(t.backend.store.sqlite.prepare('SELECT COUNT(*) AS n FROM tasks WHERE closed_at IS NOT NULL').get()).toEqual({ n: 1 });
  });

  it('a return opens 待我修改 for the author and closes the signing tasks; resubmitting closes it', async () => {
    const { rev } = await submitted([{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] }]);
    const back = await qm.call('revisions.reject', { id: rev.id, version: rev.version, comment: '职责不清' });
    expect(openRows()).toEqual([{ kind: 'revise', assignee_id: ids.author }]);
    expect((await author.call('tasks.mine', { kind: 'revise' })).items[0]).toMatchObject({ comment: '职责不清', from: expect.any(String) });
    expect((await author.call('tasks.mine', { kind: 'sign' })).total).toBe(0);
    await author.call('revisions.submit', { id: rev.id, version: back.version, changeReason: '明确职责', password: PASSWORD });
    expect(openRows()).toEqual([{ kind: 'sign', assignee_id: ids.quality_manager }]);
  });

  it('a head-of-unit step goes to the head, and to the deputy while the head is marked absent', async () => {
    const head = await personOf(ids.auditor);
    const deputy = await personOf(ids.executive);
    const unit = await qm.call('departments.create', { name: '客服部', code: 'KF', headPersonId: head.id });
    const pos = await qm.call('positions.create', { departmentId: unit.id, title: '部门经理', deputyPersonId: deputy.id });
    await qm.call('people.assign', { id: head.id, version: head.version, positionId: pos.id, primary: true });
    const { rev } = await submitted([{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'unitHead' }] }], unit.id);
    expect(openRows()).toEqual([{ kind: 'sign', assignee_id: ids.auditor }]);
    expect((await qm.call('tasks.overdueByUnit', {}))[0]).toMatchObject({ unitId: unit.id, unitName: '客服部', open: 1 });

    // Marking the head absent moves the task to the deputy in the same transaction.
    const now = await qm.call('people.get', { id: head.id });
    await qm.call('people.update', { id: head.id, version: now.version, absent: true });
    expect(openRows()).toEqual([{ kind: 'sign', assignee_id: ids.executive }]);
    const executive = await signIn('executive');
    expect((await executive.call('tasks.mine', {})).items).toHaveLength(1);
    expect(await executive.call('revisions.get', { id: rev.id })).toMatchObject({ may: { sign: true } });
  });

  it('refuses bad filters with a typed error and changes nothing', async () => {
    const before = snapshot(t.backend);
    for (const input of [{ kind: 'audit' }, { page: 0 }, { pageSize: 1000 }, { overdue: 'yes' }, { extra: 1 }]) {
      const res = await qm.raw('tasks.mine', input, 'en');
      expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await author.raw('tasks.overdueByUnit', {}, 'en')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(t.backend)).toBe(before);
  });
});
