import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../electron/backend/clock';
import { capaForSource, raiseFromSource } from '../../electron/backend/services/capa';
import { registerCapaSource } from '../../electron/backend/services/capa-sources';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { capaKit, ROOT_UNIT } from '../helpers/capa';

let t: TestBackend;
let qm: Client;
let c: Awaited<ReturnType<typeof withAllRoles>>;
let kit: ReturnType<typeof capaKit>;
let restore: (() => void) | null = null;

beforeEach(async () => {
  t = openTestBackend();
  c = await withAllRoles(t.backend);
  qm = c.quality_manager;
  kit = capaKit(() => qm);
});
afterEach(async () => {
  restore?.();
  restore = null;
  await t.close();
});

/** A refused call: the typed code, a message in the user's language, and not one row changed. */
async function refused(who: Client, method: string, input: unknown, code: string, zh: RegExp) {
  const before = snapshot(t.backend);
  const r = await who.raw(method, input, 'zh-CN');
  expect(r).toMatchObject({ ok: false, error: { code } });
  if (!r.ok) expect(r.error.message).toMatch(zh);
  expect(snapshot(t.backend)).toBe(before);
}

describe('corrective actions: the record', () => {
  it('numbers records CA-{year}-{seq} and lists them with filters and overdue counts', async () => {
    const a = await kit.raise('author');
    const b = await kit.raise('executive', { severity: 'minor', sourceType: 'external_audit', sourceRef: '认证机构监督审核' });
    const year = new Date().getFullYear();
    expect([a.number, b.number]).toEqual([`CA-${year}-001`, `CA-${year}-002`]);
    expect(a).toMatchObject({ status: 'open', round: 1, steps: ['analyse', 'cancel'], mayWork: true, sourceRef: '2026 年第三季度服务检查' });
    expect((await qm.call('capa.list', { severity: 'minor' })).items.map((i) => i.number)).toEqual([b.number]);
    expect((await qm.call('capa.list', { sourceType: 'inspection' })).items.map((i) => i.number)).toEqual([a.number]);
    expect((await qm.call('capa.list', { ownerPersonId: b.ownerPersonId })).total).toBe(1);
    expect((await qm.call('capa.list', { unitId: ROOT_UNIT, statuses: ['open'] })).total).toBe(2);
    // Past the due date both are overdue: the register, the counts and the filter say so.
    restore = setClock(new Date(Date.parse(`${a.dueDate}T00:00:00Z`) + 2 * 86_400_000));
    const later = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'manager', password: PASSWORD })).token);
    expect(await later.call('capa.list', { overdue: true })).toMatchObject({ total: 2, open: 2, overdue: 2 });
    expect(await later.call('capa.counts', {})).toMatchObject({ open: 2, overdue: 2 });
  });

  it('refuses a due date before the record was raised, an unknown source, a source type without records', async () => {
    await refused(qm, 'capa.create', { title: 'x', sourceType: 'other', unitId: ROOT_UNIT, ownerPersonId: (await kit.personOf('author')).id, severity: 'minor', problem: { what: 'x' }, dueDate: '2020-01-01' }, 'VALIDATION', /完成期限 2020-01-01 不能早于提出日期/);
    const base = { title: 'x', unitId: ROOT_UNIT, ownerPersonId: (await kit.personOf('author')).id, severity: 'minor', problem: { what: 'x' }, dueDate: kit.day(3) };
    await refused(qm, 'capa.create', { ...base, sourceType: 'other', sourceId: '0190a5e4-0000-7000-8000-000000000001' }, 'VALIDATION', /没有可关联的记录/);
    registerCapaSource('complaint', { exists: async () => false, describe: async () => ({ ref: '', title: '', link: '' }) });
    await refused(qm, 'capa.create', { ...base, sourceType: 'complaint', sourceId: '0190a5e4-0000-7000-8000-000000000001' }, 'NOT_FOUND', /来源记录不存在/);
    const own = await kit.raise('author');
    await refused(qm, 'capa.update', { id: own.id, version: own.version, title: own.title, unitId: own.unitId, ownerPersonId: own.ownerPersonId, severity: 'minor', problem: own.problem, dueDate: '2001-05-05' }, 'VALIDATION', /不能早于提出日期/);
  });

  it('raises from a registered source with its prefill, and finds the records of a source', async () => {
    // A source type registered by this test only (audit findings are wired by their own module).
    const complaints = new Map([['0190a5e4-0000-7000-8000-0000000000aa', { ref: 'TS-2026-017', title: '客户投诉：等候过久' }]]);
    registerCapaSource('complaint', {
      exists: async (_db, id) => complaints.has(id),
      describe: async (_db, id) => ({ ...complaints.get(id)!, link: `/complaints/${id}` }),
      prefill: async (_db, id) => ({ title: complaints.get(id)!.title, unitId: ROOT_UNIT, problem: '客户在营业厅等候 40 分钟', severity: 'major', evidenceIds: [] }),
    });
    const ctx = { backend: t.backend, caller: { id: c.ids.quality_manager, username: 'manager', displayName: '质量经理', role: 'quality_manager' as const, sessionId: '' }, locale: 'zh-CN' as const };
    const raised = await raiseFromSource(ctx, 'complaint', '0190a5e4-0000-7000-8000-0000000000aa');
    expect(raised).toMatchObject({ title: '客户投诉：等候过久', sourceType: 'complaint', sourceRef: 'TS-2026-017', sourceLink: '/complaints/0190a5e4-0000-7000-8000-0000000000aa', severity: 'major' });
    expect(await capaForSource(t.backend.store.db, 'complaint', '0190a5e4-0000-7000-8000-0000000000aa')).toEqual([{ id: raised.id, number: raised.number, status: 'open' }]);
    expect(await qm.call('capa.forSource', { sourceType: 'complaint', sourceId: '0190a5e4-0000-7000-8000-0000000000aa' })).toHaveLength(1);
  });
});

describe('root cause analysis', () => {
  it('keeps a 5-whys chain of up to five levels, the last the root cause; refuses six levels and a category outside 人机料法环测', async () => {
    let r = await kit.raise('author');
    r = await c.author.call('capa.step', { id: r.id, version: r.version, step: 'analyse' });
    await refused(c.author, 'capa.step', { id: r.id, version: r.version, step: 'plan' }, 'CONFLICT', /根本原因/);
    await refused(c.author, 'capa.setWhys', { id: r.id, version: r.version, whys: ['1', '2', '3', '4', '5', '6'] }, 'VALIDATION', /最多 5 层，提交了 6 层/);
    r = await c.author.call('capa.setWhys', { id: r.id, version: r.version, whys: ['一', '二', '三', '四', '五'] });
    expect(r.analyses[0]!.whys.map((w) => w.rootCause)).toEqual([false, false, false, false, true]);
    await refused(c.author, 'capa.setCauses', { id: r.id, version: r.version, causes: [{ category: 'money', cause: '预算不足' }] }, 'VALIDATION', /原因类别“money”无效/);
    r = await c.author.call('capa.setCauses', { id: r.id, version: r.version, causes: [{ category: 'people', cause: '新员工', status: 'confirmed' }, { category: 'environment', cause: '高峰客流', status: 'ruled_out' }] });
    expect(r.analyses[0]!.causes.map((x) => [x.category, x.status])).toEqual([['people', 'confirmed'], ['environment', 'ruled_out']]);
    r = await c.author.call('capa.step', { id: r.id, version: r.version, step: 'plan' });
    expect(r.status).toBe('acting');
  });

  it('lets the owner work their record whatever their role, and nobody else but a quality manager', async () => {
    const r = await kit.raise('executive');
    expect((await c.executive.call('capa.get', { id: r.id })).steps).toEqual(['analyse']);
    expect((await c.author.call('capa.get', { id: r.id })).steps).toEqual([]);
    await refused(c.author, 'capa.setContainment', { id: r.id, version: r.version, text: '顶岗' }, 'FORBIDDEN', /责任人或质量经理/);
    const done = await c.executive.call('capa.setContainment', { id: r.id, version: r.version, text: '当日值班经理顶岗' });
    expect(done.containment).toMatchObject({ text: '当日值班经理顶岗', by: 'executive' });
  });
});

describe('verification and close', () => {
  it('refuses a verification by the owner and one before the verification date', async () => {
    const r = await kit.verifying('author');
    expect(r.verifyAfter).toBe('2020-04-01');
    await refused(c.author, 'capa.verify', { id: r.id, version: r.version, verifiedOn: kit.day(0), criteria: 'x', result: 'y', verdict: 'effective' }, 'FORBIDDEN', /责任人不能验证/);
    await refused(c.auditor, 'capa.verify', { id: r.id, version: r.version, verifiedOn: '2020-03-01', criteria: 'x', result: 'y', verdict: 'effective' }, 'VALIDATION', /不能早于 2020-04-01/);
    // The quality manager is no verifier of their own record either.
    const own = await kit.verifying('quality_manager');
    await refused(qm, 'capa.verify', { id: own.id, version: own.version, verifiedOn: kit.day(0), criteria: 'x', result: 'y', verdict: 'effective' }, 'FORBIDDEN', /责任人不能验证/);
  });

  it('reopens to analysis after a not-effective verification, keeping the history, then closes signed', async () => {
    let r = await kit.verifying('author', 'executive');
    r = await c.executive.call('capa.verify', { id: r.id, version: r.version, verifiedOn: kit.day(0), criteria: '三个月无再发生', result: '10 月再次发生 2 起', verdict: 'not_effective' });
    expect(r).toMatchObject({ status: 'analysing', round: 2, reopened: 1, verifyAfter: null });
    expect(r.analyses.map((a) => [a.round, a.whys.length])).toEqual([[2, 0], [1, 3]]);
    expect(r.verifications).toMatchObject([{ verdict: 'not_effective', verifierName: 'executive', round: 1 }]);
    r = await c.author.call('capa.setCauses', { id: r.id, version: r.version, causes: [{ category: 'methods', cause: '替岗规则未培训', status: 'confirmed' }] });
    r = await c.author.call('capa.step', { id: r.id, version: r.version, step: 'plan' });
    await refused(c.author, 'capa.step', { id: r.id, version: r.version, step: 'submit' }, 'CONFLICT', /本轮尚未制定新的措施/); // the old action is done, but this round needs its own
    const a = await c.author.call('actions.add', { parentType: 'capa', parentId: r.id, kind: 'preventive', description: '替岗规则培训', ownerPersonId: r.ownerPersonId, dueDate: kit.day(7) });
    await c.author.call('actions.complete', { id: a.id, version: a.version, doneOn: kit.day(0), note: '培训 12 人' });
    r = await c.author.call('capa.get', { id: r.id });
    r = await c.author.call('capa.step', { id: r.id, version: r.version, step: 'submit' });
    expect(r.verifyAfter).toBe(kit.day(90));
    restore = setClock(new Date(`${kit.day(91)}T08:00:00Z`));
    const ex = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'executive', password: PASSWORD })).token);
    r = await ex.call('capa.verify', { id: r.id, version: r.version, verifiedOn: kit.day(91), criteria: '三个月无再发生', result: '无再发生', verdict: 'effective' });
    expect(r).toMatchObject({ status: 'verified', steps: ['close'] });
    // Closing is signed with the password: a wrong one closes nothing.
    const bad = await ex.raw('capa.step', { id: r.id, version: r.version, step: 'close', password: 'wrong password 1' }, 'zh-CN');
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await ex.call('capa.get', { id: r.id })).status).toBe('verified');
    r = await ex.call('capa.step', { id: r.id, version: r.version, step: 'close', password: PASSWORD });
    expect(r).toMatchObject({ status: 'closed', steps: [] });
    expect(r.signatures).toMatchObject([{ meaning: 'approved', signerName: 'executive', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(r.verifications.map((v) => v.verdict)).toEqual(['not_effective', 'effective']);
  });

  it('refuses closing with an open action', async () => {
    let r = await kit.verified('author');
    await c.author.call('actions.add', { parentType: 'capa', parentId: r.id, kind: 'preventive', description: '推广到其他营业厅', ownerPersonId: r.ownerPersonId, dueDate: kit.day(7) });
    r = await qm.call('capa.get', { id: r.id });
    await refused(qm, 'capa.step', { id: r.id, version: r.version, step: 'close', password: PASSWORD }, 'CONFLICT', /仍有 1 项措施未完成，不能关闭/);
  });
});

describe('the inbox', () => {
  it('gives owners their record and actions, verifiers the verification, and closes them as the record moves', async () => {
    const open = () => t.backend.store.sqlite.prepare("SELECT kind, assignee_id FROM tasks WHERE closed_at IS NULL AND entity_type IN ('capa', 'action') ORDER BY kind").all();
    const r = await kit.raise('author', { verifierPersonId: (await kit.personOf('auditor')).id });
    expect(open()).toEqual([{ kind: 'capa', assignee_id: c.ids.author }]);
    const a = await qm.call('actions.add', { parentType: 'capa', parentId: r.id, kind: 'corrective', description: '修订排班', ownerPersonId: (await kit.personOf('executive')).id, dueDate: kit.day(3) });
    expect(open()).toEqual([{ kind: 'action', assignee_id: c.ids.executive }, { kind: 'capa', assignee_id: c.ids.author }]);
    expect((await c.executive.call('tasks.mine', {})).items[0]).toMatchObject({ kind: 'action', ref: r.number, detail: '修订排班', link: `/capa/${r.id}` });
    await c.executive.call('actions.complete', { id: a.id, version: a.version, doneOn: kit.day(0), note: '' });
    expect(open()).toEqual([{ kind: 'capa', assignee_id: c.ids.author }]);
    const v = await kit.verifying('author', 'auditor');
    expect(open()).toContainEqual({ kind: 'capaVerify', assignee_id: c.ids.auditor });
    expect((await c.auditor.call('tasks.mine', { kind: 'capaVerify' })).items[0]).toMatchObject({ ref: v.number });
  });
});
