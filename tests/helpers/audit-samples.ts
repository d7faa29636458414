import type { AuditPlanData, AuditReportData, ChecklistResult, FindingFormData, FindingGrade, ProgrammeData, ReportPhoto } from '../../shared/audits/report-data';
import { GRADES, RESULTS } from '../../shared/audits/labels';
import { greyPng } from './png';

/** Sample data for the audit Word exports, as the audits services will hand it over. */
const UNITS = ['客户服务部', '运营管理部', '人力资源部', '质量管理部', '信息技术部', '财务部', '华东分公司', '呼叫中心'];
const CLAUSES = ['4.1', '5.3', '6.2', '7.2', '7.5', '8.2', '8.5', '8.7', '9.1', '9.2', '10.2'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴婷'];

export const samplePhoto = (name = '现场照片.png', w = 640, h = 480): ReportPhoto => ({ name, mediaType: 'image/png', data: greyPng(w, h), width: w, height: h });

export function sampleFinding(i = 1, grade: FindingGrade = 'minor', photos = 1): FindingFormData {
  return {
    organisationName: '华信服务集团有限公司',
    auditCode: 'IA-2026-003',
    auditTitle: '2026年第二次内部审核（客户服务与运营）',
    number: `NC-2026-${String(i).padStart(3, '0')}`,
    grade,
    unitName: UNITS[i % UNITS.length]!,
    date: '2026-05-13',
    clauses: [CLAUSES[i % CLAUSES.length]!],
    article: i % 2 === 0 ? { documentNumber: 'QM-ZD-007', documentTitle: '客户投诉处理管理制度', revisionLabel: 'B/1', label: '第十二条', text: '客户投诉应在受理后24小时内首次回复，并在5个工作日内办结。' } : null,
    facts: `抽查2026年4月客户投诉记录20份，其中${i + 2}份未在24小时内首次回复（如工单 KF-2026-04${String(10 + i)}，受理后第3天才回复），不符合制度要求。`,
    auditorName: PEOPLE[i % PEOPLE.length]!,
    auditee: i % 3 === 0 ? null : { name: PEOPLE[(i + 3) % PEOPLE.length]!, acknowledgedAt: '2026-05-14T10:20:00.000Z', comment: i % 2 ? '情况属实，将组织整改。' : null },
    photos: Array.from({ length: photos }, (_, k) => samplePhoto(`证据照片${k + 1}.png`, 640 - 80 * k, 480)),
    actionNeeded: grade === 'major' || grade === 'minor',
    correctiveAction: i % 4 === 1 ? { number: `CA-2026-${String(i).padStart(3, '0')}`, status: '实施中' } : null,
  };
}

const counts = (seed: number): Record<ChecklistResult, number> =>
  Object.fromEntries(RESULTS.map((r, k) => [r, r === 'conform' ? 8 + ((seed * 7) % 13) : (seed + k) % 3])) as Record<ChecklistResult, number>;

/** A report with about `lines` checklist lines and `findingCount` findings of every grade. */
export function sampleReport(opts: { lines?: number; findings?: number; photos?: number } = {}): AuditReportData {
  const findingCount = opts.findings ?? 8;
  const findings = Array.from({ length: findingCount }, (_, i) => sampleFinding(i + 1, GRADES[i % 4 === 0 ? 0 : i % 4]!, opts.photos ?? 0));
  const unitCount = Math.max(1, Math.min(UNITS.length, Math.ceil((opts.lines ?? 60) / 40)));
  const byUnit = UNITS.slice(0, unitCount).map((unitName, i) => ({ unitName, counts: counts(i) }));
  const scale = (opts.lines ?? 60) / Math.max(1, byUnit.reduce((a, u) => a + Object.values(u.counts).reduce((x, y) => x + y, 0), 0));
  for (const u of byUnit) u.counts.conform = Math.max(0, Math.round(u.counts.conform * scale));
  // Exactly `lines` lines in all: the rounding is taken up by the first unit's conforming lines.
  const total = byUnit.reduce((a, u) => a + Object.values(u.counts).reduce((x, y) => x + y, 0), 0);
  byUnit[0]!.counts.conform = Math.max(0, byUnit[0]!.counts.conform + (opts.lines ?? 60) - total);
  const byClause = CLAUSES.map((clause, i) => ({
    clause,
    counts: counts(i + 3),
    findings: Object.fromEntries(GRADES.map((g) => [g, findings.filter((f) => f.clauses[0] === clause && f.grade === g).length])) as Record<FindingGrade, number>,
  }));
  return {
    organisationName: '华信服务集团有限公司',
    code: 'IA-2026-003',
    title: '2026年第二次内部审核（客户服务与运营）',
    purpose: '评价公司质量管理体系在客户服务与运营过程中是否符合GB/T 19001-2016标准和公司管理制度的要求，是否得到有效实施和保持，识别改进机会。',
    scope: '客户服务部、运营管理部及华东分公司的服务提供、客户投诉处理、服务质量评估过程。',
    criteriaClauses: CLAUSES,
    criteriaDocuments: [
      { number: 'QM-SC-001', title: '质量手册', revisionLabel: 'C/0' },
      { number: 'QM-ZD-007', title: '客户投诉处理管理制度', revisionLabel: 'B/1' },
    ],
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    lead: { name: '陈静', unitName: '质量管理部' },
    auditors: [
      { name: '杨磊', unitName: '人力资源部' },
      { name: '赵敏', unitName: '客户服务部' },
    ],
    auditees: byUnit.map((u, i) => ({ unitName: u.unitName, people: [PEOPLE[i % 10]!, PEOPLE[(i + 5) % 10]!] })),
    meetings: [
      { kind: 'opening', at: '2026-05-12T09:00:00.000Z', attendees: ['刘洋', '陈静', '杨磊', '赵敏', '张伟'] },
      { kind: 'closing', at: '2026-05-14T16:00:00.000Z', attendees: ['刘洋', '陈静', '杨磊', '赵敏', '王芳'] },
    ],
    independenceExceptions: [{ auditorName: '赵敏', unitName: '客户服务部', justification: '客户服务部仅有赵敏一名持证内审员熟悉呼叫中心系统；由审核组长陈静复核其全部记录。' }],
    byUnit,
    byClause,
    findings,
    strengths: ['客户服务部建立了每日服务质量晨会制度，问题当日闭环。', '运营管理部的服务质量数据看板实时更新，数据准确。'],
    conclusion: '公司质量管理体系总体符合GB/T 19001-2016标准及公司制度要求，运行基本有效；客户投诉处理的及时性有待加强，各部门应于30日内完成纠正措施。',
    distribution: ['总经理', '管理者代表', '各受审核部门', '质量管理部（存档）'],
    signatures: [
      { meaning: 'prepared', name: '陈静', signedAt: '2026-05-15T09:00:00.000Z' },
      { meaning: 'approved', name: null, signedAt: null },
    ],
  };
}

export function samplePlan(): AuditPlanData {
  const r = sampleReport();
  return {
    organisationName: r.organisationName,
    code: r.code,
    title: r.title,
    purpose: r.purpose,
    scope: r.scope,
    criteriaClauses: r.criteriaClauses,
    criteriaDocuments: r.criteriaDocuments,
    startDate: r.startDate,
    endDate: r.endDate,
    lead: r.lead,
    auditors: r.auditors,
    auditees: r.auditees,
    meetings: [
      { kind: 'opening', at: '2026-05-12T09:00:00.000Z', place: '总部三楼会议室' },
      { kind: 'closing', at: '2026-05-14T16:00:00.000Z', place: null },
    ],
    timetable: r.auditees.map((a, i) => ({ date: `2026-05-1${2 + (i % 3)}`, from: i % 2 ? '13:30' : '09:30', to: i % 2 ? '17:00' : '12:00', unitName: a.unitName, auditorNames: [i % 2 ? '杨磊' : '陈静'], clauses: CLAUSES.slice(i % 5, (i % 5) + 4) })),
    independenceExceptions: r.independenceExceptions,
  };
}

export function sampleProgramme(): ProgrammeData {
  const clauses = ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '9.1', '9.2', '9.3', '10.1', '10.2', '10.3'];
  const states = ['done', 'planned', 'gap'] as const;
  return {
    organisationName: '华信服务集团有限公司',
    year: 2026,
    status: 'approved',
    audits: Array.from({ length: 8 }, (_, i) => ({
      month: 2 + i * 1.4 > 12 ? 12 : Math.round(2 + i * 1.4),
      code: i < 5 ? `IA-2026-00${i + 1}` : null,
      title: `2026年第${['一', '二', '三', '四', '五', '六', '七', '八'][i]}次内部审核`,
      unitNames: UNITS.slice(i % 6, (i % 6) + 2),
      clauses: clauses.slice((i * 3) % 24, ((i * 3) % 24) + 6),
      processes: ['服务提供过程'],
      status: i < 3 ? 'closed' : i === 3 ? 'in_progress' : 'planned',
    })),
    coverage: UNITS.map((unitName, u) => ({
      unitName,
      clauses: Object.fromEntries(clauses.map((c, k) => [c, c === '8.3' ? 'excluded' : states[(u + k) % 7 === 0 ? 2 : (u + k) % 2]!])) as ProgrammeData['coverage'][number]['clauses'],
    })),
    clauses,
    justifiedGaps: [{ clause: '8.3', justification: '公司不从事服务的设计和开发，8.3条款删减（见质量手册1.3）。' }],
    signatures: [
      { meaning: 'prepared', name: '陈静', signedAt: '2026-01-05T09:00:00.000Z' },
      { meaning: 'approved', name: '刘洋', signedAt: '2026-01-08T09:00:00.000Z' },
    ],
  };
}
