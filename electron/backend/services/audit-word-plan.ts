import { Paragraph, TextRun } from 'docx';
import { MEETING_LABELS } from '../../../shared/audits/labels';
import type { AuditPlanData, ProgrammeData } from '../../../shared/audits/report-data';
import { heading1, labelled, para, reportDocument, reportTable, reportTextWidth, widthsOf, type CellSpec } from '../../../shared/word/report';
import { dateRange, dateTime, joinNames, packReport, signatureTable } from './audit-word-common';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function auditPlanDocument(d: AuditPlanData) {
  const width = reportTextWidth();
  let n = 0;
  const h = (t: string) => heading1(`${NUMERALS[n++]}、${t}`);
  const children = [
    new Paragraph({ style: 'Title', children: [new TextRun('内部审核实施计划')] }),
    labelled('审核编号', d.code),
    labelled('审核名称', d.title),
    h('审核目的'),
    para(d.purpose),
    h('审核范围'),
    para(d.scope),
    h('审核依据'),
    para(`GB/T 19001-2016 / ISO 9001:2015 条款：${d.criteriaClauses.join('、') || '—'}。`),
    ...(d.criteriaDocuments.length
      ? [reportTable([['文件编号', '文件名称', '版本'], ...d.criteriaDocuments.map((x) => [x.number, { text: x.title, align: 'left' as const }, x.revisionLabel])], widthsOf(width, [1.5, 4, 1]))]
      : []),
    h('审核组'),
    reportTable(
      [['审核组职务', '姓名', '所在部门'], ['审核组长', d.lead.name, d.lead.unitName ?? '—'], ...d.auditors.map((a) => ['审核员', a.name, a.unitName ?? '—'])],
      widthsOf(width, [1, 1, 2]),
    ),
    ...(d.independenceExceptions.length
      ? [
          para('独立性例外（审核员审核本部门工作，审核组长已记录理由）：', { spaceBefore: true, keepNext: true }),
          reportTable(
            [['审核员', '部门', '理由'], ...d.independenceExceptions.map((x) => [x.auditorName, x.unitName, { text: x.justification, align: 'left' as const }])],
            widthsOf(width, [1, 1.3, 3]),
          ),
        ]
      : []),
    h('受审核部门'),
    reportTable([['受审核部门', '陪同／受审核人员'], ...d.auditees.map((a) => [a.unitName, { text: joinNames(a.people), align: 'left' as const }])], widthsOf(width, [1, 2.5])),
    h('审核日期与会议安排'),
    labelled('审核日期', dateRange(d.startDate, d.endDate)),
    reportTable([['会议', '时间', '地点'], ...d.meetings.map((m) => [MEETING_LABELS[m.kind], dateTime(m.at), m.place ?? '—'])], widthsOf(width, [1, 1.5, 2])),
    h('审核日程安排'),
    reportTable(
      [
        ['日期', '时间', '受审核部门', '审核员', '审核条款'],
        ...d.timetable.map((t): CellSpec[] => [{ text: t.date }, { text: `${t.from}—${t.to}` }, { text: t.unitName }, { text: joinNames(t.auditorNames) }, { text: t.clauses.join('、') || '—', align: 'left' }]),
      ],
      widthsOf(width, [1.5, 1.7, 1.6, 1.3, 2.6]),
    ),
    para('请各受审核部门负责人按日程安排做好准备，届时在岗接受审核；日程如需调整，请提前与审核组长联系。', { spaceBefore: true }),
    signatureTable([], width),
  ];
  return reportDocument(
    { organisation: d.organisationName, headerText: `${d.code}\u3000内部审核实施计划`, title: `${d.code} 内部审核实施计划`, subject: d.title, keywords: [d.code, '内审实施计划'] },
    [{ children }],
  );
}

/** The 内审实施计划 with its timetable. */
export async function buildAuditPlanDocx(data: AuditPlanData): Promise<Buffer> {
  return packReport(auditPlanDocument(data));
}

/** Programme and audit states as the documents name them (unknown states are written as they come). */
const STATUS_LABELS: Record<string, string> = {
  draft: '草稿', in_review: '审批中', approved: '已批准', planned: '计划中', in_progress: '进行中', reporting: '编制报告', closed: '已完成', cancelled: '已取消',
};
const COVER_MARKS = { done: '●', planned: '○', gap: '×', excluded: '—' } as const;

export function programmeDocument(d: ProgrammeData) {
  const width = reportTextWidth(true);
  const statusOf = (s: string) => STATUS_LABELS[s] ?? s;
  const audits = reportTable(
    [
      ['月份', '审核编号', '审核名称', '受审核部门', '覆盖条款', '过程', '状态'],
      ...[...d.audits]
        .sort((a, b) => a.month - b.month)
        .map((a): CellSpec[] => [
          { text: `${a.month}月` },
          { text: a.code ?? '—' },
          { text: a.title, align: 'left' },
          { text: joinNames(a.unitNames), align: 'left' },
          { text: a.clauses.join('、') || '—', align: 'left' },
          { text: joinNames(a.processes), align: 'left' },
          { text: statusOf(a.status) },
        ]),
    ],
    widthsOf(width, [0.8, 1.4, 2.4, 2.6, 3.2, 1.8, 1]),
  );
  // Units × clauses: the unit column, then one narrow column a clause.
  const unitCol = 2000;
  const clauseCols = d.clauses.length ? widthsOf(width - unitCol, d.clauses.map(() => 1)) : [];
  const matrix = reportTable(
    [
      [{ text: '部门＼条款', size: 16 }, ...d.clauses.map((c) => ({ text: c, size: 15 }))],
      ...d.coverage.map((row): CellSpec[] => [
        { text: row.unitName, align: 'left', size: 16 },
        ...d.clauses.map((c) => {
          const state = row.clauses[c];
          return { text: state ? COVER_MARKS[state] : '', bold: state === 'gap', ...(state === 'gap' && { shade: true }) };
        }),
      ]),
    ],
    [unitCol, ...clauseCols],
    { compact: true },
  );
  const children = [
    new Paragraph({ style: 'Title', children: [new TextRun(`${d.year}年度内部审核计划`)] }),
    labelled('状态', statusOf(d.status)),
    heading1('一、年度审核安排'),
    audits,
    heading1('二、覆盖矩阵（部门 × 条款）'),
    para(`图例：${COVER_MARKS.done} 已审核\u3000${COVER_MARKS.planned} 已计划未完成\u3000${COVER_MARKS.gap} 未覆盖\u3000${COVER_MARKS.excluded} 不适用（删减）`, { indent: false, keepNext: true }),
    matrix,
    heading1('三、未覆盖条款的说明'),
    ...(d.justifiedGaps.length
      ? [reportTable([['条款', '理由'], ...d.justifiedGaps.map((g) => [g.clause, { text: g.justification, align: 'left' as const }])], widthsOf(width, [1, 6]))]
      : [para('适用条款均已覆盖。')]),
    heading1('四、审批'),
    signatureTable(d.signatures, width, { prepared: '编制（质量管理部）', approved: '批准（管理者代表）' }),
  ];
  return reportDocument(
    { organisation: d.organisationName, headerText: `${d.year}年度内部审核计划`, title: `${d.year}年度内部审核计划`, subject: `${d.organisationName} ${d.year}年度内部审核计划`, keywords: [String(d.year), '年度内审计划'] },
    [{ landscape: true, children }],
  );
}

/** The 年度内审计划 with its coverage matrix, on landscape pages. */
export async function buildProgrammeDocx(data: ProgrammeData): Promise<Buffer> {
  return packReport(programmeDocument(data));
}
