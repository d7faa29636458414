import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { Clause } from '../../../shared/clauses/iso9001';
import { now } from '../clock';

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;
type As = <T>(username: string, work: () => Promise<T>) => Promise<T>;

/** Where each audit of the demo programme ends up: done (closed), running, or still planned. */
type Fate = 'closed' | 'in_progress' | 'planned';
interface DemoAudit {
  month: number;
  title: string;
  units: string[];
  clauses: Clause[];
  lead: string;
  auditors: string[];
  fate: Fate;
}

/**
 * The current year's 年度内审计划: eight audits that together cover every department and every ISO 9001 clause;
 * the earlier ones closed, one in progress, the rest planned. Auditors never audit their own unit (王强 is in
 * 运营管理部, 张华 and 李娜 in 质量管理部, 周敏 in 客户服务部). The general manager approves the programme.
 */
const AUDITS: DemoAudit[] = [
  { month: 1, title: '质量管理部内部审核', units: ['质量管理部'], clauses: ['4.1', '4.2', '4.3', '4.4', '6.1', '6.2', '6.3', '7.5', '9.1', '9.2', '10.1', '10.2', '10.3'], lead: '王强', auditors: ['周敏'], fate: 'closed' },
  { month: 2, title: '管理层与行政部内部审核', units: ['安和城市服务有限公司', '行政部'], clauses: ['5.1', '5.2', '5.3', '6.2', '7.1', '7.4', '9.3'], lead: '张华', auditors: ['王强'], fate: 'closed' },
  { month: 3, title: '客户服务部内部审核', units: ['客户服务部'], clauses: ['7.4', '8.1', '8.2', '8.3', '8.5', '8.7', '9.1'], lead: '张华', auditors: ['王强'], fate: 'closed' },
  { month: 5, title: '人力资源部内部审核', units: ['人力资源部'], clauses: ['7.1', '7.2', '7.3'], lead: '王强', auditors: ['李娜'], fate: 'closed' },
  { month: 6, title: '运营管理部及各网点内部审核', units: ['运营管理部'], clauses: ['8.1', '8.4', '8.5', '8.6', '8.7', '9.1'], lead: '张华', auditors: ['李娜', '周敏'], fate: 'in_progress' },
  { month: 9, title: '信息技术部内部审核', units: ['信息技术部'], clauses: ['7.1', '7.5', '8.4'], lead: '王强', auditors: ['李娜'], fate: 'planned' },
  { month: 10, title: '财务部内部审核', units: ['财务部'], clauses: ['6.2', '7.1', '8.4'], lead: '王强', auditors: ['周敏'], fate: 'planned' },
  { month: 11, title: '安全环保部内部审核', units: ['安全环保部'], clauses: ['6.1', '7.1', '8.5', '8.7'], lead: '王强', auditors: ['李娜'], fate: 'planned' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const ORGANISATION = '安和城市服务有限公司';
const USERNAMES: Record<string, string> = { 张华: 'zhanghua', 王强: 'wangqiang', 李娜: 'lina', 周敏: 'zhoumin' };

export async function loadDemoAudits(call: Call, as: As, passwordOf: (username: string) => string, generalManagerId: string): Promise<void> {
  const year = now().getFullYear();
  const tree = await call('departments.tree', { includeClosed: false });
  const unit = (name: string) => (name === ORGANISATION ? tree.find((u) => u.depth === 0)! : tree.find((u) => u.name === name)!);
  const people = (await call('people.list', { pageSize: 500 })).items;
  const person = (name: string) => people.find((p) => p.username === USERNAMES[name])!.id;
  const toRun: { id: string; fate: Fate }[] = [];

  const programme = await call('programmes.create', { year, notes: '依据 GB/T 19001-2016 第 9.2 条及上年度审核结果编制。' });
  for (const a of AUDITS) {
    const created = await call('audits.create', {
      programmeId: programme.id,
      year,
      title: a.title,
      plannedMonth: a.month,
      unitIds: a.units.map((n) => unit(n).id),
      clauses: a.clauses,
    });
    const start = `${year}-${pad(a.month)}-1${a.month % 3}`;
    const end = `${year}-${pad(a.month)}-1${(a.month % 3) + 1}`;
    const auditees = a.units.flatMap((n) => (unit(n).headPersonId ? [{ unitId: unit(n).id, personId: unit(n).headPersonId! }] : []));
    const team = [person(a.lead), ...a.auditors.map(person)];
    const plan = await call('audits.savePlan', {
      id: created.id,
      version: created.version,
      title: a.title,
      plannedMonth: a.month,
      purpose: '评价受审核单位质量管理体系与 GB/T 19001-2016 及公司管理制度的符合性和有效性，发现改进机会。',
      scope: `${a.units.join('、')}的质量管理活动（含下属网点与班组的抽样）。`,
      startDate: start,
      endDate: end,
      leadPersonId: person(a.lead),
      auditorIds: a.auditors.map(person),
      unitIds: a.units.map((n) => unit(n).id),
      auditees,
      clauses: a.clauses,
      processIds: [],
      revisionIds: [],
      timetable: a.units.flatMap((n, i) => [
        { date: start, from: '09:00', to: '11:30', unitId: unit(n).id, auditorIds: [team[i % team.length]!], clauses: a.clauses.slice(0, Math.ceil(a.clauses.length / 2)) },
        { date: start, from: '13:30', to: '16:30', unitId: unit(n).id, auditorIds: team.slice(1, 3).length ? team.slice(1, 3) : [team[0]!], clauses: a.clauses.slice(Math.ceil(a.clauses.length / 2)) },
      ]),
      meetings: [
        { kind: 'opening', at: `${start}T08:30`, place: '公司三楼第一会议室', attendeeIds: [...team, ...auditees.map((x) => x.personId)] },
        { kind: 'closing', at: `${end}T16:00`, place: '公司三楼第一会议室', attendeeIds: [...team, ...auditees.map((x) => x.personId)] },
      ],
    });
    toRun.push({ id: plan.id, fate: a.fate });
  }
  // Submitted by the quality manager (whose session this is), approved by the general manager.
  const draft = (await call('programmes.get', { year }))!;
  const route = [{ meaning: 'approved' as const, mode: 'any' as const, assignees: [{ kind: 'user' as const, userId: generalManagerId }] }];
  await call('programmes.submit', { id: draft.id, version: draft.version, password: passwordOf('zhanghua'), route }); // signed in as 张华 already
  await as('liuyang', async () => {
    const p = (await call('programmes.get', { year }))!;
    await call('programmes.sign', { id: p.id, version: p.version, password: passwordOf('liuyang'), comment: '同意' });
  });
  // Then the year runs: the earlier audits are done, one is under way, the rest wait for their month.
  for (const { id, fate } of toRun) {
    if (fate === 'planned') continue;
    let cur = await call('audits.get', { id });
    cur = await call('audits.issuePlan', { id, version: cur.version });
    cur = await call('audits.step', { id, version: cur.version, step: 'start' });
    if (fate === 'closed') {
      cur = await call('audits.step', { id, version: cur.version, step: 'report' });
      await call('audits.step', { id, version: cur.version, step: 'close' });
    }
  }
}
