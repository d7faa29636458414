import type { Input, Output } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';
import { PASSWORD, type Client } from './backend';

export const ROOT_UNIT = '00000000-0000-4000-8000-000000000001';
type Capa = Output<'capa.get'>;
const usernameOf = (role: Role) => (role === 'quality_manager' ? 'manager' : role);

/** Builds corrective actions in given states through the API, for unit and permission tests. */
export function capaKit(qm: () => Client) {
  const personOf = async (role: Role) => (await qm().call('people.list', { q: usernameOf(role) })).items.find((p) => p.username === usernameOf(role))!;
  const day = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  async function raise(owner: Role, extra: Partial<Input<'capa.create'>> = {}): Promise<Capa> {
    return qm().call('capa.create', {
      title: '窗口服务超时未处理',
      sourceType: 'inspection',
      sourceRef: '2026 年第三季度服务检查',
      unitId: ROOT_UNIT,
      ownerPersonId: (await personOf(owner)).id,
      severity: 'major',
      problem: { what: '营业厅 3 号窗口客户等候超过 30 分钟无人处理', where: '城东营业厅', when: '2026-09-12 上午', extent: '当天 7 位客户' },
      dueDate: day(30),
      ...extra,
    });
  }
  /** Analysed (5 whys), with one action done long ago and submitted for verification. */
  async function verifying(owner: Role, verifier?: Role): Promise<Capa> {
    let c = await raise(owner, verifier ? { verifierPersonId: (await personOf(verifier)).id } : {});
    c = await qm().call('capa.step', { id: c.id, version: c.version, step: 'analyse' });
    c = await qm().call('capa.setWhys', { id: c.id, version: c.version, whys: ['窗口人员离岗', '无人顶岗', '排班未设替岗'] });
    c = await qm().call('capa.step', { id: c.id, version: c.version, step: 'plan' });
    const a = await qm().call('actions.add', { parentType: 'capa', parentId: c.id, kind: 'corrective', description: '修订排班制度，增设替岗', ownerPersonId: c.ownerPersonId, dueDate: day(10) });
    await qm().call('actions.complete', { id: a.id, version: a.version, doneOn: '2020-01-02', note: '已发布新排班表' });
    c = await qm().call('capa.get', { id: c.id });
    return qm().call('capa.step', { id: c.id, version: c.version, step: 'submit' });
  }
  async function verified(owner: Role, verifier: Role = 'auditor'): Promise<Capa> {
    const c = await verifying(owner, verifier);
    return qm().call('capa.verify', { id: c.id, version: c.version, verifiedOn: day(0), criteria: '三个月内无同类超时', result: '抽查 3 个月记录，无再发生', verdict: 'effective' });
  }
  return { personOf, raise, verifying, verified, day, password: PASSWORD };
}
