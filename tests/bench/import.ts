// Word import: a regulation of at least 100 pages (counted by LibreOffice when it is installed) through
// the full word.import dispatch. Target: under 2 s.
import { execFileSync } from 'node:child_process';
import type { ContentNode } from '../../shared/editor/content';
import { templateContent } from '../../shared/templates/catalog';
import { dispatch } from '../../electron/backend/dispatch';
import { openTestBackend } from '../helpers/backend';
import { renderWithLibreOffice } from '../helpers/libreoffice';
import { docxOf } from '../helpers/word';
import { measure, ms } from './measure';

const COPIES = 34;

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function benchImport(): Promise<boolean> {
  const one = templateContent('service-quality-regulation', 'zh-CN');
  const blocks: ContentNode[] = Array.from({ length: COPIES }, () => one.doc.content).flat();
  const docx = await docxOf({ ...one, doc: { type: 'doc', content: blocks } });
  const chapters = blocks.filter((b) => b.type === 'chapter').length;
  const articles = blocks.filter((b) => b.type === 'article').length;
  let pages = 'not counted (no LibreOffice)';
  if (hasLibreOffice()) {
    const { pdf } = await renderWithLibreOffice(docx);
    pages = String((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length);
  }
  console.log(`A regulation of ${chapters} chapters, ${articles} articles, ${(docx.length / 1024).toFixed(0)} KiB, ${pages} pages`);

  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const token = (setup.data as { token: string }).token;
  const base64 = docx.toString('base64');
  const stats = await measure(
    5,
    async () => {
      const r = await dispatch(t.backend, 'word.import', { fileName: 'big.docx', base64 }, { sessionToken: token, locale: 'zh-CN' });
      if (!r.ok) throw new Error(r.error.message);
      const { report } = r.data as { report: { articles: number } };
      if (report.articles !== articles) throw new Error(`imported ${report.articles} of ${articles} articles`);
    },
    1,
  );
  await t.close();
  const met = stats.p95 < 2000;
  console.log(`word.import p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}; ratio to the 2 s target ${(stats.p95 / 2000).toFixed(2)}×  ${met ? 'met' : 'MISSED'}`);
  return met;
}
