import { readFileSync, statSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartFontFile, registerFontFile, renderChartSvg } from '../../electron/backend/charts/render';
import { GRADE_LABELS, MEETING_LABELS, RESULT_LABELS } from '../../shared/audits/labels';
import { findingsByClauseOption, findingsByGradeOption } from '../../shared/charts/audit-findings';
import { ISO_9001_CLAUSES } from '../../shared/clauses/iso9001';

/** The code points a font's cmap maps (formats 4 and 12), read straight from the file. */
function cmapCodePoints(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (font.toString('ascii', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = font.readUInt32BE(12 + i * 16 + 8);
  if (cmap < 0) throw new Error('no cmap');
  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segs = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const offsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = font.readUInt16BE(ends + s * 2);
        const start = font.readUInt16BE(starts + s * 2);
        const delta = font.readInt16BE(deltas + s * 2);
        const offset = font.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = offset === 0 ? (c + delta) & 0xffff : font.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = font.readUInt32BE(at + 16 + g * 12);
        const end = font.readUInt32BE(at + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}

const LABELS = [
  ...Object.values(GRADE_LABELS),
  ...Object.values(RESULT_LABELS),
  ...Object.values(MEETING_LABELS),
  ...ISO_9001_CLAUSES.map((c) => c['zh-CN']),
  '按条款分布的审核发现按等级分布的审核发现条款项数',
  '客户服务部运营管理部人力资源部质量管理部信息技术部财务部华东分公司呼叫中心（）：，。、',
];

describe('the bundled CJK font charts fall back to', () => {
  const bundled = chartFontFile([]);

  it('is found when the system has no CJK font, and is small', () => {
    expect(bundled?.kind).toBe('bundled');
    expect(statSync(bundled!.path).size).toBeLessThan(3.1 * 1024 * 1024);
    // With a system font present, that one is preferred.
    expect(chartFontFile([bundled!.path])?.kind).toBe('system');
  });

  it('maps every character of the audit chart labels and the clause names', () => {
    const points = cmapCodePoints(readFileSync(bundled!.path));
    const missing = [...new Set(LABELS.join(''))].filter((ch) => !points.has(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    // GB2312's hanzi are there (first and last of level 2), a character outside it is not.
    expect(points.has('啊'.codePointAt(0)!) && points.has('齄'.codePointAt(0)!)).toBe(true);
    expect(points.has('𠀀'.codePointAt(0)!)).toBe(false);
  });

  it('draws each label character as a glyph, not as the missing-glyph box', () => {
    expect(registerFontFile(bundled!.path, 'QMS Bundled Only')).toBe(true);
    const draw = (ch: string) => {
      const canvas = createCanvas(40, 40);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 40, 40);
      ctx.fillStyle = '#000';
      ctx.font = '28px "QMS Bundled Only"';
      ctx.fillText(ch, 4, 32);
      return Buffer.from(ctx.getImageData(0, 0, 40, 40).data);
    };
    const box = draw('\uE000');
    expect(box.some((v) => v < 128)).toBe(true);
    const drawnAsBox = [...new Set(LABELS.join(''))].filter((ch) => ch.trim() && draw(ch).equals(box));
    expect(drawnAsBox).toEqual([]);
  });
});

describe('the audit chart options', () => {
  it('draw findings by clause and by grade with their Chinese labels', () => {
    const byClause = [
      { clause: '8.5', findings: { major: 1, minor: 2, observation: 0, improvement: 1 } },
      { clause: '7.2', findings: { major: 0, minor: 0, observation: 0, improvement: 0 } },
      { clause: '9.1', findings: { major: 0, minor: 1, observation: 1, improvement: 0 } },
    ];
    const option = findingsByClauseOption(byClause);
    expect(option.xAxis.data).toEqual(['8.5', '9.1']);
    expect(option.series.map((s) => s.data)).toEqual([[1, 0], [2, 1], [0, 1], [1, 0]]);
    const svg = renderChartSvg(option, { width: 500, height: 300 });
    expect(svg).toContain('按条款分布的审核发现');
    expect(svg).toContain('严重不符合');
    const pie = findingsByGradeOption(['minor', 'minor', 'major', 'improvement']);
    expect(pie.series[0]!.data.map((d) => [d.name, d.value])).toEqual([['严重不符合', 1], ['一般不符合', 2], ['改进机会', 1]]);
    expect(renderChartSvg(pie, { width: 400, height: 300 })).toContain('一般不符合');
  });
});
