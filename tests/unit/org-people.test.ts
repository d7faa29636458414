import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let all: Awaited<ReturnType<typeof withAllRoles>>;
let qm: Client;
beforeEach(async () => {
  t = openTestBackend();
  all = await withAllRoles(t.backend);
  qm = all.quality_manager;
});
afterEach(() => t.close());

const personOf = async (username: string) => (await qm.call('people.list', { q: username })).items.find((p) => p.username === username)!;

describe('positions and people', () => {
  it('every account is a person; a user department is the unit of their primary position', async () => {
    const ops = await qm.call('departments.create', { name: '运营部', code: 'OPS' });
    const u = await qm.call('users.create', { username: 'lina', displayName: '李娜', role: 'author', password: 'correct horse 1', departmentId: ops.id });
    expect(u.departmentId).toBe(ops.id);
    const lina = await personOf('lina');
    expect(lina).toMatchObject({ name: '李娜', homeDepartmentId: ops.id, positions: [{ title: '文件编写人', primary: true, departmentName: '运营部' }] });
    const qa = await qm.call('departments.create', { name: '质量管理部', code: 'QA' });
    const moved = await qm.call('users.update', { id: u.id, version: u.version, departmentId: qa.id });
    expect(moved.departmentId).toBe(qa.id);
    expect((await personOf('lina')).positions.map((p) => [p.departmentName, p.primary])).toEqual([['质量管理部', true]]);
    expect((await qm.call('users.directory', {})).find((p) => p.username === 'lina')!.departmentId).toBe(qa.id);
    // Staff without an account
    const staff = await qm.call('people.create', { name: '刘洋', employeeNo: 'a001' });
    expect(staff).toMatchObject({ userId: null, username: null, employeeNo: 'a001', homeDepartmentId: null });
  });

  it('a person holds several positions, one primary; a deputy per position; absence is recorded', async () => {
    const ops = await qm.call('departments.create', { name: '运营部' });
    const lead = await qm.call('positions.create', {
      departmentId: ops.id,
      title: '客服主管',
      education: '大专及以上',
      qualifications: '三年以上客服经验',
      trainingTopics: ['投诉处理', '服务礼仪'],
      headcount: 2,
      duties: { schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '负责客服团队日常管理' }] }] } },
    });
    expect(lead).toMatchObject({ dutiesText: '负责客服团队日常管理', trainingTopics: ['投诉处理', '服务礼仪'], headcount: 2 });
    const agent = await qm.call('positions.create', { departmentId: ops.id, title: '客服专员' });
    const liu = await qm.call('people.create', { name: '刘洋', employeeNo: 'A001' });
    const sun = await qm.call('people.create', { name: '孙丽', employeeNo: 'A002' });
    let p = await qm.call('people.assign', { id: liu.id, version: liu.version, positionId: agent.id, primary: true });
    p = await qm.call('people.assign', { id: liu.id, version: p.version, positionId: lead.id, primary: true });
    expect(p.positions.map((x) => [x.title, x.primary])).toEqual([['客服主管', true], ['客服专员', false]]);
    expect(p.homeDepartmentId).toBe(ops.id);
    const withDeputy = await qm.call('positions.update', { id: lead.id, version: lead.version, deputyPersonId: sun.id });
    expect(withDeputy).toMatchObject({ deputyName: '孙丽', holders: [{ name: '刘洋', primary: true, absent: false }] });
    const away = await qm.call('people.update', { id: liu.id, version: p.version, absent: true });
    expect(away.absent).toBe(true);
    expect((await qm.call('positions.get', { id: lead.id })).holders[0]!.absent).toBe(true);
    expect(await qm.raw('positions.delete', { id: lead.id, version: withDeputy.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const left = await qm.call('people.unassign', { id: liu.id, version: away.version, positionId: agent.id });
    expect(left.positions.map((x) => x.title)).toEqual(['客服主管']);
    expect((await qm.call('people.list', { departmentId: ops.id })).items.map((x) => x.name)).toEqual(['刘洋']);
    expect((await qm.call('positions.list', { departmentId: ops.id })).total).toBe(2);
  });

  it('refuses duplicates with typed errors and changes nothing', async () => {
    const ops = await qm.call('departments.create', { name: '运营部' });
    await qm.call('positions.create', { departmentId: ops.id, title: '客服专员' });
    await qm.call('people.create', { name: '刘洋', employeeNo: 'A001' });
    const before = snapshot(t.backend);
    expect(await qm.raw('positions.create', { departmentId: ops.id, title: '客服专员' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '单位“运营部”已有岗位“客服专员”。' },
    });
    expect(await qm.raw('people.create', { name: '另一人', employeeNo: 'a001' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '工号“a001”已被“刘洋”使用。' },
    });
    expect(await qm.raw('people.create', { name: '另一人', userId: all.ids.author })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await qm.raw('positions.create', { departmentId: ops.id, title: 'x', headcount: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('unit heads and the unit own authors edit its positions; others may not', async () => {
    const ops = await qm.call('departments.create', { name: '运营部' });
    const qa = await qm.call('departments.create', { name: '质量管理部' });
    const author = await personOf('author');
    const auditor = await personOf('auditor');
    const post = await qm.call('positions.create', { departmentId: ops.id, title: '客服专员' });
    await qm.call('people.assign', { id: author.id, version: author.version, positionId: post.id, primary: true });
    await qm.call('departments.update', { id: qa.id, version: qa.version, headPersonId: auditor.id });
    expect(await all.author.raw('positions.create', { departmentId: ops.id, title: '保洁员' })).toMatchObject({ ok: true });
    expect(await all.author.raw('positions.create', { departmentId: qa.id, title: '内审员' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有质量经理、本单位负责人和本单位的编写人可以修改该单位的岗位与职责。' },
    });
    expect(await all.auditor.raw('positions.create', { departmentId: qa.id, title: '内审员' })).toMatchObject({ ok: true });
    expect(await all.auditor.raw('positions.update', { id: post.id, version: post.version, headcount: 3 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await all.executive.raw('positions.list', {})).toMatchObject({ ok: true });
  });
});
