import ExcelJS from 'exceljs';
import mammoth from 'mammoth';

/** The text a file body is searched and compared by; `null` when the file has none (a scan, a picture). */
export interface FileText {
  lines: string[] | null;
}

/** Keeps printable text only: control characters would not survive the editor schema or the search index. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
const toLines = (text: string) => text.split(/\r?\n/).map(clean).filter(Boolean);

async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Text only: no fonts are loaded or rendered, so no font data is needed and its warnings are silenced.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    let out = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
      out += '\n';
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

async function xlsxText(data: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const lines: string[] = [];
  book.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => {
        const text = cell.text?.trim();
        if (text) cells.push(text);
      });
      if (cells.length) lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}

/**
 * Extracts the text of a .docx (mammoth), .xlsx (exceljs) or PDF with a text layer (pdfjs-dist).
 * Images and files without text answer `lines: null`, so the UI can say the file cannot be searched.
 */
export async function extractText(mediaType: string, data: Buffer): Promise<FileText> {
  let text = '';
  try {
    if (mediaType === 'application/pdf') text = await pdfText(data);
    else if (mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') text = (await mammoth.extractRawText({ buffer: data })).value;
    else if (mediaType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') text = await xlsxText(data);
    else if (mediaType === 'text/plain') text = data.toString('utf8');
  } catch {
    // A file the store accepted but the reader cannot open (damaged, encrypted): kept, just not searchable.
    text = '';
  }
  const lines = toLines(text);
  return { lines: lines.length ? lines : null };
}
