import type { Content } from '../../shared/editor/content';
import type { Language } from '../../shared/editor/structure';
import { templateContent } from '../../shared/templates/catalog';
import { buildWordDocument, type WordMeta, type WordOptions } from '../../shared/word/build';
import { packWord } from '../../shared/word/pack';
import type { WordStyle } from '../../shared/word/style';

export const META: WordMeta = {
  number: 'QM-R-001',
  title: '服务质量管理制度',
  revision: 'A/1',
  status: 'effective',
  effectiveDate: '2026-12-01',
  approver: '张华',
  organisation: '安和城市服务有限公司',
  exporter: '王强',
  issueDate: '2026-11-20',
  signatures: { authored: { name: '李娜', date: '2026-11-10' }, reviewed: { name: '王强', date: '2026-11-15' }, approved: { name: '张华', date: '2026-11-20' } },
  history: [{ version: 'A/1', date: '2026-11-20', reason: '首次发布', author: '李娜' }],
  copy: { controlled: true, copyNumber: '003' },
};

/** A real .docx written by our own exporter. */
export async function docxOf(
  content: Content = templateContent('service-quality-regulation', 'zh-CN'),
  language: Language = 'zh-CN',
  style: WordStyle | WordOptions = 'standard',
  meta = META,
): Promise<Buffer> {
  return Buffer.from(await packWord(buildWordDocument(content, language, style, meta)));
}
