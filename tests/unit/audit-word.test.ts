import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildAuditPlanDocx, buildAuditReportDocx, buildFindingDocx, buildProgrammeDocx } from '../../electron/backend/services/audit-word';
import { sampleFinding, samplePlan, sampleProgramme, sampleReport } from '../helpers/audit-samples';
import { docxPart, docxParts, renderWithLibreOffice } from '../helpers/libreoffice';

const run = promisify(execFile);

/** Pages of a PDF and the size of its first page in points. */
async function pdfPages(pdf: Buffer): Promise<{ pages: number; width: number; height: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'qms-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [join(dir, 'a.pdf')]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout)!;
    return { pages: Number(/Pages:\s+(\d+)/.exec(stdout)![1]), width: Number(size[1]), height: Number(size[2]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether an XML part is well formed: one root, every element closed in order, attributes quoted, entities escaped. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(body)) return false;
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|<[^>]*>/g)) {
    if (!m[2]) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
  }
  return stack.length === 0 && roots === 1 && !/<(?![A-Za-z_/])/.test(body);
}

/** pdftotext -layout spreads table cells: compare without spaces. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function expectChineseFonts(docx: Buffer) {
  const styles = await docxPart(docx, 'word/styles.xml');
  expect(styles).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>');
  expect(styles).toContain('w:eastAsia="zh-CN"');
  expect(styles).toMatch(/w:eastAsia="黑体"/);
  const fonts = await docxPart(docx, 'word/fontTable.xml');
  expect(fonts).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
  // Headers and footers carry the same fonts in every slot.
  expect(await docxParts(docx, /^word\/(header|footer)\d+\.xml$/)).toContain('w:eastAsia="宋体"');
}

describe('the audit report in Word', () => {
  it('opens in LibreOffice with every section, the tables, the two native charts and the signature lines', async () => {
    const data = sampleReport({ lines: 120, findings: 12 });
    const docx = await buildAuditReportDocx(data);
    const zip = await JSZip.loadAsync(docx);
    // Native charts: two chart parts, typed, related from the body, each with its workbook and cached values.
    const charts = Object.keys(zip.files).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p)).sort();
    expect(charts).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    const types = await docxPart(docx, '[Content_Types].xml');
    const rels = await docxPart(docx, 'word/_rels/document.xml.rels');
    for (const part of charts) {
      expect(types).toContain(`PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`.replace(/PartName="([^"]+)" ContentType="([^"]+)"/, 'ContentType="$2" PartName="$1"'));
      expect(rels).toContain(`Target="${part.replace('word/', '')}"`);
      const xml = await docxPart(docx, part);
      expect(wellFormed(xml)).toBe(true);
      expect(xml).toContain('<c:numCache>');
      expect(xml).toContain('<c:strCache>');
      expect(xml).toContain('<a:ea typeface="宋体"/>');
      expect(xml).not.toContain('+mn-ea');
      const chartRels = await docxPart(docx, part.replace('charts/', 'charts/_rels/') + '.rels');
      const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)![1]!;
      expect(zip.file(`word/embeddings/${workbook}`)).not.toBeNull();
    }
    const column = await docxPart(docx, charts[0]!);
    expect(column).toContain('<c:barDir val="col"/>');
    expect(column).toContain('<c:grouping val="stacked"/>');
    // Cached categories are the clauses with findings; each grade a series.
    const clausesWithFindings = data.byClause.filter((c) => Object.values(c.findings).some((n) => n > 0)).map((c) => c.clause);
    for (const clause of clausesWithFindings) expect(column).toContain(`<c:v>${clause}</c:v>`);
    for (const grade of ['严重不符合', '一般不符合', '观察项', '改进机会']) expect(column).toContain(`<c:v>${grade}</c:v>`);
    const pie = await docxPart(docx, charts[1]!);
    expect(pie).toContain('<c:pieChart>');
    expect(pie).toContain(`<c:v>${data.findings.filter((f) => f.grade === 'minor').length}</c:v>`);
    expect(wellFormed(await docxPart(docx, 'word/document.xml'))).toBe(true);
    expect(wellFormed('<a><b></a></b>')).toBe(false);
    await expectChineseFonts(docx);

    const { text, fonts, pdf } = await renderWithLibreOffice(docx);
    const flat = squash(text);
    for (const s of ['内部质量管理体系审核报告', '一、审核目的', '二、审核范围', '三、审核依据', '四、审核组成员', '五、审核日期与会议', '六、受审核部门及参加人员', '审核独立性', '七、审核结果汇总', '按部门汇总', '按条款汇总', '八、审核发现', '九、主要优点', '十、审核结论', '十一、分发范围', '十二、签字'])
      expect(flat).toContain(s);
    // The independence exception, a finding row, the strengths, signatures, header and page footer.
    expect(flat).toContain('客户服务部仅有赵敏一名持证内审员');
    expect(flat).toContain('NC-2026-012');
    expect(flat).toContain('每日服务质量晨会制度');
    expect(flat).toContain('编制（审核组长）陈静');
    expect(flat).toContain('IA-2026-003内部审核报告');
    expect(flat).toMatch(/第2页共\d+页/);
    // LibreOffice drew the charts: their titles and the grade legend are in the PDF text.
    expect(flat).toContain('审核发现按条款分布');
    expect(flat).toContain('审核发现按等级分布');
    expect(fonts).toMatch(/CJK|Hei|Song|WenQuanYi|Noto Sans SC|Noto Serif SC/i);
    const pages = await pdfPages(pdf);
    expect(pages.pages).toBeGreaterThanOrEqual(5);
    expect(pages.width).toBeLessThan(pages.height);
  }, 180_000);

  it('says there were no findings instead of drawing empty charts', async () => {
    const data = { ...sampleReport({ findings: 0 }), independenceExceptions: [] };
    const docx = await buildAuditReportDocx(data);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).some((p) => p.startsWith('word/charts/'))).toBe(false);
    const { text } = await renderWithLibreOffice(docx);
    expect(squash(text)).toContain('本次审核未发现不符合项、观察项或改进机会');
    expect(squash(text)).toContain('审核员均未审核本部门的工作');
  }, 120_000);
});

describe('the finding form, the plan and the programme in Word', () => {
  it('writes a 不符合项报告 form with the grade ticked, the acknowledgment, space for the action and the photos', async () => {
    const finding = sampleFinding(2, 'minor', 2);
    const docx = await buildFindingDocx(finding);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).filter((p) => p.startsWith('word/media/'))).toHaveLength(2);
    await expectChineseFonts(docx);
    const { text, pdf } = await renderWithLibreOffice(docx);
    const flat = squash(text);
    for (const s of ['不符合项报告', '编号NC-2026-002', '受审核部门', '不符合事实描述', '不符合条款', '不符合制度条款', '审核员', '受审核方确认', '纠正措施', '验证'])
      expect(flat).toContain(s);
    expect(flat).toContain('☑一般不符合');
    expect(flat).toContain('☐严重不符合');
    expect(flat).toContain('QM-ZD-007《客户投诉处理管理制度》（B/1）第十二条');
    expect(flat).toContain('确认人：杨磊');
    expect(flat).toContain('原因分析');
    expect(flat).toContain('照片2：证据照片2.png');
    expect((await pdfPages(pdf)).pages).toBe(2);
  }, 120_000);

  it('shows a linked corrective action, and an observation needs none', async () => {
    const linked = await renderWithLibreOffice(await buildFindingDocx({ ...sampleFinding(1, 'major', 0), auditee: null }));
    expect(squash(linked.text)).toContain('已立纠正措施：CA-2026-001（状态：实施中）');
    expect(squash(linked.text)).toContain('受审核方代表签字');
    expect((await pdfPages(linked.pdf)).pages).toBe(1);
    const observation = await renderWithLibreOffice(await buildFindingDocx({ ...sampleFinding(3, 'observation', 0), correctiveAction: null }));
    expect(squash(observation.text)).toContain('不要求采取纠正措施');
    expect(squash(observation.text)).toContain('☑观察项');
  }, 120_000);

  it('writes the 内审实施计划 with its timetable', async () => {
    const plan = samplePlan();
    const docx = await buildAuditPlanDocx(plan);
    await expectChineseFonts(docx);
    const { text, pdf } = await renderWithLibreOffice(docx);
    const flat = squash(text);
    for (const s of ['内部审核实施计划', '审核日程安排', '首次会议', '总部三楼会议室', '末次会议', '独立性例外', '09:30—12:00', '2026-05-13'])
      expect(flat).toContain(s);
    for (const row of plan.timetable) expect(flat).toContain(row.unitName);
    const pages = await pdfPages(pdf);
    expect(pages.width).toBeLessThan(pages.height);
  }, 120_000);

  it('writes the 年度内审计划 on landscape pages with the coverage matrix and the justified gap', async () => {
    const programme = sampleProgramme();
    const docx = await buildProgrammeDocx(programme);
    expect(await docxPart(docx, 'word/document.xml')).toContain('w:orient="landscape"');
    await expectChineseFonts(docx);
    const { text, pdf } = await renderWithLibreOffice(docx);
    const flat = squash(text);
    for (const s of ['2026年度内部审核计划', '年度审核安排', '覆盖矩阵', '部门＼条款', '10.3', '公司不从事服务的设计和开发', '批准（管理者代表）刘洋'])
      expect(flat).toContain(s);
    for (const row of programme.coverage) expect(flat).toContain(row.unitName);
    const pages = await pdfPages(pdf);
    expect(pages.width).toBeGreaterThan(pages.height);
  }, 120_000);
});
