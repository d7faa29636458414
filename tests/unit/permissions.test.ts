import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Input, type MethodName } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/auth/roles';
import { imageOf } from '../helpers/files';
import { docxOf } from '../helpers/word';
import { orgWorkbook } from '../helpers/org';
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
  const d = await qm.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
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
const newPosition = async () => qm.call('positions.create', { departmentId: (await ownUnit()).id, title: `客服专员-${Math.random()}` });

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
  'org.importStart': async () => ({ dataBase64: (await orgWorkbook([['CS', '客户服务部', '部门', '', '', '']], [], [])).toString('base64') }),
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
        if (may) expect(r).toMatchObject({ ok: true });
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
