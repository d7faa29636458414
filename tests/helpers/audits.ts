import type { Role } from '../../shared/auth/roles';
import { withAllRoles, type Client } from './backend';
import type { Backend } from '../../electron/backend/context';

/**
 * A small organisation for audit tests: 质量管理部 (the quality manager's unit) and 客服部 with a team 客服一组 under
 * it; the auditor holds a post in 客服部 (so 客服部 and 客服一组 are their own units), the author heads 客服部.
 */
export async function auditOrg(backend: Backend) {
  const c = await withAllRoles(backend);
  const qm = c.quality_manager;
  const person = async (username: string) => (await qm.call('people.list', { q: username })).items.find((p) => p.username === username)!;
  const people = {} as Record<Role, Awaited<ReturnType<typeof person>>>;
  for (const role of ['quality_manager', 'author', 'auditor', 'executive'] as const) people[role] = await person(role === 'quality_manager' ? 'manager' : role);
  const qa = await qm.call('departments.create', { name: '质量管理部', code: 'QA' });
  const cs = await qm.call('departments.create', { name: '客服部', code: 'CS', headPersonId: people.author.id });
  const team = await qm.call('departments.create', { name: '客服一组', code: 'CS1', parentId: cs.id, kind: 'team' });
  const hr = await qm.call('departments.create', { name: '人力资源部', code: 'HR' });
  const assign = async (who: Role, unitId: string, title: string) => {
    const post = await qm.call('positions.create', { departmentId: unitId, title });
    const p = (await qm.call('people.get', { id: people[who].id }));
    await qm.call('people.assign', { id: p.id, version: p.version, positionId: post.id, primary: true });
  };
  await assign('quality_manager', qa.id, '质量经理');
  await assign('auditor', cs.id, '客服主管');
  await assign('author', cs.id, '客服部经理');
  await assign('executive', hr.id, '人事经理');
  return { ...c, qm, people, units: { qa, cs, team, hr } };
}

export type AuditOrg = Awaited<ReturnType<typeof auditOrg>>;

/** A planned audit with a full plan ready to issue: lead = quality manager, auditor on the team, auditee the author. */
export async function plannedAudit(o: AuditOrg, year = 2026, as: Client = o.qm) {
  const a = await as.call('audits.create', { year, title: '客服部内部审核', plannedMonth: 3, unitIds: [o.units.cs.id], clauses: ['8.5', '9.1'] });
  return o.qm.call('audits.savePlan', {
    id: a.id,
    version: a.version,
    title: a.title,
    plannedMonth: 3,
    purpose: '验证服务提供过程的符合性',
    scope: '客服部及其班组',
    startDate: `${year}-03-10`,
    endDate: `${year}-03-11`,
    leadPersonId: o.people.quality_manager.id,
    auditorIds: [o.people.executive.id],
    unitIds: [o.units.cs.id],
    auditees: [{ unitId: o.units.cs.id, personId: o.people.author.id }],
    clauses: ['8.5', '9.1'],
    processIds: [],
    revisionIds: [],
    timetable: [{ date: `${year}-03-10`, from: '09:00', to: '11:00', unitId: o.units.cs.id, auditorIds: [o.people.quality_manager.id], clauses: ['8.5'] }],
    meetings: [
      { kind: 'opening', at: `${year}-03-10T08:30`, place: '二楼会议室', attendeeIds: [o.people.author.id] },
      { kind: 'closing', at: `${year}-03-11T16:00`, place: '二楼会议室', attendeeIds: [] },
    ],
  });
}
