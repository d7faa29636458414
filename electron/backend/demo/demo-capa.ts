import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { CapaSource, FishboneCategory } from '../../../shared/capa/contract';
import { now, setClock } from '../clock';
import type { Backend } from '../context';
import { dispatch } from '../dispatch';

type Capa = Output<'capa.get'>;

/** A problem as service organisations meet them, with its 5 whys and fishbone causes. */
interface Problem {
  title: string;
  what: string;
  where: string;
  source: CapaSource;
  ref: string;
  whys: string[];
  causes: [FishboneCategory, string, 'confirmed' | 'ruled_out' | 'open'][];
  actions: string[];
}

const PROBLEMS: Problem[] = [
  { title: '营业厅高峰时段客户等候超时', what: '午间高峰客户平均等候 28 分钟，超过 15 分钟承诺', where: '城东营业厅', source: 'inspection', ref: '季度服务检查', whys: ['窗口开放数量不足', '午休时段未安排替岗', '排班制度未规定高峰替岗'], causes: [['people', '替岗人员不足', 'confirmed'], ['methods', '排班未考虑客流高峰', 'confirmed'], ['equipment', '叫号机故障', 'ruled_out']], actions: ['修订《营业厅排班管理办法》，增设高峰替岗', '每月统计高峰等候时长并通报'] },
  { title: '热线回访遗漏', what: '3 月投诉工单中 12 单未按期回访', where: '客户服务中心', source: 'complaint', ref: '客户来电投诉', whys: ['回访任务靠人工记忆', '工单系统无到期提醒'], causes: [['methods', '回访流程未设提醒', 'confirmed'], ['people', '新员工不熟悉流程', 'open']], actions: ['工单系统增加回访到期提醒', '对客服人员进行回访流程培训'] },
  { title: '保洁质量抽检不合格', what: '公共区域保洁抽检合格率 82%，低于 95% 目标', where: '城南物业项目', source: 'objective', ref: '保洁合格率目标', whys: ['作业标准未落实', '班组长未按频次检查', '检查表未规定频次'], causes: [['methods', '作业指导书未细化', 'confirmed'], ['materials', '清洁剂更换品牌', 'ruled_out'], ['measurement', '抽检标准不统一', 'confirmed']], actions: ['修订保洁作业指导书，细化频次', '统一抽检评分表'] },
  { title: '维修工单超时未完成', what: '报修工单 48 小时完成率 76%', where: '工程维修部', source: 'objective', ref: '维修及时率目标', whys: ['备件不足', '备件采购周期长', '常用备件未设安全库存'], causes: [['materials', '常用备件缺货', 'confirmed'], ['people', '维修人员技能不足', 'open']], actions: ['建立常用备件安全库存', '与供方签订紧急供货协议'] },
  { title: '客户信息登记错误', what: '办理业务时客户电话号码登记错误 9 例', where: '城西营业厅', source: 'external_audit', ref: '认证机构监督审核', whys: ['手工录入无复核', '系统未校验号码格式'], causes: [['methods', '无双人复核', 'confirmed'], ['equipment', '系统缺少格式校验', 'confirmed']], actions: ['业务系统增加号码格式校验', '关键信息录入实行复核'] },
  { title: '服务人员着装不规范', what: '神秘顾客暗访发现 5 名员工未按规定着装', where: '各网点', source: 'inspection', ref: '神秘顾客暗访', whys: ['员工不清楚着装要求', '入职培训未覆盖'], causes: [['people', '新员工培训缺失', 'confirmed'], ['environment', '夏季高温', 'ruled_out']], actions: ['入职培训增加仪容仪表内容', '网点主管每日班前检查'] },
  { title: '投诉处理超时', what: '有效投诉 24 小时答复率 88%，低于 95%', where: '客户服务部', source: 'management_review', ref: '2025 年度管理评审', whys: ['跨部门协调慢', '升级流程不明确'], causes: [['methods', '投诉升级流程不清', 'confirmed'], ['people', '处理人员不足', 'open']], actions: ['修订《客户投诉处理程序》明确升级时限', '建立跨部门投诉协调例会'] },
  { title: '设施巡检记录缺失', what: '消防设施 6 月巡检记录缺 4 次', where: '城北物业项目', source: 'other', ref: '主管日常检查', whys: ['巡检人员休假无人补位', '未指定代岗人'], causes: [['people', '无代岗安排', 'confirmed'], ['measurement', '记录表未编号', 'open']], actions: ['指定巡检代岗人', '巡检记录表编号管理'] },
];

const day = (d: Date) => d.toISOString().slice(0, 10);
const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/**
 * About 60 corrective actions over the past year, raised and worked through the API at their own dates: most
 * verified effective and closed, some verifying, acting (a few overdue), analysing or open, two reopened after an
 * ineffective verification, one cancelled. Audit findings are linked by the audits module when it lands.
 * Every step is an event at its date; the events run in date order under one remembered session per person, so
 * the clock only moves forward and nobody signs in again for each step.
 */
export async function loadDemoCapa(backend: Backend, accounts: { username: string; password: string }[], qm: string, auditor: string): Promise<void> {
  const today = now();
  const sessions = new Map<string, string>();
  const password = (u: string) => accounts.find((a) => a.username === u)!.password;
  async function raw<M extends MethodName>(who: string, method: M, input: Input<M>): Promise<Output<M>> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!sessions.has(who)) {
        const s = await dispatch(backend, 'auth.signIn', { username: who, password: password(who), remember: true }, { locale: 'zh-CN' });
        if (!s.ok) throw new Error(`demo sign-in ${who}: ${s.error.message}`);
        sessions.set(who, (s.data as { token: string }).token);
      }
      const r = await dispatch(backend, method, input, { sessionToken: sessions.get(who)!, locale: 'zh-CN' });
      if (r.ok) return r.data as Output<M>;
      if (r.error.code !== 'UNAUTHENTICATED' || attempt > 0) throw new Error(`${method}: ${r.error.message}`);
      sessions.delete(who);
    }
    throw new Error('unreachable');
  }
  const people = (await raw(qm, 'people.list', { pageSize: 500, active: true })).items;
  const withLogin = people.filter((p) => p.username && p.username !== qm && p.username !== auditor && p.homeDepartmentId);
  const staff = people.filter((p) => !p.username && p.homeDepartmentId).slice(0, 12);
  const owners = [...withLogin, ...staff];
  const verifier = people.find((p) => p.username === auditor)!;
  const events: { when: Date; seq: number; run: () => Promise<void> }[] = [];
  const at = (when: Date, run: () => Promise<void>) => events.push({ when, seq: events.length, run });

  const N = 60;
  for (let i = 0; i < N; i++) {
    const p = PROBLEMS[i % PROBLEMS.length]!;
    const owner = owners[i % owners.length]!;
    const raised = plus(today, -(360 - i * 6));
    const age = Math.round((today.getTime() - raised.getTime()) / 86_400_000);
    const dueIn = i % 7 === 3 ? 20 : 45;
    const st: { c: Capa | null } = { c: null };
    const c = () => st.c!;
    const q = <M extends MethodName>(who: string, method: M, input: Input<M>) => raw(who, method, input);
    at(raised, async () => {
      st.c = await q(qm, 'capa.create', {
        title: p.title,
        sourceType: p.source,
        sourceRef: p.ref,
        unitId: owner.homeDepartmentId!,
        ownerPersonId: owner.id,
        verifierPersonId: verifier.id,
        severity: i % 9 === 0 ? 'critical' : i % 3 === 0 ? 'major' : 'minor',
        problem: { what: p.what, where: p.where, when: day(plus(raised, -2)), extent: '' },
        dueDate: day(plus(raised, dueIn)),
      });
    });
    if (i === 57) continue; // the newest few stay open
    if (i === 41) {
      at(plus(raised, 2), async () => void (await q(qm, 'capa.step', { id: c().id, version: c().version, step: 'cancel', comment: `与 ${p.ref} 的另一项纠正措施重复` })));
      continue;
    }
    at(plus(raised, 1), async () => {
      const x = await q(qm, 'capa.setContainment', { id: c().id, version: c().version, text: '立即整改现场问题，向受影响客户致歉并跟进' });
      st.c = await q(qm, 'capa.step', { id: x.id, version: x.version, step: 'analyse' });
    });
    if (i >= 55) continue; // analysing
    at(plus(raised, 4), async () => {
      let x = await q(qm, 'capa.setWhys', { id: c().id, version: c().version, whys: p.whys });
      x = await q(qm, 'capa.setCauses', { id: x.id, version: x.version, causes: p.causes.map(([category, cause, status]) => ({ category, cause, status })) });
      x = await q(qm, 'capa.step', { id: x.id, version: x.version, step: 'plan' });
      for (const [k, text] of p.actions.entries())
        await q(qm, 'actions.add', { parentType: 'capa', parentId: x.id, kind: k === 0 ? 'corrective' : 'preventive', description: text, ownerPersonId: owner.id, dueDate: day(plus(raised, dueIn - 10 + k * 5)) });
      st.c = await q(qm, 'capa.get', { id: x.id });
    });
    // Records of the last ~70 days (and a few older, overdue ones) are still acting.
    const overdueActing = i % 11 === 5;
    if (age < 70 || overdueActing) {
      if (age > 20 && !overdueActing)
        at(plus(raised, 15), async () => {
          const first = c().actions[0]!;
          await q(qm, 'actions.complete', { id: first.id, version: first.version, doneOn: day(plus(raised, 15)), note: '已完成并留存记录' });
        });
      continue;
    }
    const doneOn = plus(raised, dueIn - 8);
    at(doneOn, async () => {
      for (const a of c().actions) await q(qm, 'actions.complete', { id: a.id, version: a.version, doneOn: day(doneOn), note: '已完成，记录见附件' });
      const x = await q(qm, 'capa.get', { id: c().id });
      st.c = await q(qm, 'capa.step', { id: x.id, version: x.version, step: 'submit' });
    });
    const verifyOn = plus(doneOn, 92);
    if (verifyOn > today) continue; // verifying: the verification date has not come
    const ineffective = i === 4 || i === 10;
    at(verifyOn, async () => {
      st.c = await q(auditor, 'capa.verify', {
        id: c().id,
        version: c().version,
        verifiedOn: day(verifyOn),
        criteria: '验证期内同类问题不再发生，相关指标达到目标',
        result: ineffective ? '验证期内同类问题再次发生 3 起，措施未消除根本原因' : '抽查三个月记录，同类问题未再发生，指标达标',
        verdict: ineffective ? 'not_effective' : 'effective',
      });
    });
    if (ineffective) {
      // Reopened to analysis: a deeper cause found, a new action planned (the first round is kept).
      at(plus(verifyOn, 3), async () => {
        let x = await q(qm, 'capa.setWhys', { id: c().id, version: c().version, whys: [...p.whys.slice(0, 2), '管理层未跟踪措施落实情况'] });
        x = await q(qm, 'capa.step', { id: x.id, version: x.version, step: 'plan' });
        await q(qm, 'actions.add', { parentType: 'capa', parentId: x.id, kind: 'corrective', description: '每月质量例会跟踪措施落实', ownerPersonId: owner.id, dueDate: day(plus(verifyOn, 30)) });
      });
      continue;
    }
    if (i % 13 === 7) continue; // verified, not yet closed
    at(plus(verifyOn, 1), async () => void (await q(auditor, 'capa.step', { id: c().id, version: c().version, step: 'close', password: password(auditor), comment: '验证有效，同意关闭' })));
  }
  events.sort((a, b) => a.when.getTime() - b.when.getTime() || a.seq - b.seq);
  for (const e of events) {
    const back = setClock(e.when);
    try {
      await e.run();
    } finally {
      back();
    }
  }
  for (const [, token] of sessions) await dispatch(backend, 'auth.signOut', {}, { sessionToken: token, locale: 'zh-CN' });
}
