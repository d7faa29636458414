import { describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { docxPart, docxParts, renderWithLibreOffice } from '../helpers/libreoffice';
import { docxOf, META } from '../helpers/word';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const regulation = () => {
  const content = templateContent('service-quality-regulation', 'zh-CN');
  content.doc.content.push(
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: ['指标', '目标值'].map((t) => ({ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
        { type: 'tableRow', content: ['客户满意度', '≥ 85%'].map((t) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
      ],
    },
    { type: 'image', attrs: { src: `data:image/png;base64,${PNG_1x1}` } },
  );
  return content;
};

describe('Word export', () => {
  it('sets Chinese fonts in every slot, zh-CN, heading styles and the document properties', async () => {
    const docx = await docxOf(regulation());
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(styles).toMatch(/w:styleId="Heading1"/);
    const custom = await docxPart(docx, 'docProps/custom.xml');
    for (const value of ['QM-R-001', 'A/1', '现行有效', '2026-12-01', '张华']) expect(custom).toContain(value);
    expect(await docxPart(docx, 'docProps/core.xml')).toContain('服务质量管理制度');
  });

  it('numbers chapters and articles exactly as the editor, with a TOC, header, page footer, table header row and image', async () => {
    const docx = await docxOf(regulation());
    const body = await docxPart(docx, 'word/document.xml');
    expect(body).toContain('第一章');
    expect(body).toContain('第十一章');
    expect(body).toContain('第一条');
    expect(body).toMatch(/第[一二三四五六七八九十]+条/);
    expect(body).toContain('（一）');
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(body.includes('TOC \\h \\o &quot;1-3&quot;')).toBe(true);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:drawing>');
    const header = await docxParts(docx, /^word\/header\d+\.xml$/);
    expect(header).toContain('QM-R-001');
    const footer = await docxParts(docx, /^word\/footer\d+\.xml$/);
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('第 ');
  });

  it('uses the official-document style on request: 仿宋 三号 and 宋体 二号 by default, 仿宋_GB2312 and 方正小标宋简体 on request', async () => {
    const styles = await docxPart(await docxOf(regulation(), 'zh-CN', 'official'), 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="仿宋"/);
    expect(styles).not.toMatch(/仿宋_GB2312|方正小标宋简体/);
    expect(styles).toMatch(/<w:sz w:val="32"\/>/);
    expect(styles).toMatch(/<w:sz w:val="44"\/>/);
    const gb = await docxPart(await docxOf(regulation(), 'zh-CN', { style: 'official', fonts: 'gb2312' }), 'word/styles.xml');
    expect(gb).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(gb).toMatch(/w:eastAsia="方正小标宋简体"/);
  });

  it('gives English documents Latin fonts and English captions', async () => {
    const docx = await docxOf(templateContent('service-quality-regulation', 'en'), 'en', 'standard', { ...META, title: 'Service quality regulations' });
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).not.toMatch(/宋体|黑体/);
    const body = await docxPart(docx, 'word/document.xml');
    expect(body).toContain('Chapter 1');
    expect(body).toContain('Article 1');
    expect(await docxParts(docx, /^word\/footer\d+\.xml$/)).toContain('Page ');
  });

  it('renders in LibreOffice with the title, 第一章, 第一条 and the body in CJK fonts', async () => {
    const { text, fonts } = await renderWithLibreOffice(await docxOf(regulation()));
    expect(text).toContain('服务质量管理制度');
    expect(text).toContain('第一章');
    expect(text).toContain('第一条');
    expect(text).toContain('客户满意度不低于 85%');
    expect(fonts).toMatch(/NotoSerifCJK|NotoSansCJK/);
    // Every font is embedded: no glyph was left to a fallback that is not there.
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\b/);
  }, 120_000);

  it('lays the official style out at 22 lines of 28 characters a page in LibreOffice', async () => {
    const { text } = await renderWithLibreOffice(await docxOf(templateContent('service-quality-regulation', 'zh-CN'), 'zh-CN', 'official'));
    const pages = text.split('\f').filter((p) => p.trim());
    // Body pages: the page number line "— N —" aside, at most 22 lines, and a full page has at least 20.
    const body = pages.filter((p) => /—\s*\d+\s*—/.test(p)).map((p) => p.split('\n').filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l)));
    expect(body.length).toBeGreaterThan(2);
    const fullest = Math.max(...body.map((lines) => lines.length));
    expect(fullest).toBeGreaterThanOrEqual(20);
    expect(fullest).toBeLessThanOrEqual(22);
    // A full line of Chinese text holds 28 characters (29 when the line ends in squeezed punctuation).
    const widest = Math.max(...body.flat().filter((l) => !/[A-Za-z0-9]/.test(l)).map((l) => [...l.replace(/\s/g, '')].length));
    expect(widest).toBeGreaterThanOrEqual(28);
    expect(widest).toBeLessThanOrEqual(29);
  }, 120_000);
});
