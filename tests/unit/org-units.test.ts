import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
beforeEach(async () => {
  t = openTestBackend();
  qm = (await withAllRoles(t.backend)).quality_manager;
});
afterEach(() => t.close());

describe('the unit tree', () => {
  it('starts at the organisation, named by the setting, and lists units depth-first in order', async () => {
    await qm.call('settings.update', { organisationName: '安和城市服务有限公司' });
    const ops = await qm.call('departments.create', { name: '运营部', code: 'ops' });
    const qa = await qm.call('departments.create', { name: '质量管理部', code: 'QA', order: 0 });
    const east = await qm.call('departments.create', { name: '东城网点', code: 'E1', kind: 'branch', parentId: ops.id });
    const team = await qm.call('departments.create', { name: '客服组', code: 'E1-CS', kind: 'team', parentId: east.id });
    const tree = await qm.call('departments.tree', {});
    expect(tree.map((u) => [u.depth, u.name, u.code, u.kind])).toEqual([
      [0, '安和城市服务有限公司', null, 'organisation'],
      [1, '质量管理部', 'QA', 'department'],
      [1, '运营部', 'OPS', 'department'],
      [2, '东城网点', 'E1', 'branch'],
      [3, '客服组', 'E1-CS', 'team'],
    ]);
    expect(team.parentId).toBe(east.id);
    expect(qa.parentId).toBe(tree[0]!.id);
  });

  it('keeps names unique among siblings only and codes unique ignoring case, in the user language', async () => {
    const east = await qm.call('departments.create', { name: '东城网点', code: 'E1', kind: 'branch' });
    const west = await qm.call('departments.create', { name: '西城网点', code: 'W1', kind: 'branch' });
    await qm.call('departments.create', { name: '客服组', kind: 'team', parentId: east.id });
    await qm.call('departments.create', { name: '客服组', kind: 'team', parentId: west.id });
    const before = snapshot(t.backend);
    expect(await qm.raw('departments.create', { name: '客服组', kind: 'team', parentId: west.id }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '同一上级下已有名为“客服组”的单位。' },
    });
    expect(await qm.raw('departments.create', { name: '南城网点', code: 'e1' }, 'en')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'The code "E1" is already used by the unit "东城网点".' },
    });
    expect(await qm.raw('departments.update', { id: west.id, version: west.version, code: 'e1' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('moves a subtree, but never under itself or its own descendant', async () => {
    const ops = await qm.call('departments.create', { name: '运营部' });
    const east = await qm.call('departments.create', { name: '东城网点', kind: 'branch', parentId: ops.id });
    const team = await qm.call('departments.create', { name: '客服组', kind: 'team', parentId: east.id });
    const before = snapshot(t.backend);
    for (const parentId of [ops.id, team.id])
      expect(await qm.raw('departments.move', { id: ops.id, version: ops.version, parentId }, 'zh-CN')).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: '不能把“运营部”移到它自己或它的下级单位之下。' },
      });
    expect(snapshot(t.backend)).toBe(before);
    const service = await qm.call('departments.create', { name: '客服中心' });
    const moved = await qm.call('departments.move', { id: east.id, version: east.version, parentId: service.id });
    expect(moved.parentId).toBe(service.id);
    const tree = await qm.call('departments.tree', {});
    expect(tree.find((u) => u.id === team.id)).toMatchObject({ depth: 3, parentId: east.id });
    const history = await qm.call('audit.history', { entity: 'department', entityId: east.id });
    expect(history.items.map((h) => h.action)).toContain('move');
  });

  it('closes a unit with its subtree: history stays, no new positions or people there; delete only when unreferenced', async () => {
    const ops = await qm.call('departments.create', { name: '运营部' });
    const east = await qm.call('departments.create', { name: '东城网点', kind: 'branch', parentId: ops.id });
    const post = await qm.call('positions.create', { departmentId: east.id, title: '客服专员' });
    const person = await qm.call('people.create', { name: '刘洋', employeeNo: 'A001' });
    const closed = await qm.call('departments.close', { id: ops.id, version: ops.version });
    expect(closed.closedAt).not.toBeNull();
    const tree = await qm.call('departments.tree', {});
    expect(tree.find((u) => u.id === east.id)!.closedAt).not.toBeNull();
    expect((await qm.call('departments.tree', { includeClosed: false })).map((u) => u.name)).not.toContain('运营部');
    expect((await qm.call('departments.list', { openOnly: true })).items.map((u) => u.name)).not.toContain('东城网点');

    const before = snapshot(t.backend);
    expect(await qm.raw('people.assign', { id: person.id, version: person.version, positionId: post.id }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '单位“东城网点”已撤销，不能再添加新的记录。' },
    });
    expect(await qm.raw('positions.create', { departmentId: east.id, title: '保洁员' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await qm.raw('departments.create', { name: '客服组', parentId: east.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await qm.raw('documents.create', { title: '网点服务规范', type: 'form', departmentId: east.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await qm.raw('users.create', { username: 'newbie', displayName: '新人', role: 'author', password: PASSWORD, departmentId: east.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await qm.raw('departments.delete', { id: east.id, version: tree.find((u) => u.id === east.id)!.version })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(snapshot(t.backend)).toBe(before);

    const reopened = await qm.call('departments.reopen', { id: ops.id, version: closed.version });
    expect(reopened.closedAt).toBeNull();
    const empty = await qm.call('departments.create', { name: '临时组', parentId: ops.id });
    await qm.call('departments.delete', { id: empty.id, version: empty.version });
    expect((await qm.call('departments.tree', {})).map((u) => u.name)).not.toContain('临时组');
  });

  it('keeps the organisation itself fixed', async () => {
    const root = (await qm.call('departments.tree', {}))[0]!;
    const other = await qm.call('departments.create', { name: '运营部' });
    for (const [m, input] of [
      ['departments.move', { id: root.id, version: root.version, parentId: other.id }],
      ['departments.close', { id: root.id, version: root.version }],
      ['departments.delete', { id: root.id, version: root.version }],
      ['departments.update', { id: root.id, version: root.version, name: '别名' }],
    ] as const)
      expect(await qm.raw(m, input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('everyone reads the chart; only quality managers change units', async () => {
    const anon = await client(t.backend).call('auth.signIn', { username: 'executive', password: PASSWORD });
    const exec = client(t.backend, anon.token);
    expect((await exec.call('departments.tree', {})).length).toBe(1);
    expect(await exec.raw('departments.create', { name: '运营部' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
