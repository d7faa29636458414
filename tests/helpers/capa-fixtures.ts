import type { Input } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';
import type { DomainMethods } from '../../electron/backend/context';
import type { Client } from './backend';
import { capaKit } from './capa';

/** capa.raiseFromSource needs a source record of another module: its fixture is with the findings'. */
type Methods = Exclude<DomainMethods<'capa'>, 'capa.raiseFromSource'> | DomainMethods<'actions'> | DomainMethods<'context'> | DomainMethods<'risks'>;
/** Valid inputs for the capa.* and actions.* methods, the role holding the assignment where rights come from one. */
export function capaFixtures(qm: () => Client): { [M in Methods]: (role: Role) => Promise<Input<M>> } {
  const kit = capaKit(qm);
  const own = (role: Role) => kit.raise(role);
  const withAction = async (role: Role) => {
    const c = await own(role);
    return qm().call('actions.add', { parentType: 'capa', parentId: c.id, kind: 'corrective', description: '培训窗口人员', ownerPersonId: c.ownerPersonId, dueDate: kit.day(5) });
  };
  const ownRisk = async (role: Role) =>
    qm().call('risks.create', { kind: 'risk', description: '人员流失导致服务中断', sourceKind: 'other', likelihood: 3, impact: 3, ownerPersonId: (await kit.personOf(role)).id, reviewDate: kit.day(60) });
  const other = (role: Role): Role => (role === 'author' ? 'executive' : 'author');
  return {
    'capa.list': async () => ({ overdue: false }),
    'capa.counts': async () => ({}),
    'capa.get': async (role) => ({ id: (await own(role)).id }),
    'capa.create': async () => ({
      title: '投诉回访遗漏', sourceType: 'other', sourceRef: '客户来电', unitId: (await own('author')).unitId, ownerPersonId: (await kit.personOf('author')).id,
      severity: 'minor', problem: { what: '回访遗漏 2 位客户' }, dueDate: kit.day(20),
    }),
    'capa.update': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, title: c.title, unitId: c.unitId, ownerPersonId: c.ownerPersonId, severity: 'critical', problem: c.problem, dueDate: c.dueDate };
    },
    'capa.setContainment': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, text: '当日安排值班经理顶岗' };
    },
    'capa.setWhys': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, whys: ['离岗', '无替岗'] };
    },
    'capa.setCauses': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, causes: [{ category: 'people', cause: '新员工不熟悉流程', status: 'confirmed' }] };
    },
    'capa.step': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, step: 'analyse' };
    },
    'capa.verify': async (role) => {
      const c = await kit.verifying(other(role), role);
      return { id: c.id, version: c.version, verifiedOn: kit.day(0), criteria: '三个月无再发生', result: '无再发生', verdict: 'effective' };
    },
    'capa.addFollowUp': async (role) => {
      const c = await own(role);
      return { id: c.id, version: c.version, kind: 'training', note: '窗口人员替岗培训' };
    },
    'capa.doneFollowUp': async (role) => {
      const c = await own(role);
      const f = await qm().call('capa.addFollowUp', { id: c.id, version: c.version, kind: 'risk', note: '更新排班风险' });
      return { id: c.id, version: f.version, followUpId: f.followUps[0]!.id, doneOn: kit.day(0) };
    },
    'capa.forSource': async () => ({ sourceType: 'complaint', sourceId: '0190a5e4-0000-7000-8000-000000000000' }),
    'capa.exportXlsx': async () => ({ severity: 'major' }),
    'capa.exportWord': async (role) => ({ id: (await own(role)).id }),
    'context.list': async () => ({}),
    'context.save': async () => ({ kind: 'external', title: '行业监管趋严', detail: '' }),
    'context.review': async () => {
      const c = await qm().call('context.save', { kind: 'party', title: '业主委员会', detail: '每季度通报服务质量' });
      return { id: c.id, version: c.version };
    },
    'risks.list': async () => ({}),
    'risks.get': async (role) => ({ id: (await ownRisk(role)).id }),
    'risks.create': async () => ({ kind: 'risk', description: '高峰客流导致等候超时', sourceKind: 'other', likelihood: 3, impact: 4, ownerPersonId: (await kit.personOf('author')).id, reviewDate: kit.day(90) }),
    'risks.update': async (role) => {
      const r = await ownRisk(role);
      return { id: r.id, version: r.version, kind: r.kind, description: r.description, sourceKind: r.sourceKind, likelihood: 2, impact: r.impact, ownerPersonId: r.ownerPersonId, reviewDate: r.reviewDate };
    },
    'risks.matrix': async () => ({}),
    'risks.setMatrix': async () => ({ low: 4, medium: 12 }),
    'actions.list': async (role) => ({ parentType: 'capa', parentId: (await own(role)).id }),
    'actions.add': async (role) => {
      const c = await own(role);
      return { parentType: 'capa', parentId: c.id, kind: 'preventive', description: '每月抽查排班', ownerPersonId: c.ownerPersonId, dueDate: kit.day(10) };
    },
    'actions.update': async (role) => {
      const a = await withAction(role);
      return { id: a.id, version: a.version, dueDate: kit.day(12) };
    },
    'actions.complete': async (role) => {
      const a = await withAction(role);
      return { id: a.id, version: a.version, doneOn: kit.day(0), note: '已完成' };
    },
    'actions.reopen': async (role) => {
      const a = await withAction(role);
      const done = await qm().call('actions.complete', { id: a.id, version: a.version, doneOn: kit.day(0), note: '' });
      return { id: a.id, version: done.version, reason: '证据不足' };
    },
    'actions.cancel': async (role) => {
      const a = await withAction(role);
      return { id: a.id, version: a.version, reason: '重复' };
    },
  };
}
