import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { now } from '../clock';
import type { Role } from '../../../shared/auth/roles';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import type { Backend } from '../context';
import { dispatch } from '../dispatch';
import { loadDemoOrganisation } from './demo-org';

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
];

type DemoDocument = [title: string, type: DocumentType, department: string, owner: string, status: DocumentStatus, tags: string[]];

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
  ['外部供方评价与管理程序', 'procedure', '运营管理部', 'zhoumin', 'draft', ['8.4']],
  ['服务质量季度评估作业指导书', 'work_instruction', '质量管理部', 'lina', 'effective', ['评估']],
  ['神秘顾客暗访作业指导书', 'work_instruction', '客户服务部', 'zhoumin', 'effective', ['暗访']],
  ['客服热线接听作业指导书', 'work_instruction', '客户服务部', 'zhoumin', 'effective', ['热线']],
  ['顾客满意度调查表', 'form', '客户服务部', 'zhoumin', 'effective', ['满意度']],
  ['纠正措施报告单', 'form', '质量管理部', 'lina', 'effective', ['10.2']],
  ['内部审核检查表', 'form', '质量管理部', 'zhanghua', 'effective', ['内审']],
  ['客户服务规范（2019版）', 'regulation', '客户服务部', 'zhoumin', 'effective', ['服务规范']],
];

/** Fills a new database through the API itself, so the demo has a real audit trail. */
export async function loadDemoData(backend: Backend): Promise<DemoAccount[]> {
  let session: string | null = null;
  async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await dispatch(backend, method, input, { sessionToken: session, locale: 'zh-CN' });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.data as Output<M>;
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
  await loadDemoOrganisation(call);

  /** Written by an author from a template and approved by the quality manager, as in real life. */
  async function publish(documentId: string, templateId: string) {
    const manager = session;
    const author = DEMO_ACCOUNTS.find((a) => a.role === 'author')!;
    session = (await call('auth.signIn', { username: author.username, password: author.password })).token;
    const draft = await call('revisions.startDraft', { documentId, templateId });
    const submitted = await call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '按 ISO 9001:2015 重新编写并发布' });
    await call('auth.signOut', {});
    session = manager;
    await call('revisions.sign', { id: draft.id, version: submitted.version, password: DEMO_ACCOUNTS[0]!.password, meaning: 'approved', comment: '同意发布' });
  }

  const year = now().getFullYear();
  for (const [i, [title, type, department, owner, status, tags]] of DOCUMENTS.entries()) {
    const effective = status === 'effective' || status === 'in_review';
    const month = String((i % 12) + 1).padStart(2, '0');
    const doc = await call('documents.create', {
      title,
      type,
      status: status === 'effective' ? 'effective' : status === 'in_review' ? 'in_review' : 'draft',
      departmentId: departments.get(department) ?? null,
      ownerId: users.get(owner) ?? null,
      versionLabel: effective ? 'B/1' : 'A/0',
      effectiveDate: effective ? `${year - 1}-${month}-01` : null,
      nextReviewDate: effective ? `${i % 3 === 0 ? year : year + 1}-${month}-01` : null,
      tags,
    });
    if (title.includes('2019')) {
      await call('documents.markObsolete', { id: doc.id, version: doc.version, reason: '已被《服务质量管理制度》取代' });
    }
    const template = TEMPLATES[title];
    if (template) await publish(doc.id, template);
  }
  return DEMO_ACCOUNTS.map(({ username, displayName, role, password }) => ({ username, displayName, role, password }));
}
