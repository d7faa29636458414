import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationVersion, loadMigrations } from '../../electron/backend/db/migrations';
import { APP_ROOT } from '../../electron/backend/app-root';
import { join } from 'node:path';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { capaKit } from '../helpers/capa';

let t: TestBackend;
let c: Awaited<ReturnType<typeof withAllRoles>>;
let qm: Client;
let kit: ReturnType<typeof capaKit>;
beforeEach(async () => {
  t = openTestBackend();
  c = await withAllRoles(t.backend);
  qm = c.quality_manager;
  kit = capaKit(() => qm);
});
afterEach(() => t.close());

async function refused(who: Client, method: string, input: unknown, code: string, zh: RegExp) {
  const before = snapshot(t.backend);
  const r = await who.raw(method, input, 'zh-CN');
  expect(r).toMatchObject({ ok: false, error: { code } });
  if (!r.ok) expect(r.error.message).toMatch(zh);
  expect(snapshot(t.backend)).toBe(before);
}

describe('context and risks', () => {
  it('keeps context entries dated and reviewed, with their history in the trail', async () => {
    expect(migrationVersion(loadMigrations(join(APP_ROOT, 'migrations')), 'context_and_risks')).toBeGreaterThan(0);
    let e = await qm.call('context.save', { kind: 'external', title: '行业监管趋严', detail: '住建部门加强物业服务检查' });
    expect(e).toMatchObject({ recordedOn: kit.day(0), reviewedOn: null, active: true });
    e = await qm.call('context.review', { id: e.id, version: e.version });
    e = await qm.call('context.save', { id: e.id, version: e.version, kind: 'external', title: '行业监管趋严', detail: '每季度检查', active: true });
    expect(e.reviewedOn).toBe(kit.day(0));
    const history = await qm.call('audit.history', { entity: 'contextItem', entityId: e.id });
    expect(history.items.map((h) => h.action).sort()).toEqual(['create', 'review', 'update']);
    await refused(c.author, 'context.save', { kind: 'party', title: 'x' }, 'FORBIDDEN', /角色/);
  });

  it('rates risks on the matrix in settings, refuses a bad matrix and an unknown source, lets the owner update', async () => {
    const author = await kit.personOf('author');
    const r = await qm.call('risks.create', { kind: 'risk', description: '高峰客流导致等候超时', sourceKind: 'other', likelihood: 4, impact: 4, ownerPersonId: author.id, reviewDate: kit.day(30) });
    expect(r).toMatchObject({ number: 'R-001', score: 16, level: 'high' });
    await refused(qm, 'risks.setMatrix', { low: 12, medium: 6 }, 'VALIDATION', /评级矩阵无效/);
    await refused(qm, 'risks.create', { kind: 'risk', description: 'x', sourceKind: 'issue', sourceId: '0190a5e4-0000-7000-8000-000000000001', likelihood: 1, impact: 1, ownerPersonId: author.id, reviewDate: kit.day(3) }, 'VALIDATION', /来源记录不存在/);
    await qm.call('risks.setMatrix', { low: 6, medium: 16 });
    expect((await qm.call('risks.get', { id: r.id })).level).toBe('medium');
    // The owner (an author) updates their risk and plans an action on it; the executive may not.
    await refused(c.executive, 'risks.update', { id: r.id, version: r.version, kind: 'risk', description: r.description, sourceKind: 'other', likelihood: 2, impact: 4, ownerPersonId: author.id, reviewDate: r.reviewDate }, 'FORBIDDEN', /风险责任人/);
    const u = await c.author.call('risks.update', { id: r.id, version: r.version, kind: 'risk', description: r.description, sourceKind: 'other', likelihood: 2, impact: 4, ownerPersonId: author.id, reviewDate: r.reviewDate, status: 'treating' });
    expect(u).toMatchObject({ score: 8, status: 'treating' });
    await c.author.call('actions.add', { parentType: 'risk', parentId: r.id, kind: 'preventive', description: '高峰时段增开窗口', ownerPersonId: author.id, dueDate: kit.day(10) });
    expect((await qm.call('risks.list', { level: 'medium' })).items[0]!.actions).toHaveLength(1);
  });

  it('lets a corrective action name a risk to update as a follow-up, and refuses one that does not exist', async () => {
    const capa = await kit.raise('author');
    await refused(c.author, 'capa.addFollowUp', { id: capa.id, version: capa.version, kind: 'risk', targetId: '0190a5e4-0000-7000-8000-000000000002', note: '更新风险' }, 'VALIDATION', /后续事项关联的记录不存在/);
    const r = await qm.call('risks.create', { kind: 'risk', description: '排班不足', sourceKind: 'other', likelihood: 3, impact: 3, ownerPersonId: capa.ownerPersonId, reviewDate: kit.day(30) });
    const f = await c.author.call('capa.addFollowUp', { id: capa.id, version: capa.version, kind: 'risk', targetId: r.id, note: '排班风险重新评估' });
    expect(f.followUps[0]).toMatchObject({ kind: 'risk', targetId: r.id, doneOn: null });
  });
});
