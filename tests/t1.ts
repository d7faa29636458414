import { writeFileSync } from 'node:fs';
import { estimatePageNumbersWith } from 'docx/layout';
import { templateContent } from '../shared/templates/catalog';
import { docxOf } from './helpers/word';
const pn = estimatePageNumbersWith({ guess: true });
for (const style of ['standard', 'official'] as const)
  for (const t of ['service-quality-regulation', 'quality-manual'] as const) {
    const t0 = Date.now();
    writeFileSync(`/tmp/w9/${t}-${style}.docx`, await docxOf(templateContent(t, 'zh-CN'), 'zh-CN', { style, pageNumbers: pn }));
    console.log(t, style, Date.now() - t0);
  }
