import JSZip from 'jszip';
import { AlignmentType, ImageRun, Paragraph, TextRun, type Document } from 'docx';
import type { ReportPhoto } from '../../../shared/audits/report-data';
import { SIGNATURE_LABELS } from '../../../shared/audits/labels';
import { packWord } from '../../../shared/word/pack';
import { reportTable, widthsOf } from '../../../shared/word/report';
import { fontsFor } from '../../../shared/word/style';

/** The Chinese font chart text is set in (the charts' own default is the theme's, which may name no Chinese font). */
const CHART_EA_FONT = fontsFor('zh-CN', 'standard').body;

/**
 * Packs a report: font table filled (shared/word/pack), and the charts' East Asian text font named and their text
 * marked zh-CN, so Word and WPS draw Chinese axis labels in 宋体 whatever the theme says.
 */
export async function packReport(doc: Document): Promise<Buffer> {
  const bytes = await packWord(doc);
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p));
  if (charts.length === 0) return Buffer.from(bytes);
  for (const part of charts) {
    const xml = await zip.file(part)!.async('string');
    zip.file(
      part,
      xml
        .replace(/<a:ea typeface="\+mn-ea"\/>/g, `<a:ea typeface="${CHART_EA_FONT}"/>`)
        // Chinese text marked as Chinese, so Word picks the East Asian font for it.
        .replace(/<c:lang val="en-US"\/>/, '<c:lang val="zh-CN"/>')
        .replace(/ lang="en-US"/g, ' lang="zh-CN"'),
    );
  }
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

const IMAGE_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp' } as const;

/** A photo scaled to fit `maxWidth` × `maxHeight` pixels, keeping its proportions. */
export function photoRun(photo: ReportPhoto, maxWidth: number, maxHeight: number): ImageRun {
  const w = photo.width ?? maxWidth;
  const h = photo.height ?? Math.round(maxWidth * 0.75);
  const scale = Math.min(1, maxWidth / w, maxHeight / h);
  return new ImageRun({
    type: IMAGE_TYPES[photo.mediaType],
    data: photo.data,
    transformation: { width: Math.round(w * scale), height: Math.round(h * scale) },
    altText: { name: photo.name, description: photo.name, title: photo.name },
  } as ConstructorParameters<typeof ImageRun>[0]);
}

/** Photos with their names below, one paragraph each. */
export function photoBlocks(photos: readonly ReportPhoto[], maxWidth: number, maxHeight: number): Paragraph[] {
  return photos.flatMap((p, i) => [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [photoRun(p, maxWidth, maxHeight)] }),
    new Paragraph({ style: 'TableText', alignment: AlignmentType.CENTER, children: [new TextRun({ text: `照片 ${i + 1}：${p.name}`, size: 18 })] }),
  ]);
}

/** 编制 / 批准 with name and date; unsigned lines are left blank to sign by hand. */
export function signatureTable(
  signatures: readonly { meaning: 'prepared' | 'approved'; name: string | null; signedAt: string | null }[],
  width: number,
  labels: Record<'prepared' | 'approved', string> = SIGNATURE_LABELS,
) {
  const order: ('prepared' | 'approved')[] = ['prepared', 'approved'];
  const rows = order.map((meaning) => {
    const s = signatures.find((x) => x.meaning === meaning);
    return [{ text: labels[meaning], shade: true, bold: true }, { text: s?.name ?? '' }, { text: '日期', shade: true, bold: true }, { text: s?.signedAt?.slice(0, 10) ?? '' }];
  });
  return reportTable(rows, widthsOf(width, [3, 3, 1.5, 2.5]), { header: false });
}

/** "2026-03-12" as 2026年3月12日. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

export const dateRange = (from: string, to: string) => (from === to ? chineseDate(from) : `${chineseDate(from)} 至 ${chineseDate(to)}`);
/** An ISO time as 2026-03-12 09:00. */
export const dateTime = (iso: string) => iso.replace('T', ' ').slice(0, 16);
export const joinNames = (names: readonly string[]) => (names.length ? names.join('、') : '—');
