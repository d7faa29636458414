import { Packer } from 'docx';
import type { Content } from '../../shared/editor/content';
import type { Language } from '../../shared/editor/structure';
import { templateContent } from '../../shared/templates/catalog';
import { buildWordDocument, type WordMeta } from '../../shared/word/build';
import type { WordStyle } from '../../shared/word/style';

export const META: WordMeta = {
  number: 'QM-R-001',
  title: '服务质量管理制度',
  revision: 'A/1',
  status: 'effective',
  effectiveDate: '2026-12-01',
  approver: '张华',
  organisation: '安和城市服务有限公司',
};

/** A real .docx written by our own exporter. */
export async function docxOf(content: Content = templateContent('service-quality-regulation', 'zh-CN'), language: Language = 'zh-CN', style: WordStyle = 'standard', meta = META): Promise<Buffer> {
  return Packer.toBuffer(buildWordDocument(content, language, style, meta));
}
