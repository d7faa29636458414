import { AlignmentType, Paragraph, TextRun } from 'docx';
import { GRADE_LABELS, GRADES } from '../../../shared/audits/labels';
import type { FindingFormData } from '../../../shared/audits/report-data';
import { reportDocument, reportTable, reportTextWidth, widthsOf, type CellSpec } from '../../../shared/word/report';
import { chineseDate, dateTime, packReport, photoBlocks } from './audit-word-common';

const WIDTH = reportTextWidth();
/** Four columns: label, value, label, value. */
const COLS = widthsOf(WIDTH, [1.9, 2.7, 1.9, 2.5]);
const label = (text: string, span = 1): CellSpec => ({ text, bold: true, shade: true, columnSpan: span });
const value = (text: string | string[], span = 1, extra: Partial<CellSpec> = {}): CellSpec => ({ text, align: 'left', columnSpan: span, ...extra });
/** The grades as check boxes, the finding's ticked: ☑ 一般不符合 ☐ 严重不符合 … */
const gradeBoxes = (grade: FindingFormData['grade']) => GRADES.map((g) => `${g === grade ? '☑' : '☐'} ${GRADE_LABELS[g]}`).join('\u3000');

export function findingRows(d: FindingFormData): CellSpec[][] {
  const clauses = d.clauses.length ? `ISO 9001:2015 / GB/T 19001-2016 ${d.clauses.join('、')}` : '';
  const article = d.article ? `${d.article.documentNumber}《${d.article.documentTitle}》（${d.article.revisionLabel}）${d.article.label}：${d.article.text}` : '';
  const acknowledgment = d.auditee
    ? [`确认人：${d.auditee.name}`, `确认日期：${chineseDate(d.auditee.acknowledgedAt.slice(0, 10))}（${dateTime(d.auditee.acknowledgedAt)}）`, ...(d.auditee.comment ? [`意见：${d.auditee.comment}`] : [])]
    : ['受审核方代表签字：', '', '日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日'];
  const action: CellSpec = d.correctiveAction
    ? value(`已立纠正措施：${d.correctiveAction.number}（状态：${d.correctiveAction.status}）。原因分析、纠正措施及验证见纠正措施记录。`, 3)
    : d.actionNeeded
      ? value(['原因分析：', '', '纠正及纠正措施（含完成期限）：', '', '责任人签字：\u3000\u3000\u3000\u3000\u3000日期：'], 3)
      : value('本项为观察项／改进机会，不要求采取纠正措施；受审核部门可自行考虑改进。', 3);
  const verify: CellSpec = d.actionNeeded ? value(['验证结论：□ 有效\u3000□ 无效（需再次采取措施）', '', '验证人签字：\u3000\u3000\u3000\u3000\u3000日期：'], 3) : value('不适用', 3);
  return [
    [label('编号'), value(d.number), label('审核编号'), value(d.auditCode)],
    [label('受审核部门'), value(d.unitName), label('审核日期'), value(chineseDate(d.date))],
    [label('审核名称'), value(d.auditTitle, 3)],
    [label('不符合事实描述'), value(d.facts, 3, { blankLines: 1 })],
    [label('不符合条款'), value(clauses || '—', 3)],
    [label('不符合制度条款'), value(article || '—', 3)],
    [label('不符合类型'), value(gradeBoxes(d.grade), 3)],
    [label('审核员'), value(d.auditorName), label('是否需纠正措施'), value(d.actionNeeded ? '是' : '否')],
    [label('受审核方确认'), value(acknowledgment, 3)],
    [label('纠正措施'), action],
    [label('验证'), verify],
  ];
}

export function findingDocument(d: FindingFormData) {
  const table = reportTable(findingRows(d), COLS, { header: false });
  const children = [
    new Paragraph({ style: 'Title', children: [new TextRun('不符合项报告')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `编号：${d.number}`, size: 21 })] }),
    table,
    ...(d.photos.length
      ? [new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [new TextRun({ text: `附：客观证据照片（${d.photos.length} 张）`, bold: true })] }), ...photoBlocks(d.photos, 400, 300)]
      : []),
  ];
  return reportDocument(
    { organisation: d.organisationName, headerText: `${d.auditCode}\u3000不符合项报告`, title: `${d.number} 不符合项报告`, subject: `${d.auditCode} ${d.auditTitle}`, keywords: [d.number, d.auditCode] },
    [{ children }],
  );
}

/** One finding as its own 不符合项报告 form, with its photos. */
export async function buildFindingDocx(data: FindingFormData): Promise<Buffer> {
  return packReport(findingDocument(data));
}
