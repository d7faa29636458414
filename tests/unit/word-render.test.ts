import { estimatePageNumbersWith } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { renderWithLibreOffice } from '../helpers/libreoffice';
import { docxOf, META } from '../helpers/word';

const pagesOf = (text: string) => text.split('\f').filter((p) => p.trim());

describe('Word export rendered by LibreOffice', () => {
  it('standard: a cover, the 修订记录, a TOC with page numbers in order on its own page, bold 黑体 headings', async () => {
    const docx = await docxOf(templateContent('service-quality-regulation', 'zh-CN'), 'zh-CN', { style: 'standard', pageNumbers: estimatePageNumbersWith({ guess: true }) });
    const { text, fonts } = await renderWithLibreOffice(docx);
    const pages = pagesOf(text);
    expect(pages[0]).toContain('文件编号：QM-R-001');
    expect(pages[0]).toMatch(/受控状态：受控\s+发放号：003/);
    expect(pages[0]).toMatch(/李娜[\s\S]*王强[\s\S]*张华/);
    expect(pages[1]).toMatch(/修\s*订\s*记\s*录/);
    const toc = pages[2]!;
    expect(toc).toMatch(/目\s*录/);
    const numbers = [...toc.matchAll(/第[一二三四五六七八九十]+章.*?(\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(numbers).toHaveLength(11);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    // A page break after the TOC: the body starts on the next page; the footer counts the whole file.
    expect(pages[3]).toContain('第一章');
    expect(pages[3]!.replace(/\s+/g, '')).toContain(`第4页共${pages.length}页`);
    expect(numbers[0]).toBe(4);
    expect(toc).not.toContain('第一条');
    // 黑体 headings keep their bold: LibreOffice embeds the bold face.
    expect(fonts).toMatch(/NotoSansCJK\w*-Bold/);
  }, 120_000);

  it('official: "— N —" on the outer side, odd pages right and even pages left, no running header', async () => {
    const { text } = await renderWithLibreOffice(await docxOf(templateContent('service-quality-regulation', 'zh-CN'), 'zh-CN', 'official'));
    const body = pagesOf(text).filter((p) => /—\s*\d+\s*—/.test(p));
    expect(body.length).toBeGreaterThanOrEqual(4);
    const indentOf = (page: string) => /^( *)—\s*\d+\s*—\s*$/m.exec(page)![1]!.length;
    const [odd, even] = [indentOf(body[0]!), indentOf(body[1]!)];
    expect(odd).toBeGreaterThan(even + 20);
    for (const page of body) expect(page).not.toContain('QM-R-001');
  }, 120_000);

  it('a draft says 草稿 on every page', async () => {
    const { text } = await renderWithLibreOffice(await docxOf(templateContent('service-quality-regulation', 'zh-CN'), 'zh-CN', 'standard', { ...META, status: 'draft' }));
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toContain('草稿');
  }, 120_000);
});
