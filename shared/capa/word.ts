import { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Language } from '../editor/structure';
import { A4, STANDARD_MARGINS } from '../word/build';
import { captions, fontSlots, fontsFor } from '../word/style';
import type { Capa } from './contract';
import { CATEGORY_LABELS, SEVERITY_LABELS, SOURCE_LABELS, STATE_LABELS } from './labels';

/**
 * 纠正措施报告单: one corrective action as a Word form — problem, containment, 5 whys, the fishbone picture,
 * the actions table, verification, signatures — in the fonts, header and footer every export shares.
 */
export interface CapaReportData {
  capa: Capa;
  organisation: string;
  fishbonePng: Uint8Array | null;
  fishboneSize: { width: number; height: number };
  personNames: Record<string, string>;
}

const T = {
  'zh-CN': {
    title: '纠正措施报告单', number: '编号', source: '来源', unit: '责任单位', owner: '责任人', severity: '严重程度', status: '状态', raised: '提出日期', due: '完成期限',
    problem: '一、问题描述', what: '问题', where: '地点', when: '时间', extent: '程度/数量', containment: '二、纠正（临时措施）', measures: '措施', rootCause: '三、原因分析',
    whys: '5 个为什么', why: (n: number) => `为什么 ${n}`, root: '（根本原因）', fishbone: '鱼骨图（人/机/料/法/环/测）', noCauses: '（无）',
    actions: '四、纠正/预防措施', act: ['序号', '措施', '类型', '责任人', '期限', '状态', '完成日期'], verify: '五、有效性验证', criteria: '验证标准', result: '验证结果',
    verdict: { effective: '有效', not_effective: '无效' }, verifier: '验证人', date: '日期', signatures: '六、签署', signer: '签署人', meaning: '含义', none: '（无）', by: '记录人',
    kinds: { corrective: '纠正措施', preventive: '预防措施', containment: '临时措施', improvement: '改进' }, statuses: { open: '进行中', done: '已完成', cancelled: '已取消' },
    meanings: { approved: '批准关闭' } as Record<string, string>, round: (n: number) => `第 ${n} 轮分析`,
  },
  en: {
    title: 'Corrective Action Report', number: 'Number', source: 'Source', unit: 'Unit', owner: 'Owner', severity: 'Severity', status: 'Status', raised: 'Raised', due: 'Due',
    problem: '1. Problem', what: 'What', where: 'Where', when: 'When', extent: 'How much', containment: '2. Containment and correction', measures: 'Measures', rootCause: '3. Root cause',
    whys: '5 whys', why: (n: number) => `Why ${n}`, root: ' (root cause)', fishbone: 'Fishbone (people/equipment/materials/methods/environment/measurement)', noCauses: '(none)',
    actions: '4. Actions', act: ['No.', 'Action', 'Kind', 'Owner', 'Due', 'Status', 'Done'], verify: '5. Effectiveness verification', criteria: 'Criteria', result: 'Result',
    verdict: { effective: 'Effective', not_effective: 'Not effective' }, verifier: 'Verifier', date: 'Date', signatures: '6. Signatures', signer: 'Signer', meaning: 'Meaning', none: '(none)', by: 'Recorded by',
    kinds: { corrective: 'Corrective', preventive: 'Preventive', containment: 'Containment', improvement: 'Improvement' }, statuses: { open: 'Open', done: 'Done', cancelled: 'Cancelled' },
    meanings: { approved: 'Closed (approved)' } as Record<string, string>, round: (n: number) => `Analysis round ${n}`,
  },
};

export function buildCapaReport(d: CapaReportData, language: Language): Document {
  const c = d.capa;
  const t = T[language];
  const fonts = fontsFor(language, 'standard');
  const lang = { value: language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
  const body = { font: fontSlots(fonts.latin, fonts.body), size: fonts.tableSize, language: lang };
  const bold = { ...body, font: fontSlots(fonts.latin, fonts.heading), bold: true };
  const width = A4.width - STANDARD_MARGINS.left - STANDARD_MARGINS.right;
  const p = (text: string, run = body, align?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ alignment: align, children: text.split('\n').flatMap((line, i) => [new TextRun({ text: line, ...run, ...(i > 0 && { break: 1 }) })]) });
  const heading = (text: string) => new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text, ...bold, size: fonts.bodySize })] });
  const cell = (text: string, w: number, head = false) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, shading: head ? { fill: 'F2F2F2' } : undefined, children: [p(text, head ? bold : body)] });
  const table = (rows: string[][], widths: number[], headRow = true) =>
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      rows: rows.map((r, i) => new TableRow({ tableHeader: headRow && i === 0, cantSplit: true, children: r.map((x, k) => cell(x, widths[k]!, headRow && i === 0)) })),
    });
  const pairs = (rows: [string, string][]) => {
    const w = [Math.round(width * 0.18), width - Math.round(width * 0.18)];
    return new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: w,
      rows: rows.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, w[0]!, true), cell(v || t.none, w[1]!)] })),
    });
  };
  const grid = [0.15, 0.35, 0.15, 0.35].map((f) => Math.round(width * f));
  const info = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: grid,
    rows: [
      [t.number, c.number, t.status, STATE_LABELS[c.status][language]],
      [t.source, `${SOURCE_LABELS[c.sourceType][language]}${c.sourceRef ? ` ${c.sourceRef}` : ''}`, t.severity, SEVERITY_LABELS[c.severity][language]],
      [t.unit, c.unitName, t.owner, c.ownerName],
      [t.raised, c.raisedOn, t.due, c.dueDate],
    ].map((r) => new TableRow({ cantSplit: true, children: r.map((x, k) => cell(x, grid[k]!, k % 2 === 0)) })),
  });

  const analysis = c.analyses;
  const rootBlocks = analysis.flatMap((a, i) => [
    ...(analysis.length > 1 ? [p(t.round(a.round), bold)] : []),
    p(t.whys, bold),
    a.whys.length
      ? table(a.whys.map((w) => [t.why(w.level), w.answer + (w.rootCause ? t.root : '')]), [Math.round(width * 0.18), width - Math.round(width * 0.18)], false)
      : p(t.none),
    ...(i === 0
      ? [
          p(t.fishbone, bold),
          d.fishbonePng
            ? new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new ImageRun({ type: 'png', data: d.fishbonePng, transformation: { width: 600, height: Math.round((600 * d.fishboneSize.height) / d.fishboneSize.width) } })],
              })
            : p(t.noCauses),
          ...a.causes.map((x) => p(`${CATEGORY_LABELS[x.category][language]}：${x.cause}（${language === 'en' ? x.status.replace('_', ' ') : { open: '待确认', confirmed: '已确认', ruled_out: '已排除' }[x.status]}）`)),
        ]
      : a.causes.map((x) => p(`${CATEGORY_LABELS[x.category][language]}：${x.cause}`))),
  ]);
  const actW = [0.08, 0.26, 0.12, 0.12, 0.16, 0.1, 0.16].map((f) => Math.round(width * f));
  const actions = c.actions.length
    ? table(
        [t.act, ...c.actions.map((a, i) => [String(i + 1), a.description, t.kinds[a.kind], a.ownerName, a.dueDate, t.statuses[a.status], a.doneOn ?? ''])],
        actW,
      )
    : p(t.none);
  const verifs = c.verifications.length
    ? c.verifications.flatMap((v) => [
        pairs([
          [t.criteria, v.criteria],
          [t.result, v.result],
          [t.verifier, `${v.verifierName}\u3000${t.date}：${v.verifiedOn}\u3000${t.verdict[v.verdict]}`],
        ]),
        p(''),
      ])
    : [p(t.none)];
  const sigs = c.signatures.length
    ? table([[t.signer, t.meaning, t.date], ...c.signatures.map((s) => [s.signerName, t.meanings[s.meaning] ?? s.meaning, s.signedAt.slice(0, 10)])], [width / 3, width / 3, width / 3].map(Math.round))
    : p(t.none);

  const small = { font: fontSlots(fonts.latin, fonts.body), size: 18 };
  return new Document({
    title: `${c.number} ${t.title}`,
    creator: d.organisation || 'Service QMS',
    sections: [
      {
        properties: { page: { size: A4, margin: STANDARD_MARGINS } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 } },
                children: [new TextRun({ text: `${d.organisation}\u3000${c.number}\u3000${t.title}`, ...small })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: captions(language).page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })] })],
          }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: t.title, font: fontSlots(fonts.latin, fonts.title), size: 36, bold: fonts.titleBold, language: lang })] }),
          info,
          heading(t.problem),
          pairs([
            [t.what, c.problem.what],
            [t.where, c.problem.where],
            [t.when, c.problem.when],
            [t.extent, c.problem.extent],
          ]),
          heading(t.containment),
          pairs([[t.measures, c.containment.text ?? ''], [t.by, c.containment.by ? `${c.containment.by} ${c.containment.at?.slice(0, 10) ?? ''}` : '']]),
          heading(t.rootCause),
          ...rootBlocks,
          heading(t.actions),
          actions,
          heading(t.verify),
          ...verifs,
          heading(t.signatures),
          sigs,
        ],
      },
    ],
  });
}
