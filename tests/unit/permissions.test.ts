import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input, type MethodName } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/auth/roles';
import { CLAUSE_NUMBERS } from '../../shared/clauses/iso9001';
import { imageOf } from '../helpers/files';
import { docxOf } from '../helpers/word';
import { orgWorkbook } from '../helpers/org';
import { capaFixtures } from '../helpers/capa-fixtures';
import { personOfUser, seedAudit } from '../helpers/audit-seed';
import { client, openTestBackend, PASSWORD, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let clients: Record<Role, Client> & { ids: Record<Role, string> };
let qm: Client;

async function freshSession(role: Role): Promise<Client> {
  const s = await client(t.backend).call('auth.signIn', { username: role === 'quality_manager' ? 'manager' : role, password: PASSWORD });
  return client(t.backend, s.token);
}

type Fixture = { [M in MethodName]: (role: Role) => Promise<Input<M>> };
const today = '2026-11-22';
const newDoc = () => qm.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
const newDept = (name: string) => qm.call('departments.create', { name: `${name}-${Math.random()}` });
const uploaded = async () => qm.call('attachments.upload', { name: '巡检照片.png', dataBase64: (await imageOf(64, 48)).toString('base64') });

const draft = async () => clients.author.call('revisions.startDraft', { documentId: (await newDoc()).id });
async function inReview(approver?: Role) {
  const d = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation', approverIds: approver ? [clients.ids[approver]] : [] });
  // Written by someone else than the approver: nobody signs a later step of their own revision.
  const writer = approver === 'author' ? qm : clients.author;
  const r = await writer.call('revisions.startDraft', { documentId: d.id });
  return writer.call('revisions.submit', { id: r.id, version: r.version, changeReason: '首次发布', password: PASSWORD });
}
/** A revision in review that `role` wrote (an author's when the role may not write). */
async function submittedBy(role: Role) {
  const writer = role === 'quality_manager' || role === 'author' ? clients[role] : clients.author;
  // The only quality manager submitting needs another approver, or the route could not complete (refused at submit).
  const approverIds = writer === qm ? [clients.ids.executive] : [];
  const d = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation', approverIds });
  const r = await writer.call('revisions.startDraft', { documentId: d.id });
  return writer.call('revisions.submit', { id: r.id, version: r.version, changeReason: '首次发布', password: PASSWORD });
}
/** A document the role owns, so that only the role gate decides. */
const ownDoc = (role: Role) => qm.call('documents.create', { title: '服务质量管理制度', type: 'regulation', ownerId: clients.ids[role] });
async function effective() {
  const r = await inReview();
  return qm.call('revisions.sign', { id: r.id, version: r.version, password: PASSWORD });
}

const personOf = async (username: string) => (await qm.call('people.list', { q: username })).items.find((p) => p.username === username)!;
/** A unit headed by the auditor, where the author holds a position: both may edit its positions. */
async function ownUnit() {
  const auditor = await personOf('auditor');
  const author = await personOf('author');
  const unit = await qm.call('departments.create', { name: `网点-${Math.random()}`, kind: 'branch', headPersonId: auditor.id });
  const post = await qm.call('positions.create', { departmentId: unit.id, title: '网点主管' });
  await qm.call('people.assign', { id: author.id, version: author.version, positionId: post.id });
  return unit;
}
/** The open matrix draft (made over the branch level when none is open). */
async function matrixDraft() {
  let m = await qm.call('matrix.get', {});
  if (m?.state === 'in_approval') m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'return', comment: '退回' });
  if (m?.state === 'draft') return m;
  await ownUnit();
  return qm.call('matrix.create', { levelKind: 'branch' });
}
/** A draft with a ★ in every row. */
async function matrixFilled() {
  let m = await matrixDraft();
  for (const b of m.breaks) m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: b.row, unitId: m.columns[0]!.unitId, mark: 'lead' });
  return m;
}
/** No open draft (the open one approved), so a new one may start. */
async function matrixClosed() {
  const open = await qm.call('matrix.get', {});
  if (open?.state !== 'draft' && open?.state !== 'in_approval') return;
  const m = await matrixFilled();
  const s = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
  await qm.call('matrix.step', { id: s.id, version: s.version, step: 'approve', password: PASSWORD });
}
const newProcess = () => qm.call('processes.create', { code: `P${Math.floor(Math.random() * 1e9)}`, name: '服务提供过程' });
const newPosition = async () => qm.call('positions.create', { departmentId: (await ownUnit()).id, title: `客服专员-${Math.random()}` });

/** An audit led by `role` (its person), on a unit headed by `role`, so that only the role gate decides. */
async function auditOf(role: Role) {
  const db = t.backend.store.db;
  const person = await personOfUser(db, clients.ids[role]);
  const unit = await qm.call('departments.create', { name: `受审核单位-${Math.random()}`, headPersonId: person });
  return { auditId: await seedAudit(db, { lead: person, units: [unit.id] }), unitId: unit.id };
}
const lineOf = async (role: Role) => (await qm.call('checklists.addLines', { auditId: (await auditOf(role)).auditId, source: { kind: 'blank' } }))[0]!;
const findingOf = async (role: Role) => {
  const { auditId, unitId } = await auditOf(role);
  return qm.call('findings.create', { auditId, unitId, grade: 'minor', facts: '未按规定回访', clauses: ['8.5'] });
};

/** An audit led by the role's own person, with a plan complete enough to issue and start. */
async function ledBy(role: Role, issued = false) {
  const unit = await newDept('受审核单位');
  const lead = await personOf(role === 'quality_manager' ? 'manager' : role);
  const a = await qm.call('audits.create', { year: 2026, title: '内部审核', plannedMonth: 3, unitIds: [unit.id] });
  const plan = await qm.call('audits.savePlan', {
    id: a.id, version: a.version, title: a.title, plannedMonth: 3, purpose: '', scope: '', startDate: '2026-03-10', endDate: '2026-03-10',
    leadPersonId: lead.id, auditorIds: [], unitIds: [unit.id], auditees: [{ unitId: unit.id, personId: lead.id }], clauses: ['8.5'], processIds: [], revisionIds: [],
    timetable: [{ date: '2026-03-10', from: '09:00', to: '10:00', unitId: unit.id, auditorIds: [lead.id], clauses: [] }], meetings: [],
  });
  return issued ? qm.call('audits.issuePlan', { id: plan.id, version: plan.version }) : plan;
}
let programmeYear = 2040;
/** A draft programme of a fresh year whose one audit covers every clause, ready to submit. */
async function coveredProgramme() {
  const year = programmeYear++;
  const p = await qm.call('programmes.create', { year });
  await qm.call('audits.create', { programmeId: p.id, year, title: '全条款审核', plannedMonth: 5, unitIds: [(await newDept('全条款')).id], clauses: [...CLAUSE_NUMBERS] });
  return qm.call('programmes.get', { year }).then((x) => x!);
}
async function submittedProgramme(role: Role) {
  const p = await coveredProgramme();
  const route = [{ meaning: 'approved' as const, mode: 'any' as const, assignees: [{ kind: 'user' as const, userId: clients.ids[role] }] }];
  return qm.call('programmes.submit', { id: p.id, version: p.version, password: PASSWORD, route });
}

const usernameOf = (role: Role) => (role === 'quality_manager' ? 'manager' : role);
/** A unit the role heads, with one more person (without a login) in it. */
async function headedUnit(role: Role) {
  const head = await personOf(usernameOf(role));
  const unit = await qm.call('departments.create', { name: `班组-${Math.random()}`, kind: 'team', headPersonId: head.id });
  const post = await qm.call('positions.create', { departmentId: unit.id, title: '服务专员' });
  const staff = await qm.call('people.create', { name: '孙丽' });
  await qm.call('people.assign', { id: staff.id, version: staff.version, positionId: post.id, primary: true });
  return { unit, post, head, staff };
}
/** A regulation in force whose scope is a unit the role heads and holds a position in. */
async function concernedRevision(role: Role) {
  const { unit, post, head, staff } = await headedUnit(role);
  await qm.call('people.assign', { id: head.id, version: (await qm.call('people.get', { id: head.id })).version, positionId: post.id });
  const d = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
  await qm.call('reading.scopeSet', { documentId: d.id, unitIds: [unit.id], positionIds: [] });
  const r = await clients.author.call('revisions.startDraft', { documentId: d.id });
  const s = await clients.author.call('revisions.submit', { id: r.id, version: r.version, changeReason: '首次发布', password: PASSWORD });
  const e = await qm.call('revisions.sign', { id: s.id, version: s.version, password: PASSWORD });
  return { revisionId: e.id, staff };
}
const newTopic = () => qm.call('training.topicCreate', { title: `服务礼仪-${Math.random()}` });
const readingAndTrainingFixtures: Pick<Fixture, Extract<MethodName, `${'reading' | 'training'}.${string}`>> = {
  'reading.scopeGet': async () => ({ documentId: (await newDoc()).id }),
  'reading.scopeSet': async (role) => ({ documentId: (await ownDoc(role)).id, unitIds: [], positionIds: [] }),
  'reading.setNeedsTraining': async () => ({ revisionId: (await draft()).id, needsTraining: true }),
  'reading.confirm': async (role) => ({ revisionId: (await concernedRevision(role)).revisionId }),
  'reading.recordPaper': async (role) => {
    const { revisionId, staff } = await concernedRevision(role);
    return { revisionId, personIds: [staff.id], paperDate: today };
  },
  'reading.status': async () => ({ revisionId: (await effective()).id }),
  'reading.exportXlsx': async () => ({ revisionId: (await effective()).id }),
  'reading.overview': async () => ({}),
  'reading.settingsGet': async () => ({}),
  'reading.settingsSet': async () => ({ dueDays: 7 }),
  'training.topicsList': async () => ({}),
  'training.topicCreate': async () => ({ title: `服务礼仪-${Math.random()}`, validityMonths: 12 }),
  'training.topicUpdate': async () => {
    const topic = await newTopic();
    return { id: topic.id, version: topic.version, validityMonths: 24 };
  },
  'training.positionTopicsSet': async () => ({ positionId: (await newPosition()).id, topicIds: [(await newTopic()).id] }),
  'training.record': async (role) => {
    const { staff } = await headedUnit(role);
    return { topicId: (await newTopic()).id, heldOn: today, trainer: '张华', hours: 2, method: 'classroom' as const, attendees: [{ personId: staff.id }] };
  },
  'training.pickPeople': async () => ({}),
  'training.sessions': async () => ({}),
  'training.person': async () => ({}),
  'training.matrix': async (role) => ({ unitId: (await headedUnit(role)).unit.id }),
  'training.unitCounts': async (role) => ({ unitId: (await headedUnit(role)).unit.id }),
  'training.exportXlsx': async () => ({}),
};

/** A valid input for every method, so that only the role decides the outcome. */
const inputs: Fixture = {
  'system.status': async () => ({}),
  'system.info': async () => ({}),
  'system.backup': async () => ({}),
  'auth.setup': async () => ({ username: 'second', displayName: 'x', password: PASSWORD }),
  'auth.signIn': async () => ({ username: 'author', password: PASSWORD }),
  'auth.signOut': async () => ({}),
  'auth.me': async () => ({}),
  'auth.changePassword': async () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
  'users.directory': async () => ({}),
  'users.list': async () => ({}),
  'users.create': async () => ({ username: `u${Math.floor(Math.random() * 1e9)}`, displayName: '周敏', role: 'author', password: PASSWORD }),
  'users.update': async () => {
    const me = (await qm.call('users.list', { role: 'auditor' })).items[0]!;
    return { id: me.id, version: me.version, displayName: '王强' };
  },
  'users.resetPassword': async () => {
    const u = await qm.call('users.create', { username: `r${Math.floor(Math.random() * 1e9)}`, displayName: 'x', role: 'author', password: PASSWORD });
    return { id: u.id, newPassword: 'another password' };
  },
  'departments.list': async () => ({}),
  'departments.create': async () => ({ name: `客户服务部-${Math.random()}` }),
  'departments.update': async () => {
    const d = await newDept('运营部');
    return { id: d.id, version: d.version, name: `运营管理部-${Math.random()}` };
  },
  'departments.delete': async () => {
    const d = await newDept('临时');
    return { id: d.id, version: d.version };
  },
  'documents.list': async () => ({ q: '制度' }),
  'documents.get': async () => ({ id: (await newDoc()).id }),
  'documents.nextNumber': async () => ({ type: 'procedure' }),
  'documents.create': async () => ({ title: '内部审核程序', type: 'procedure' }),
  'documents.update': async (role) => {
    const d = await ownDoc(role);
    return { id: d.id, version: d.version, title: '服务质量管理制度（修订）' };
  },
  'documents.markObsolete': async () => {
    const d = await newDoc();
    return { id: d.id, version: d.version, reason: '已被新制度取代' };
  },
  'documents.delete': async (role) => {
    const d = await ownDoc(role);
    return { id: d.id, version: d.version };
  },
  'documents.summary': async () => ({ today }),
  'revisions.list': async () => ({ documentId: (await effective()).documentId }),
  'revisions.get': async () => ({ id: (await effective()).id }),
  'revisions.startDraft': async () => ({ documentId: (await newDoc()).id, templateId: 'service-quality-regulation' }),
  'revisions.save': async () => {
    const r = await draft();
    return { id: r.id, version: r.version, content: r.content };
  },
  'revisions.submit': async () => {
    const r = await draft();
    return { id: r.id, version: r.version, changeReason: '新增投诉时限', password: PASSWORD };
  },
  'revisions.sign': async (role) => {
    const r = await inReview(role);
    return { id: r.id, version: r.version, password: PASSWORD };
  },
  'revisions.attachFile': async () => {
    const r = await draft();
    const file = await qm.call('attachments.upload', { name: '国家标准.txt', dataBase64: Buffer.from('第一条 服务质量').toString('base64') });
    return { id: r.id, version: r.version, attachmentId: file.id };
  },
  'revisions.withdraw': async (role) => {
    const r = await submittedBy(role);
    return { id: r.id, version: r.version };
  },
  'revisions.register': async () => ({ documentId: (await newDoc()).id, label: 'A/0', effectiveDate: '2020-01-01', password: PASSWORD }),
  'routes.list': async () => ({}),
  'routes.effective': async () => ({ documentId: (await newDoc()).id }),
  'routes.set': async () => ({ scope: { documentId: (await newDoc()).id }, steps: [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'executive' }] }] }),
  'routes.clear': async () => {
    const documentId = (await newDoc()).id;
    await qm.call('routes.set', { scope: { documentId }, steps: [{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'role', role: 'executive' }] }] });
    return { scope: { documentId } };
  },
  'tasks.mine': async () => ({}),
  'tasks.overdueByUnit': async () => ({}),
  'revisions.reject': async (role) => {
    const r = await inReview(role);
    return { id: r.id, version: r.version, comment: '请补充投诉分级' };
  },
  'revisions.discard': async () => {
    const r = await draft();
    return { id: r.id, version: r.version };
  },
  'search.documents': async () => ({ q: '服务质量' }),
  'register.exportXlsx': async () => ({ statuses: ['effective'] }),
  'word.export': async () => ({ revisionId: (await effective()).id }),
  'word.import': async () => ({ fileName: '服务质量管理制度.docx', base64: (await docxOf()).toString('base64') }),
  'word.exportStart': async () => ({ revisionId: (await effective()).id }),
  'word.importStart': async () => ({ fileName: '服务质量管理制度.docx', base64: (await docxOf()).toString('base64') }),
  // A job of the caller's own: only its owner may follow or cancel it.
  'jobs.get': async (role) => ({ jobId: (await clients[role].call('word.exportStart', { revisionId: (await effective()).id })).jobId }),
  'jobs.cancel': async (role) => ({ jobId: (await clients[role].call('word.exportStart', { revisionId: (await effective()).id })).jobId }),
  'audit.history': async () => ({ entity: 'document', entityId: (await newDoc()).id }),
  'audit.verify': async () => ({}),
  'audit.list': async () => ({ entity: 'document' }),
  'audit.facets': async () => ({}),
  'audit.export': async () => ({ action: 'create' }),
  'settings.get': async () => ({}),
  'settings.update': async () => ({ organisationName: '安和城市服务有限公司' }),
  'attachments.upload': async () => ({ name: '现场照片.png', dataBase64: (await imageOf(40 + Math.floor(Math.random() * 400), 30)).toString('base64') }),
  'attachments.get': async () => ({ id: (await uploaded()).id }),
  'attachments.thumbnail': async () => ({ id: (await uploaded()).id }),
  'security.policy': async () => ({}),
  'security.updatePolicy': async () => ({ lockoutAttempts: 5 }),
  'security.locks': async () => ({}),
  'security.unlock': async () => ({ userId: clients.ids.author }),
  'departments.tree': async () => ({}),
  'departments.move': async () => {
    const [a, b] = [await newDept('片区'), await newDept('网点')];
    return { id: b.id, version: b.version, parentId: a.id };
  },
  'departments.close': async () => {
    const d = await newDept('撤销');
    return { id: d.id, version: d.version };
  },
  'departments.reopen': async () => {
    const d = await newDept('恢复');
    const closed = await qm.call('departments.close', { id: d.id, version: d.version });
    return { id: d.id, version: closed.version };
  },
  'positions.list': async () => ({}),
  'positions.get': async () => ({ id: (await newPosition()).id }),
  'positions.create': async () => ({ departmentId: (await ownUnit()).id, title: '保洁员' }),
  'positions.update': async () => {
    const p = await newPosition();
    return { id: p.id, version: p.version, education: '高中及以上' };
  },
  'positions.delete': async () => {
    const p = await newPosition();
    return { id: p.id, version: p.version };
  },
  'people.list': async () => ({}),
  'people.get': async () => ({ id: (await personOf('author')).id }),
  'people.create': async () => ({ name: '刘洋' }),
  'people.update': async () => {
    const p = await qm.call('people.create', { name: '孙丽' });
    return { id: p.id, version: p.version, absent: true };
  },
  'people.assign': async () => {
    const p = await qm.call('people.create', { name: '赵磊' });
    return { id: p.id, version: p.version, positionId: (await newPosition()).id, primary: true };
  },
  'people.unassign': async () => {
    const p = await qm.call('people.create', { name: '钱坤' });
    const post = await newPosition();
    const held = await qm.call('people.assign', { id: p.id, version: p.version, positionId: post.id });
    return { id: p.id, version: held.version, positionId: post.id };
  },
  'org.import': async () => ({ dataBase64: (await orgWorkbook([['CS', '客户服务部', '部门', '', '', '']], [], [])).toString('base64') }),
  'org.export': async () => ({}),
  'audits.list': async () => ({}),
  'audits.get': async () => ({ id: (await ledBy('quality_manager')).id }),
  'audits.create': async () => ({ year: 2026, title: '客服部审核', plannedMonth: 4 }),
  'audits.savePlan': async (role) => {
    const a = await ledBy(role);
    return {
      id: a.id, version: a.version, title: a.title, plannedMonth: 4, purpose: '目的', scope: a.scope, startDate: a.startDate, endDate: a.endDate, leadPersonId: a.lead!.personId,
      auditorIds: [], unitIds: a.units.map((u) => u.unitId), auditees: [], clauses: a.clauses, processIds: [], revisionIds: [], timetable: [], meetings: [],
    };
  },
  'audits.issuePlan': async (role) => {
    const a = await ledBy(role);
    return { id: a.id, version: a.version };
  },
  'audits.step': async (role) => {
    const a = await ledBy(role, true);
    return { id: a.id, version: a.version, step: 'start' };
  },
  'audits.recordException': async (role) => {
    const a = await ledBy(role);
    return { auditId: a.id, personId: a.lead!.personId, unitId: a.units[0]!.unitId, justification: '本单位仅有一名合格内审员' };
  },
  'audits.removeException': async (role) => {
    const a = await ledBy(role);
    const x = await qm.call('audits.recordException', { auditId: a.id, personId: a.lead!.personId, unitId: (await newDept('其他')).id, justification: '理由' });
    return { auditId: a.id, exceptionId: x.independenceExceptions[0]!.id };
  },
  'programmes.get': async () => ({ year: 2026 }),
  'programmes.coverage': async () => ({ year: 2026 }),
  'programmes.create': async () => ({ year: programmeYear++ }),
  'programmes.update': async () => {
    const p = await coveredProgramme();
    return { id: p.id, version: p.version, title: '年度内审计划', notes: '' };
  },
  'programmes.justifyGap': async () => ({ programmeId: (await coveredProgramme()).id, clause: '7.1', justification: '本年度资源无变化' }),
  'programmes.removeGap': async () => {
    const p = await qm.call('programmes.justifyGap', { programmeId: (await coveredProgramme()).id, clause: '7.1', justification: '理由' });
    return { programmeId: p.id, gapId: p.gaps[0]!.id };
  },
  'programmes.submit': async () => {
    const p = await coveredProgramme();
    return { id: p.id, version: p.version, password: PASSWORD };
  },
  'programmes.sign': async (role) => {
    const p = await submittedProgramme(role);
    return { id: p.id, version: p.version, password: PASSWORD };
  },
  'programmes.return': async (role) => {
    const p = await submittedProgramme(role);
    return { id: p.id, version: p.version, comment: '请补充审核月份' };
  },
  'programmes.reopen': async () => {
    const p = await submittedProgramme('quality_manager');
    return { id: p.id, version: p.version, reason: '增加一次审核' };
  },
  'org.importStart': async () => ({ dataBase64: (await orgWorkbook([['CS', '客户服务部', '部门', '', '', '']], [], [])).toString('base64') }),
  'scope.get': async () => ({}),
  'scope.setClause': async () => {
    const c = (await qm.call('scope.get', {})).clauses.find((x) => x.clause === '8.3')!;
    return { clause: '8.3', version: c.version, applicable: !c.applicable, justification: '服务型企业，不涉及设计和开发' };
  },
  'processes.create': async () => ({ code: `P${Math.floor(Math.random() * 1e9)}`, name: '投诉处理过程' }),
  'processes.update': async () => {
    const p = await newProcess();
    return { id: p.id, version: p.version, closed: true };
  },
  'processes.delete': async () => {
    const p = await newProcess();
    return { id: p.id, version: p.version };
  },
  'matrix.list': async () => ({}),
  'matrix.get': async () => ({}),
  'matrix.create': async () => {
    await matrixClosed();
    await ownUnit();
    return { levelKind: 'branch' };
  },
  'matrix.setCell': async () => {
    const m = await matrixDraft();
    return { id: m.id, version: m.version, row: m.rows[0]!.key, unitId: m.columns[0]!.unitId, mark: 'main' };
  },
  'matrix.step': async () => {
    const m = await matrixFilled();
    return { id: m.id, version: m.version, step: 'submit' };
  },
  'matrix.exportXlsx': async () => ({ id: (await matrixDraft()).id }),
  'matrix.exportWord': async () => ({ id: (await matrixDraft()).id }),
  ...capaFixtures(() => qm),
  'checklists.get': async (role) => ({ auditId: (await auditOf(role)).auditId }),
  'checklists.regulations': async () => ({}),
  'checklists.articles': async () => ({ revisionId: (await effective()).id }),
  'checklists.templates': async () => ({}),
  'checklists.addLines': async (role) => ({ auditId: (await auditOf(role)).auditId, source: { kind: 'blank' } }),
  'checklists.updateLine': async (role) => {
    const line = await lineOf(role);
    return { id: line.id, version: line.version, patch: { result: 'conform' } };
  },
  'checklists.removeLine': async (role) => {
    const line = await lineOf(role);
    return { id: line.id, version: line.version };
  },
  'checklists.attach': async (role) => ({ lineId: (await lineOf(role)).id, attachmentId: (await uploaded()).id }),
  'checklists.detach': async (role) => {
    const line = await lineOf(role);
    const file = await uploaded();
    await qm.call('checklists.attach', { lineId: line.id, attachmentId: file.id });
    return { lineId: line.id, attachmentId: file.id };
  },
  'findings.create': async (role) => ({ ...(await auditOf(role)), grade: 'observation', facts: '前台服务规范未张贴' }),
  'findings.update': async (role) => {
    const f = await findingOf(role);
    return { id: f.id, version: f.version, unitId: f.unitId, grade: 'major', facts: f.facts, clauses: ['8.5'] };
  },
  'findings.get': async (role) => ({ id: (await findingOf(role)).id }),
  'capa.raiseFromSource': async (role) => ({ sourceType: 'audit_finding', sourceId: (await findingOf(role)).id }),
  'findings.list': async () => ({}),
  'findings.acknowledge': async (role) => {
    const f = await findingOf(role);
    return { id: f.id, version: f.version };
  },
  'findings.withdraw': async (role) => {
    const f = await findingOf(role);
    return { id: f.id, version: f.version, reason: '重复记录' };
  },
  // The report: the audit's own team (here its lead) may export it whatever their role.
  'audits.exportReport': async (role) => ({ auditId: (await ledBy(role)).id }),
  'audits.exportReportStart': async (role) => ({ auditId: (await ledBy(role)).id }),
  'audits.exportPlan': async (role) => ({ auditId: (await ledBy(role)).id }),
  'audits.exportPlanStart': async (role) => ({ auditId: (await ledBy(role)).id }),
  'audits.exportFinding': async (role) => ({ findingId: (await findingOf(role)).id }),
  'audits.exportFindingStart': async (role) => ({ findingId: (await findingOf(role)).id }),
  'programmes.export': async () => ({ year: (await coveredProgramme()).year }),
  'programmes.exportStart': async () => ({ year: (await coveredProgramme()).year }),
  ...readingAndTrainingFixtures,
};

beforeAll(async () => {
  t = openTestBackend();
  clients = await withAllRoles(t.backend);
  qm = clients.quality_manager;
});
afterAll(() => t.close());

describe('every role against every method', () => {
  const methods = Object.keys(contract) as MethodName[];
  it('has an input fixture for every method', () => {
    expect(Object.keys(inputs).sort()).toEqual([...methods].sort());
  });

  for (const method of methods) {
    const allowed = contract[method].roles;
    if (allowed === 'public') continue;
    for (const role of ROLES) {
      const may = allowed.includes(role);
      it(`${method} is ${may ? 'allowed' : 'forbidden'} for ${role}`, async () => {
        // Session-ending calls get their own session, so the shared ones stay valid.
        const caller = method === 'auth.signOut' || method === 'auth.changePassword' ? await freshSession(role) : clients[role];
        const r = await caller.raw(method, await inputs[method](role));
        if (may) expect(r, JSON.stringify(r).slice(0, 300)).toMatchObject({ ok: true });
        else expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        if (method === 'auth.changePassword' && may) clients[role] = await freshSession(role);
        if (role === 'quality_manager') qm = clients.quality_manager;
      });
    }
  }

  it('public methods need no session; set-up runs only once', async () => {
    const anon = client(t.backend);
    expect(await anon.raw('system.status', {})).toMatchObject({ ok: true, data: { initialized: true } });
    expect(await anon.raw('auth.signIn', await inputs['auth.signIn']('author'))).toMatchObject({ ok: true });
    expect(await anon.raw('auth.setup', await inputs['auth.setup']('author'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
