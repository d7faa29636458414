// The audit report in Word for an audit with 300 checklist lines and 40 findings: our builder (frame, styles, tables,
// native Word charts, font table, chart fonts) against the bare `docx` library building the same text and tables
// with the same two charts as pictures. The chart pictures' rendering (ECharts → PNG) is timed apart.
// Target: ours ≤ 3 × the bare library (context: under 2 s in all, chart rendering included).
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { renderChartPng } from '../../electron/backend/charts/render';
import { buildAuditReportDocx } from '../../electron/backend/services/audit-word';
import { GRADE_LABELS, RESULT_LABELS, RESULTS } from '../../shared/audits/labels';
import type { AuditReportData } from '../../shared/audits/report-data';
import { findingsByClauseOption, findingsByGradeOption } from '../../shared/charts/audit-findings';
import { sampleReport } from '../helpers/audit-samples';
import { measure, ms } from './measure';

const cell = (text: string) => new TableCell({ width: { size: 1000, type: WidthType.DXA }, children: [new Paragraph(text)] });
const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** The same content with nothing but the library: plain paragraphs and tables, the charts as pictures. */
async function bareReport(d: AuditReportData, charts: Buffer[]): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      { children: [p(d.organisationName), p('内部质量管理体系审核报告'), p(d.title), p(d.code), p(`${d.startDate} 至 ${d.endDate}`)] },
      {
        children: [
          p('一、审核目的'), p(d.purpose), p('二、审核范围'), p(d.scope), p('三、审核依据'), p(d.criteriaClauses.join('、')),
          table(d.criteriaDocuments.map((x) => [x.number, x.title, x.revisionLabel])),
          p('四、审核组成员'), table([[d.lead.name, d.lead.unitName ?? ''], ...d.auditors.map((a) => [a.name, a.unitName ?? ''])]),
          p('五、审核日期与会议'), table(d.meetings.map((m) => [m.kind, m.at, m.attendees.join('、')])),
          p('六、受审核部门及参加人员'), table(d.auditees.map((a) => [a.unitName, a.people.join('、')])),
          table(d.independenceExceptions.map((x) => [x.auditorName, x.unitName, x.justification])),
          p('七、审核结果汇总'),
          table([['部门', ...RESULTS.map((r) => RESULT_LABELS[r])], ...d.byUnit.map((u) => [u.unitName, ...RESULTS.map((r) => String(u.counts[r]))])]),
          table(d.byClause.map((c) => [c.clause, ...RESULTS.map((r) => String(c.counts[r])), ...Object.values(c.findings).map(String)])),
          ...charts.map((data) => new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 576, height: 300 } })] })),
          p('八、审核发现'),
          table(d.findings.map((f) => [f.number, f.unitName, f.facts, f.clauses.join('、'), GRADE_LABELS[f.grade], f.correctiveAction?.number ?? ''])),
          p('九、主要优点'), ...d.strengths.map(p), p('十、审核结论'), p(d.conclusion), p('十一、分发范围'), p(d.distribution.join('、')),
          p('十二、签字'), table(d.signatures.map((s) => [s.meaning, s.name ?? '', s.signedAt ?? ''])),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Returns whether the target was met. */
export async function benchAuditReport(runs: number): Promise<boolean> {
  const data = sampleReport({ lines: 300, findings: 40 });
  const lines = data.byUnit.reduce((a, u) => a + RESULTS.reduce((x, r) => x + u.counts[r], 0), 0);
  console.log(`An audit with ${lines} checklist lines, ${data.findings.length} findings, ${data.byUnit.length} units, ${data.byClause.length} clauses`);
  let charts: Buffer[] = [];
  const chartStats = await measure(runs, () => {
    charts = [
      renderChartPng(findingsByClauseOption(data.byClause), { width: 576, height: 300 }),
      renderChartPng(findingsByGradeOption(data.findings.map((f) => f.grade)), { width: 480, height: 280 }),
    ];
  }, 1);
  let oursSize = 0;
  let bareSize = 0;
  const ours = await measure(runs, async () => {
    oursSize = (await buildAuditReportDocx(data)).length;
  }, 2);
  const bare = await measure(runs, async () => {
    bareSize = (await bareReport(data, charts)).length;
  }, 2);
  const ratio = ours.p50 / bare.p50;
  const total = ours.p50 + chartStats.p50;
  console.log(`chart pictures (2 PNG, apart) p50 ${ms(chartStats.p50)}  p95 ${ms(chartStats.p95)}`);
  console.log(`our report (native charts)   p50 ${ms(ours.p50)}  p95 ${ms(ours.p95)}  ${(oursSize / 1024).toFixed(0)} KB`);
  console.log(`bare docx (chart pictures)   p50 ${ms(bare.p50)}  p95 ${ms(bare.p95)}  ${(bareSize / 1024).toFixed(0)} KB`);
  const met = ratio <= 3 && total < 2000;
  console.log(`ratio ours/bare ${ratio.toFixed(2)} × (target ≤ 3 ×); ours + chart pictures ${total.toFixed(0)} ms (context < 2 s): ${met ? 'met' : 'MISSED'}`);
  return met;
}
