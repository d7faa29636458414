import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { CheckResult } from '../../../shared/audits/checklists';
import { SYSTEM_CJK_FONTS } from '../charts/render';
import type { Backend } from '../context';
import { dispatch } from '../dispatch';
import { acknowledgers } from '../services/findings-rights';
import { DEMO_ACCOUNTS } from './demo-data';
import { articlesOf } from '../services/regulation-articles';
import { uuidv7 } from 'uuidv7';
import { nowIso } from '../clock';
import { inTransaction } from '../context';

const articleNodeIds = (row: { content: string }) => articlesOf(row.content, 'zh-CN').map((a) => a.nodeId);

/** The checklist template library's starting set (内审检查表模板). */
async function demoTemplates(backend: Backend) {
  if (await backend.store.db.selectFrom('checklist_templates').select('id').executeTakeFirst()) return;
  const at = nowIso();
  const templates: [string, string, [string, string, string][]][] = [
    ['服务提供现场检查', '网点、前台等服务现场', [['8.5', '服务规范、服务承诺是否在显著位置公示，且为现行版本', 'observe'], ['8.5', '抽查当日服务记录是否完整', 'sample'], ['7.1', '测量设备是否有有效的校准标识', 'observe'], ['7.2', '询问员工是否了解本岗位服务标准', 'interview']]],
    ['客户投诉处理检查', '客户服务部、各网点', [['8.2', '投诉是否在规定时限内受理和回复', 'sample'], ['9.1', '投诉统计分析是否按月开展', 'review'], ['10.2', '重大投诉是否进行原因分析并采取纠正措施', 'review']]],
    ['文件与记录控制检查', '各部门', [['7.5', '现场使用的文件是否为现行有效版本', 'observe'], ['7.5', '记录是否清晰、可追溯并按规定保存', 'sample']]],
  ];
  for (const [name, description, lines] of templates)
    await backend.store.db
      .insertInto('checklist_templates')
      .values({ id: uuidv7(), name, description, lines: JSON.stringify(lines.map(([clause, question, method]) => ({ clause, question, method }))), retired_at: null, created_by: null, version: 1, created_at: at, updated_at: at })
      .execute();
}

/**
 * The auditors' part of the demo, run after the audits part: checklists built from the demo regulations and the
 * plan's clauses for every audit under way or done, about thirty findings of every grade with generated site
 * photos, and the audited units' acknowledgments (where the unit's head or a named auditee has a demo login).
 */

const PHOTO_FONT = 'QMS Demo CJK';
let fontReady = false;
const PALETTE = ['#d9e7f5', '#f5ead9', '#e3f0dc', '#efe1f2', '#f7e0de'];

/** A plausible "site photo": a counter, shelves and a notice board, captioned in Chinese. */
export function demoPhoto(caption: string, seed: number): Buffer {
  if (!fontReady) {
    const file = SYSTEM_CJK_FONTS.find((f) => existsSync(f));
    if (file) GlobalFonts.registerFromPath(file, PHOTO_FONT);
    fontReady = true;
  }
  const canvas = createCanvas(640, 480);
  const g = canvas.getContext('2d');
  g.fillStyle = PALETTE[seed % PALETTE.length]!;
  g.fillRect(0, 0, 640, 480);
  g.fillStyle = '#8c6e4f';
  g.fillRect(40, 300, 560, 120); // counter
  g.fillStyle = '#a0a0a0';
  for (let i = 0; i < 3; i++) g.fillRect(60 + i * 190, 60, 160, 12 + (seed % 3) * 4); // shelves
  g.fillStyle = '#ffffff';
  g.fillRect(420, 110, 160, 150); // notice board
  g.strokeStyle = '#555555';
  g.lineWidth = 3;
  g.strokeRect(420, 110, 160, 150);
  g.fillStyle = seed % 2 ? '#c0392b' : '#2c3e50';
  g.beginPath();
  g.arc(150 + (seed % 5) * 40, 220, 36, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#222222';
  g.font = `24px "${PHOTO_FONT}"`;
  g.fillText(caption.slice(0, 22), 40, 455);
  return canvas.toBuffer('image/jpeg');
}

const NONCONFORMITIES: { grade: 'major' | 'minor' | 'observation' | 'improvement'; result: CheckResult; facts: string; clause: string }[] = [
  { grade: 'minor', result: 'nonconform', facts: '抽查本月客户投诉记录 12 份，其中 2 份未在 24 小时内回复客户，不符合投诉处理时限要求。', clause: '8.2' },
  { grade: 'minor', result: 'nonconform', facts: '前台张贴的《服务规范》为已作废的 A/0 版本，现行版本为 A/1。', clause: '7.5' },
  { grade: 'major', result: 'nonconform', facts: '近三个月未开展顾客满意度调查，也无其他顾客感受的监视记录，质量目标“满意度 ≥ 85%”无法评价。', clause: '9.1' },
  { grade: 'observation', result: 'observation', facts: '新员工岗前培训记录齐全，但培训效果评价仅有签到，建议补充考核。', clause: '7.2' },
  { grade: 'improvement', result: 'improvement', facts: '回访话术各班组不一致，可统一为标准话术并纳入知识库。', clause: '10.3' },
  { grade: 'minor', result: 'nonconform', facts: '服务现场的测温仪未见校准标识，无法确认其测量结果有效。', clause: '7.1' },
  { grade: 'observation', result: 'observation', facts: '交接班记录偶有漏签，本次抽查 20 份中 1 份未签名。', clause: '8.5' },
];

async function paperAcknowledgments(backend: Backend, auditId: string): Promise<number> {
  const db = backend.store.db;
  const open = await db.selectFrom('audit_findings').select(['id', 'unit_id', 'version']).where('audit_id', '=', auditId).where('status', '=', 'open').execute();
  let n = 0;
  for (const f of open) {
    const head = await db.selectFrom('departments as d').innerJoin('people as p', 'p.id', 'd.head_person_id').select(['p.id', 'p.name']).where('d.id', '=', f.unit_id).executeTakeFirst();
    const named = await db.selectFrom('audit_auditees as a').innerJoin('people as p', 'p.id', 'a.person_id').select(['p.id', 'p.name']).where('a.audit_id', '=', auditId).where('a.unit_id', '=', f.unit_id).where('a.removed_at', 'is', null).executeTakeFirst();
    const staff = await db
      .selectFrom('person_positions as pp')
      .innerJoin('positions as po', 'po.id', 'pp.position_id')
      .innerJoin('people as p', 'p.id', 'pp.person_id')
      .select(['p.id', 'p.name'])
      .where('po.department_id', '=', f.unit_id)
      .orderBy('pp.is_primary', 'desc')
      .executeTakeFirst();
    const who = head ?? named ?? staff;
    if (!who) continue;
    await inTransaction(
      { backend, caller: null, locale: 'zh-CN' },
      async (trx, audit) => {
        const at = nowIso();
        await trx
          .insertInto('audit_finding_acknowledgments')
          .values({ id: uuidv7(), finding_id: f.id, user_id: null, person_id: who.id, name: who.name, capacity: head ? 'head' : 'auditee', comment: '已在纸质不符合项报告上签认。', acknowledged_at: at, removed_at: null, version: 1, created_at: at, updated_at: at })
          .execute();
        await trx.updateTable('audit_findings').set({ status: 'acknowledged', version: f.version + 1, updated_at: at }).where('id', '=', f.id).execute();
        await audit({ entity: 'finding', entityId: f.id, action: 'acknowledge', after: { capacity: head ? 'head' : 'auditee', recorded: 'paper' } });
      },
      { id: null, displayName: '演示数据' },
    );
    n++;
  }
  return n;
}

export async function loadAuditWorkDemo(backend: Backend): Promise<{ lines: number; findings: number; acknowledged: number }> {
  const db = backend.store.db;
  let session: string | null = null;
  async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await dispatch(backend, method, input, { sessionToken: session, locale: 'zh-CN' });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.data as Output<M>;
  }
  async function as<T>(username: string, work: () => Promise<T>): Promise<T> {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
    const outer = session;
    session = (await call('auth.signIn', { username, password: account.password })).token;
    try {
      return await work();
    } finally {
      await call('auth.signOut', {});
      session = outer;
    }
  }
  const manager = DEMO_ACCOUNTS.find((a) => a.role === 'quality_manager')!.username;
  const logins = new Map((await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.id, u.username]));
  const demoLogins = new Set(DEMO_ACCOUNTS.map((a) => a.username));

  const regulation = await db
    .selectFrom('revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select('r.id')
    .where('r.status', '=', 'effective')
    .where('d.title', '=', '服务质量管理制度')
    .executeTakeFirst();
  const articleIds = regulation ? articleNodeIds(await db.selectFrom('revisions').select(['content']).where('id', '=', regulation.id).executeTakeFirstOrThrow()).slice(0, 5) : [];
  await demoTemplates(backend);
  const audits = await db.selectFrom('audits').select(['id', 'status']).where('status', 'in', ['in_progress', 'reporting', 'closed']).orderBy('start_date').execute();
  let lines = 0;
  let findings = 0;
  let acknowledged = 0;
  let n = 0;
  for (const audit of audits) {
    // Departments, branches and teams are audited on site; the organisation as a whole has no site checklist here.
    const units = await db
      .selectFrom('audit_units as u')
      .innerJoin('departments as d', 'd.id', 'u.unit_id')
      .select('u.unit_id')
      .where('u.audit_id', '=', audit.id)
      .where('u.removed_at', 'is', null)
      .where('d.kind', '<>', 'organisation')
      .execute();
    const atStart = findings;
    // A closed audit takes no more work: its lines and findings are written as they were before it closed.
    if (audit.status === 'closed') await db.updateTable('audits').set({ status: 'reporting' }).where('id', '=', audit.id).execute();
    // The lead writes the checklist when they have a demo login, else the quality manager does.
    const lead = await db
      .selectFrom('audit_team as t')
      .innerJoin('people as p', 'p.id', 't.person_id')
      .select('p.user_id')
      .where('t.audit_id', '=', audit.id)
      .where('t.role', '=', 'lead')
      .where('t.removed_at', 'is', null)
      .executeTakeFirst();
    const leadLogin = lead?.user_id ? logins.get(lead.user_id) : undefined;
    const writer = leadLogin && demoLogins.has(leadLogin) ? leadLogin : manager;
    try {
      for (const { unit_id: unitId } of units.slice(0, 3)) {
        await as(writer, async () => {
          const made = await call('checklists.addLines', { auditId: audit.id, unitId, source: { kind: 'clauses' } });
          if (articleIds.length) made.push(...(await call('checklists.addLines', { auditId: audit.id, unitId, source: { kind: 'articles', revisionId: regulation!.id, nodeIds: articleIds } })));
          lines += made.length;
          const done = audit.status !== 'in_progress' || n % 2 === 0;
          for (const [i, line] of made.entries()) {
            if (!done && i > made.length / 2) break;
            const nc = findings < 32 && findings - atStart < 7 && i % 2 === 1 ? NONCONFORMITIES[n++ % NONCONFORMITIES.length]! : null;
            const updated = await call('checklists.updateLine', {
              id: line.id,
              version: line.version,
              patch: { record: nc ? nc.facts : '查阅相关记录，抽样 5 份，符合要求。', result: nc ? nc.result : i % 9 === 8 ? 'na' : 'conform' },
            });
            if (!nc) continue;
            const photo = await call('attachments.upload', { name: `现场照片-${n}.jpg`, dataBase64: demoPhoto(`现场照片 ${n}：${nc.facts.slice(0, 10)}`, n).toString('base64') });
            await call('checklists.attach', { lineId: updated.id, attachmentId: photo.id });
            const f = await call('findings.create', {
              auditId: audit.id,
              lineId: line.id,
              unitId,
              grade: nc.grade,
              facts: nc.facts,
              clauses: (line.clause ? [] : [nc.clause]) as never,
              attachmentIds: [photo.id],
            });
            findings++;
            // The audited unit acknowledges (once the audit is past field work, or for half of those under way).
            if (audit.status === 'in_progress' && findings % 2 === 0) continue;
            const who = (await acknowledgers(db, audit.id, unitId)).map((id) => logins.get(id)).find((u): u is string => !!u && demoLogins.has(u));
            if (!who) continue;
            await as(who, () => call('findings.acknowledge', { id: f.id, version: f.version, comment: f.grade === 'major' || f.grade === 'minor' ? '情况属实，已安排整改。' : '收到，将持续关注。' }));
            acknowledged++;
          }
        });
      }
      // Past field work every finding is acknowledged: where nobody of the unit has a login, the head signed the
      // paper form and the auditor recorded it (user_id NULL).
      if (audit.status !== 'in_progress') acknowledged += await paperAcknowledgments(backend, audit.id);
    } finally {
      if (audit.status === 'closed') await db.updateTable('audits').set({ status: 'closed' }).where('id', '=', audit.id).execute();
    }
  }
  return { lines, findings, acknowledged };
}
