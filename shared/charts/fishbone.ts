/**
 * The fishbone (鱼骨图, Ishikawa) as an ECharts option: a spine to the problem's head, six bones for
 * 人/机/料/法/环/测, each cause written along its bone — confirmed causes bold red, ruled-out ones grey.
 * ECharts has no fishbone series, so it is drawn with `graphic` elements at pixel positions of the given size;
 * the renderer draws it in the record page and the Word report renders the same option to a PNG.
 */
export type FishboneStatus = 'open' | 'confirmed' | 'ruled_out';
export interface FishboneInput {
  problem: string;
  /** In the order of the bones: top row left to right, then bottom row. */
  categories: { key: string; label: string }[];
  causes: { category: string; cause: string; status: FishboneStatus }[];
  size: { width: number; height: number };
  /** graphic text ignores the chart's global text style: the server passes its registered CJK font. */
  fontFamily?: string;
}

const COLORS: Record<FishboneStatus, string> = { open: '#1f1f1f', confirmed: '#cf1322', ruled_out: '#8c8c8c' };
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Breaks text into lines of `n` characters (ECharts' own wrapping measures characters the server canvas refuses). */
const wrap = (s: string, n: number) => Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, i * n + n)).join('\n');

export function fishboneOption(input: FishboneInput): Record<string, unknown> {
  const { width: w, height: h } = input.size;
  const spineY = h / 2;
  const headW = Math.min(200, w * 0.22);
  const left = 20;
  const spineEnd = w - headW - 26;
  const elements: Record<string, unknown>[] = [
    { type: 'line', shape: { x1: left, y1: spineY, x2: spineEnd, y2: spineY }, style: { stroke: '#1677ff', lineWidth: 3 } },
    { type: 'polygon', shape: { points: [[spineEnd, spineY - 8], [spineEnd + 14, spineY], [spineEnd, spineY + 8]] }, style: { fill: '#1677ff' } },
    {
      type: 'rect',
      shape: { x: spineEnd + 16, y: spineY - 40, width: headW, height: 80, r: 6 },
      style: { fill: '#e6f4ff', stroke: '#1677ff', lineWidth: 1.5 },
    },
    {
      type: 'text',
      x: spineEnd + 16 + headW / 2,
      y: spineY,
      style: { text: wrap(clip(input.problem, 60), Math.max(4, Math.floor((headW - 16) / 13))), align: 'center', verticalAlign: 'middle', fontSize: 13, lineHeight: 18, fontWeight: 'bold', fill: '#002c8c' },
    },
  ];
  const perRow = Math.ceil(input.categories.length / 2);
  const span = (spineEnd - left) / perRow;
  const boneDy = spineY - 40;
  input.categories.forEach((cat, i) => {
    const top = i < perRow;
    const col = top ? i : i - perRow;
    const x2 = left + span * (col + 0.85);
    const x1 = x2 - boneDy * 0.5;
    const yEnd = top ? 34 : h - 34;
    elements.push({ type: 'line', shape: { x1, y1: yEnd, x2, y2: spineY }, style: { stroke: '#595959', lineWidth: 2 } });
    elements.push({
      type: 'text',
      x: x1,
      y: top ? yEnd - 6 : yEnd + 6,
      style: { text: cat.label, align: 'center', verticalAlign: top ? 'bottom' : 'top', fontSize: 15, fontWeight: 'bold', fill: '#0958d9' },
    });
    const causes = input.causes.filter((c) => c.category === cat.key).slice(0, 6);
    causes.forEach((c, k) => {
      const t = (k + 1) / (causes.length + 1);
      const y = yEnd + (spineY - yEnd) * t;
      const x = x1 + (x2 - x1) * t;
      const mark = c.status === 'confirmed' ? '√ ' : c.status === 'ruled_out' ? '× ' : '';
      elements.push({ type: 'line', shape: { x1: x - span * 0.42, y1: y, x2: x, y2: y }, style: { stroke: '#bfbfbf', lineWidth: 1 } });
      elements.push({
        type: 'text',
        x: x - 4,
        y: y - 2,
        style: {
          text: mark + clip(c.cause, 16),
          align: 'right',
          verticalAlign: 'bottom',
          fontSize: 13,
          fontWeight: c.status === 'confirmed' ? 'bold' : 'normal',
          fill: COLORS[c.status],
        },
      });
    });
  });
  const font = input.fontFamily;
  if (font) for (const e of elements) if (e.type === 'text') (e.style as Record<string, unknown>).fontFamily = font;
  return { animation: false, graphic: { elements } };
}
