import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ChartRun } from 'docx/charts';
import { GRADE_LABELS, GRADES, MEETING_LABELS, RESULT_LABELS, RESULTS } from '../../../shared/audits/labels';
import type { AuditReportData, ChecklistResult, FindingGrade } from '../../../shared/audits/report-data';
import { findingsByClauseSeries, findingsByGradeSeries } from '../../../shared/charts/audit-findings';
import { ISO_9001_CLAUSES } from '../../../shared/clauses/iso9001';
import { heading1, heading2, labelled, para, reportDocument, reportTable, reportTextWidth, widthsOf, type CellSpec } from '../../../shared/word/report';
import { fontsFor } from '../../../shared/word/style';
import { chineseDate, dateRange, dateTime, joinNames, packReport, signatureTable } from './audit-word-common';

const WIDTH = reportTextWidth();
const CHART_FONT = fontsFor('zh-CN', 'standard').body;
const clauseName = (clause: string) => ISO_9001_CLAUSES.find((c) => c.clause === clause)?.['zh-CN'] ?? '';
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

function cover(d: AuditReportData): Paragraph[] {
  const gap = (n: number) => Array.from({ length: n }, () => new Paragraph({}));
  const line = (label: string, value: string) => new Paragraph({ style: 'CoverLine', children: [new TextRun(`${label}：${value}`)] });
  return [
    new Paragraph({ style: 'CoverOrganisation', children: [new TextRun(d.organisationName)] }),
    ...gap(4),
    new Paragraph({ style: 'Title', children: [new TextRun({ text: '内部质量管理体系审核报告', size: 44 })] }),
    new Paragraph({ style: 'CoverLine', children: [new TextRun(d.title)] }),
    ...gap(4),
    line('审核编号', d.code),
    line('审核日期', dateRange(d.startDate, d.endDate)),
    line('审核组长', d.lead.name),
    line('审核依据', 'GB/T 19001-2016 / ISO 9001:2015 及公司管理制度'),
    ...gap(6),
    new Paragraph({ style: 'CoverLine', children: [new TextRun(d.organisationName)] }),
  ];
}

/** A native Word column chart of findings per clause, stacked by grade (null when nothing was found). */
function clauseChart(d: AuditReportData): Paragraph | null {
  const data = findingsByClauseSeries(d.byClause);
  if (data.categories.length === 0) return null;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ChartRun({
        type: 'column',
        title: { text: '审核发现按条款分布', font: { size: 12, bold: true } },
        categories: data.categories,
        series: data.series.map((s) => ({ name: s.name, values: s.values, color: s.color })),
        stacking: 'stacked',
        gapWidth: 80,
        font: { name: CHART_FONT },
        categoryAxis: { title: 'ISO 9001 条款' },
        valueAxis: { title: '项数', numberFormat: '0' },
        legend: { position: 'bottom' },
        transformation: { width: 576, height: 300 },
        altText: { name: '审核发现按条款分布', description: `审核发现按条款分布：${data.categories.map((c, i) => `${c} ${sum(data.series.map((s) => s.values[i]!))}项`).join('，')}` },
      }),
    ],
  });
}

/** A native Word pie of findings by grade (null when nothing was found). */
function gradeChart(d: AuditReportData): Paragraph | null {
  const data = findingsByGradeSeries(d.findings.map((f) => f.grade));
  if (sum(data.map((x) => x.value)) === 0) return null;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ChartRun({
        type: 'pie',
        title: { text: '审核发现按等级分布', font: { size: 12, bold: true } },
        categories: data.map((x) => x.name),
        series: [{ name: '审核发现', values: data.map((x) => (x.value > 0 ? x.value : null)), colors: data.map((x) => x.color) }],
        dataLabels: { value: true, category: true, position: 'bestFit' },
        font: { name: CHART_FONT },
        legend: { position: 'right' },
        transformation: { width: 480, height: 280 },
        altText: { name: '审核发现按等级分布', description: `审核发现按等级分布：${data.map((x) => `${x.name} ${x.value}项`).join('，')}` },
      }),
    ],
  });
}

const countRow = (label: string, counts: Record<ChecklistResult, number>): CellSpec[] => [
  { text: label, align: 'left' },
  ...RESULTS.map((r) => ({ text: String(counts[r]) })),
  { text: String(sum(RESULTS.map((r) => counts[r]))), bold: true },
];

const totals = (rows: readonly { counts: Record<ChecklistResult, number> }[]) =>
  Object.fromEntries(RESULTS.map((r) => [r, sum(rows.map((x) => x.counts[r]))])) as Record<ChecklistResult, number>;

function unitTable(d: AuditReportData): Table {
  return reportTable(
    [['受审核部门', ...RESULTS.map((r) => RESULT_LABELS[r]), '合计'], ...d.byUnit.map((u) => countRow(u.unitName, u.counts)), countRow('合计', totals(d.byUnit)).map((c) => ({ ...c, bold: true }))],
    widthsOf(WIDTH, [3.2, 1, 1, 1, 1.2, 1, 1]),
  );
}

function clauseTable(d: AuditReportData): Table {
  const head = ['条款', ...RESULTS.map((r) => RESULT_LABELS[r]), ...GRADES.map((g) => GRADE_LABELS[g])];
  const rows = d.byClause.map((c) => [
    { text: [c.clause, clauseName(c.clause)].filter(Boolean).join(' '), align: 'left' as const },
    ...RESULTS.map((r) => ({ text: String(c.counts[r]) })),
    ...GRADES.map((g) => ({ text: String(c.findings[g]), bold: c.findings[g] > 0 })),
  ]);
  return reportTable([head, ...rows], widthsOf(WIDTH, [3.4, 0.9, 1, 1, 1.1, 1, 1.2, 1.2, 1, 1.1]));
}

const requirement = (f: AuditReportData['findings'][number]) =>
  [...f.clauses.map((c) => `ISO 9001 ${c}`), ...(f.article ? [`${f.article.documentNumber}《${f.article.documentTitle}》${f.article.label}`] : [])].join('；') || '—';

function findingsTable(d: AuditReportData): Table {
  const action = (f: AuditReportData['findings'][number]) => (f.correctiveAction ? `${f.correctiveAction.number}（${f.correctiveAction.status}）` : f.actionNeeded ? '需采取纠正措施' : '—');
  return reportTable(
    [
      ['编号', '受审核部门', '不符合事实描述', '不符合条款', '类型', '纠正措施'],
      ...d.findings.map((f) => [f.number, f.unitName, { text: f.facts, align: 'left' as const }, { text: requirement(f), align: 'left' as const }, GRADE_LABELS[f.grade], action(f)]),
    ],
    widthsOf(WIDTH, [2.1, 1.4, 3.8, 2.1, 1.2, 1.4]),
  );
}

/** Ruled lines left to write on by hand, for a part of the report not yet written in the app (a borderless table's rows). */
const toFill = () => {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  return [
    new Table({
      columnWidths: [WIDTH],
      width: { size: WIDTH, type: WidthType.DXA },
      borders: { top: none, left: none, right: none, insideVertical: none, bottom: rule, insideHorizontal: rule },
      rows: Array.from({ length: 3 }, () => new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [new TableCell({ children: [new Paragraph({})] })] })),
    }),
  ];
};

const gradeSummary = (grades: readonly FindingGrade[]) =>
  findingsByGradeSeries(grades)
    .map((x) => `${x.name}${x.value}项`)
    .join('，');

export function auditReportDocument(d: AuditReportData) {
  let n = 0;
  const h = (title: string) => heading1(`${NUMERALS[n++]}、${title}`);
  const chartA = clauseChart(d);
  const chartB = gradeChart(d);
  const team = reportTable(
    [['审核组职务', '姓名', '所在部门'], ['审核组长', d.lead.name, d.lead.unitName ?? '—'], ...d.auditors.map((a) => ['审核员', a.name, a.unitName ?? '—'])],
    widthsOf(WIDTH, [1, 1, 2]),
  );
  const body = [
    new Paragraph({ style: 'Title', children: [new TextRun('内部质量管理体系审核报告')] }),
    labelled('审核编号', d.code),
    labelled('审核名称', d.title),
    h('审核目的'),
    para(d.purpose),
    h('审核范围'),
    para(d.scope),
    h('审核依据'),
    para(`GB/T 19001-2016 / ISO 9001:2015 条款：${d.criteriaClauses.join('、') || '—'}。`),
    ...(d.criteriaDocuments.length
      ? [reportTable([['文件编号', '文件名称', '版本'], ...d.criteriaDocuments.map((x) => [x.number, { text: x.title, align: 'left' as const }, x.revisionLabel])], widthsOf(WIDTH, [1.5, 4, 1]))]
      : []),
    h('审核组成员'),
    team,
    h('审核日期与会议'),
    labelled('审核日期', dateRange(d.startDate, d.endDate)),
    reportTable(
      [['会议', '时间', '参加人员'], ...d.meetings.map((m) => [MEETING_LABELS[m.kind], dateTime(m.at), { text: joinNames(m.attendees), align: 'left' as const }])],
      widthsOf(WIDTH, [1.2, 1.6, 5]),
    ),
    h('受审核部门及参加人员'),
    reportTable([['受审核部门', '参加人员'], ...d.auditees.map((a) => [a.unitName, { text: joinNames(a.people), align: 'left' as const }])], widthsOf(WIDTH, [1, 2.5])),
    heading2('审核独立性'),
    ...(d.independenceExceptions.length
      ? [
          para('以下审核员审核了本部门的工作，审核组长已记录理由：'),
          reportTable(
            [['审核员', '所在（受审核）部门', '理由'], ...d.independenceExceptions.map((x) => [x.auditorName, x.unitName, { text: x.justification, align: 'left' as const }])],
            widthsOf(WIDTH, [1, 1.3, 3]),
          ),
        ]
      : [para('审核员均未审核本部门的工作。')]),
    h('审核结果汇总'),
    para(`本次审核共检查 ${sum(d.byUnit.map((u) => sum(RESULTS.map((r) => u.counts[r]))))} 项，发现${gradeSummary(d.findings.map((f) => f.grade))}。`),
    heading2('按部门汇总'),
    unitTable(d),
    heading2('按条款汇总'),
    clauseTable(d),
    heading2('审核发现分布图'),
    ...(chartA || chartB ? [chartA, chartB].filter((x): x is Paragraph => x !== null) : [para('本次审核未发现不符合项、观察项或改进机会。')]),
    h('审核发现'),
    ...(d.findings.length ? [findingsTable(d), para('各项不符合的详细情况见所附《不符合项报告》。', { spaceBefore: true })] : [para('本次审核无审核发现。')]),
    h('主要优点'),
    ...(d.strengths.length ? d.strengths.map((s, i) => para(`${i + 1}. ${s}`)) : toFill()),
    h('审核结论'),
    ...(d.conclusion ? [para(d.conclusion)] : toFill()),
    h('分发范围'),
    para(joinNames(d.distribution)),
    h('签字'),
    signatureTable(d.signatures, WIDTH),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun(`报告日期：${chineseDate(d.endDate)}`)] }),
  ];
  return reportDocument(
    { organisation: d.organisationName, headerText: `${d.code}\u3000内部审核报告`, title: `${d.code} 内部审核报告`, subject: d.title, keywords: [d.code, '内部审核报告'] },
    [
      { cover: true, children: cover(d) },
      { children: body },
    ],
  );
}

/** The 内审报告 as .docx bytes, with native Word charts of the findings by clause and by grade. */
export async function buildAuditReportDocx(data: AuditReportData): Promise<Buffer> {
  return packReport(auditReportDocument(data));
}
