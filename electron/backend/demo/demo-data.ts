import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { now, setClock } from '../clock';
import { fromOutline } from '../../../shared/templates/outline';
import { DEMO_BODIES } from './demo-bodies';
import type { Role } from '../../../shared/auth/roles';
import type { DocumentType } from '../../../shared/documents/types';
import type { Backend } from '../context';
import { dispatch } from '../dispatch';
import { loadDemoOrganisation } from './demo-org';
import { loadAuditWorkDemo } from './demo-audit-work';
import { loadDemoFindingCapa } from './demo-finding-capa';
import { loadDemoAudits } from './demo-audits';
import { loadDemoMatrix } from './demo-matrix';
import { loadDemoCapa } from './demo-capa';
import { loadDemoRisks } from './demo-risks';
import { demoFlag, demoScope, loadDemoReadingAndTraining } from './demo-reading';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

const ORGANISATION = '安和城市服务有限公司';

const TEMPLATES: Record<string, string> = { 质量手册: 'quality-manual', 服务质量管理制度: 'service-quality-regulation' };

const DEPARTMENTS: [string, string][] = [
  ['质量管理部', 'QA'],
  ['客户服务部', 'CS'],
  ['运营管理部', 'OPS'],
  ['人力资源部', 'HR'],
  ['信息技术部', 'IT'],
  ['行政部', 'ADM'],
];

export const DEMO_ACCOUNTS: (DemoAccount & { department: string })[] = [
  { username: 'zhanghua', displayName: '张华', role: 'quality_manager', password: 'Zhanghua@2026', department: '质量管理部' },
  { username: 'lina', displayName: '李娜', role: 'author', password: 'Lina@2026', department: '质量管理部' },
  { username: 'zhoumin', displayName: '周敏', role: 'author', password: 'Zhoumin@2026', department: '客户服务部' },
  { username: 'wangqiang', displayName: '王强', role: 'auditor', password: 'Wangqiang@2026', department: '运营管理部' },
  { username: 'chenjing', displayName: '陈静', role: 'executive', password: 'Chenjing@2026', department: '行政部' },
  { username: 'liuyang', displayName: '刘洋', role: 'executive', password: 'Liuyang@2026', department: '行政部' },
];

/** 刘洋, 总经理: read-only like every executive, except where a route names him to approve. */
const GENERAL_MANAGER = 'liuyang';

/** How far each demo document got: in force through approval, in review, returned, a draft, or withdrawn. */
type DemoState = 'effective' | 'in_review' | 'returned' | 'draft' | 'obsolete';
type DemoDocument = [title: string, type: DocumentType, department: string, owner: string, state: DemoState, tags: string[]];

const DOCUMENTS: DemoDocument[] = [
  ['质量手册', 'manual', '质量管理部', 'zhanghua', 'effective', ['ISO 9001', '体系']],
  ['服务质量管理制度', 'regulation', '质量管理部', 'lina', 'effective', ['服务质量']],
  ['客户投诉处理管理办法', 'regulation', '客户服务部', 'zhoumin', 'effective', ['投诉']],
  ['服务质量考核与奖惩办法', 'regulation', '人力资源部', 'lina', 'in_review', ['考核']],
  ['服务质量目标管理办法', 'regulation', '质量管理部', 'lina', 'draft', ['质量目标']],
  ['员工服务培训管理制度', 'regulation', '人力资源部', 'lina', 'effective', ['培训']],
  ['文件控制程序', 'procedure', '质量管理部', 'zhanghua', 'effective', ['7.5']],
  ['记录控制程序', 'procedure', '质量管理部', 'zhanghua', 'effective', ['7.5']],
  ['内部审核程序', 'procedure', '质量管理部', 'zhanghua', 'effective', ['9.2', '内审']],
  ['管理评审程序', 'procedure', '质量管理部', 'zhanghua', 'effective', ['9.3']],
  ['不合格与纠正措施控制程序', 'procedure', '质量管理部', 'lina', 'effective', ['10.2']],
  ['顾客满意度测量程序', 'procedure', '客户服务部', 'zhoumin', 'effective', ['9.1.2', '满意度']],
  ['外部供方评价与管理程序', 'procedure', '运营管理部', 'zhoumin', 'returned', ['8.4']],
  ['服务质量季度评估作业指导书', 'work_instruction', '质量管理部', 'lina', 'effective', ['评估']],
  ['神秘顾客暗访作业指导书', 'work_instruction', '客户服务部', 'zhoumin', 'effective', ['暗访']],
  ['客服热线接听作业指导书', 'work_instruction', '客户服务部', 'zhoumin', 'effective', ['热线']],
  ['顾客满意度调查表', 'form', '客户服务部', 'zhoumin', 'effective', ['满意度']],
  ['纠正措施报告单', 'form', '质量管理部', 'lina', 'effective', ['10.2']],
  ['内部审核检查表', 'form', '质量管理部', 'zhanghua', 'effective', ['内审']],
  ['客户服务规范（2019版）', 'regulation', '客户服务部', 'zhoumin', 'obsolete', ['服务规范']],
];

/** The quality manual and management regulations are reviewed by a quality manager and approved by the general manager. */
const GM_ROUTED: DocumentType[] = ['manual', 'regulation'];

/** Fills a new database through the API itself, so the demo has a real audit trail and real signatures. */
export async function loadDemoData(backend: Backend): Promise<DemoAccount[]> {
  let session: string | null = null;
  async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await dispatch(backend, method, input, { sessionToken: session, locale: 'zh-CN' });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.data as Output<M>;
  }
  const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!;
  /** Runs `work` signed in as `username` (a fresh session, so it is valid at whatever time the clock says). */
  async function as<T>(username: string, work: () => Promise<T>): Promise<T> {
    const outer = session;
    session = (await call('auth.signIn', { username, password: account(username).password })).token;
    try {
      return await work();
    } finally {
      await call('auth.signOut', {});
      session = outer;
    }
  }

  const [manager, ...others] = DEMO_ACCOUNTS;
  const setup = await call('auth.setup', {
    username: manager!.username,
    displayName: manager!.displayName,
    password: manager!.password,
    organisation: ORGANISATION,
  });
  session = setup.token;

  const departments = new Map<string, string>();
  for (const [name, code] of DEPARTMENTS) departments.set(name, (await call('departments.create', { name, code })).id);
  const users = new Map<string, string>([[manager!.username, setup.user.id]]);
  await call('users.update', { id: setup.user.id, version: setup.user.version, departmentId: departments.get(manager!.department) });
  for (const a of others) {
    const user = await call('users.create', { ...a, departmentId: departments.get(a.department) ?? null });
    users.set(a.username, user.id);
  }
  for (const documentType of GM_ROUTED)
    await call('routes.set', {
      scope: { documentType },
      steps: [
        { meaning: 'reviewed', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] },
        { meaning: 'approved', mode: 'any', assignees: [{ kind: 'user', userId: users.get(GENERAL_MANAGER)! }] },
      ],
    });
  await loadDemoOrganisation(call);
  await loadDemoMatrix(call, manager!.password);

  /** An author writes the body and submits it, signing 编制; returns the submitted revision. */
  async function draftAndSubmit(documentId: string, author: string, title: string, changeReason: string) {
    return as(author, async () => {
      const template = TEMPLATES[title];
      const draft = await call('revisions.startDraft', { documentId, ...(template && { templateId: template }) });
      let version = draft.version;
      const body = DEMO_BODIES[title];
      if (!template && body) version = (await call('revisions.save', { id: draft.id, version, content: fromOutline(body) })).version;
      const submitted = await call('revisions.submit', { id: draft.id, version, changeReason, password: account(author).password });
      return submitted;
    });
  }
  /** Each signer of the route signs in turn. */
  async function signRoute(revisionId: string, signers: string[]) {
    for (const signer of signers)
      await as(signer, async () => {
        const rev = await call('revisions.get', { id: revisionId });
        await call('revisions.sign', { id: rev.id, version: rev.version, password: account(signer).password, comment: '同意', contentHash: rev.contentHash });
      });
  }

  const today = now();
  for (const [i, [title, type, department, owner, state, tags]] of DOCUMENTS.entries()) {
    const author = owner === manager!.username ? 'lina' : owner;
    const signers = GM_ROUTED.includes(type) ? [manager!.username, GENERAL_MANAGER] : [manager!.username];
    // Entered and published over the past year, so that periodic reviews fall due across the coming months.
    const back = setClock(new Date(today.getTime() - (DOCUMENTS.length - i) * 16 * 86_400_000));
    let doc: Output<'documents.create'>;
    try {
      doc = await as(manager!.username, () =>
        call('documents.create', { title, type, departmentId: departments.get(department) ?? null, ownerId: users.get(owner) ?? null, tags }),
      );
      await as(manager!.username, () => demoScope(call, title, doc.id));
      if (state === 'effective') {
        const rev = await draftAndSubmit(doc.id, author, title, '按 ISO 9001:2015 重新编写并发布');
        await as(manager!.username, () => demoFlag(call, title, rev.id));
        await signRoute(rev.id, signers);
      } else if (state === 'obsolete') {
        await as(manager!.username, async () => {
          await call('revisions.register', { documentId: doc.id, label: 'A/0', effectiveDate: '2019-03-01', password: manager!.password, comment: '纸质版现行文件登记' });
          const registered = await call('documents.get', { id: doc.id });
          await call('documents.markObsolete', { id: doc.id, version: registered.version, reason: '已被《服务质量管理制度》取代' });
        });
      }
    } finally {
      back();
    }
    if (state === 'in_review') await draftAndSubmit(doc.id, author, title, '根据年度考核结果调整指标权重');
    else if (state === 'returned') {
      const rev = await draftAndSubmit(doc.id, author, title, '新增供方年度评价要求');
      await as(manager!.username, () => call('revisions.reject', { id: rev.id, version: rev.version, comment: '请补充供方评价的评分标准和不合格供方的处理办法。' }));
    } else if (state === 'draft')
      await as(author, async () => {
        const draft = await call('revisions.startDraft', { documentId: doc.id });
        await call('revisions.save', { id: draft.id, version: draft.version, content: fromOutline(DEMO_BODIES[title]!) });
      });
  }
  await loadDemoAudits(call, as, (u) => account(u).password, users.get(GENERAL_MANAGER)!);
  await loadDemoCapa(backend, DEMO_ACCOUNTS, manager!.username, 'wangqiang');
  await as(manager!.username, () => loadDemoRisks(call));
  // The auditors' part (checklists, findings, acknowledgments) comes after the audits part.
  await loadAuditWorkDemo(backend);
  await as(manager!.username, () => loadDemoFindingCapa(backend, call));
  await loadDemoReadingAndTraining(call, as, manager!.username, Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.displayName, a.username])));
  return DEMO_ACCOUNTS.map(({ username, displayName, role, password }) => ({ username, displayName, role, password }));
}
