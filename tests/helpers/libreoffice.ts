import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

export async function docxPart(docx: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(part);
  if (!file) throw new Error(`${part} is not in the .docx`);
  return file.async('string');
}

/** Every part whose name matches, joined (headers and footers are numbered per section). */
export async function docxParts(docx: Buffer, name: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((p) => name.test(p)).sort();
  return (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).join('\n');
}

/** Renders a .docx to PDF with LibreOffice headless, then reads its text and fonts back with poppler. */
export async function renderWithLibreOffice(docx: Buffer): Promise<{ text: string; fonts: string; pdf: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'qms-lo-'));
  try {
    writeFileSync(join(dir, 'doc.docx'), docx);
    const env = { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('./fonts.conf', import.meta.url)), HOME: dir };
    await run(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'doc.docx')],
      { env, timeout: 120_000 },
    );
    const pdf = join(dir, 'doc.pdf');
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { env });
    const { stdout: fonts } = await run('pdffonts', [pdf], { env });
    return { text, fonts, pdf: readFileSync(pdf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
