import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import * as echarts from 'echarts';

/**
 * Server-side drawing of the ECharts options in shared/charts, for Word exports of what Word has no chart type for
 * (fishbone, heat map, org chart). Chinese labels need a CJK font registered with the canvas, or they draw as boxes.
 */
export const SYSTEM_CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simsun.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
];

export const CHART_FONT_FAMILY = 'QMS CJK';
let fontReady = false;

/**
 * The OFL font the app ships for machines without a CJK font: Noto Sans CJK SC cut down to GB2312 + ASCII + CJK
 * punctuation (scripts/subset-cjk-font.py). In the source tree it is under assets/fonts; the Electron build copies it
 * beside main.cjs (dist/electron/fonts), where it is read from the app archive.
 */
export const BUNDLED_CJK_FONT = 'QMS-NotoSansSC-Subset.otf';

function bundledFontCandidates(): string[] {
  const places: string[] = [];
  // The CommonJS bundle (Electron main and job worker) has __dirname; the ESM sources have import.meta.url.
  if (typeof __dirname === 'string') places.push(join(__dirname, 'fonts', BUNDLED_CJK_FONT));
  if (import.meta.url) places.push(join(dirname(fileURLToPath(import.meta.url)), '../../../assets/fonts', BUNDLED_CJK_FONT));
  places.push(join(process.cwd(), 'assets/fonts', BUNDLED_CJK_FONT));
  return places;
}

/** Which font the charts draw Chinese with: the system's first CJK font, else the bundled one (null: none found). */
export function chartFontFile(systemFonts: readonly string[] = SYSTEM_CJK_FONTS): { kind: 'system' | 'bundled'; path: string } | null {
  const system = systemFonts.find((f) => existsSync(f));
  if (system) return { kind: 'system', path: system };
  const bundled = bundledFontCandidates().find((f) => existsSync(f));
  return bundled ? { kind: 'bundled', path: bundled } : null;
}

/** Registers a font file under a family name; read into memory, as a file inside the app archive has no real path. */
export function registerFontFile(path: string, family: string): boolean {
  return GlobalFonts.register(readFileSync(path), family) !== null;
}

function ensureFont(): void {
  if (fontReady) return;
  const font = chartFontFile();
  if (font) registerFontFile(font.path, CHART_FONT_FAMILY);
  echarts.setPlatformAPI({ createCanvas: () => createCanvas(32, 32) as unknown as HTMLCanvasElement });
  fontReady = true;
}

export interface ChartSize {
  width: number;
  height: number;
}

const withFont = (option: echarts.EChartsCoreOption): echarts.EChartsCoreOption => ({
  textStyle: { fontFamily: `${CHART_FONT_FAMILY}, sans-serif` },
  animation: false,
  backgroundColor: '#ffffff',
  ...option,
});

/** The chart as an SVG string (no DOM; about 20 ms a chart). */
export function renderChartSvg(option: echarts.EChartsCoreOption, size: ChartSize): string {
  ensureFont();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(withFont(option));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG at `pixelRatio` (2 by default, sharp when printed at the given size in points). */
export function renderChartPng(option: echarts.EChartsCoreOption, size: ChartSize, pixelRatio = 2): Buffer {
  ensureFont();
  const canvas = createCanvas(size.width * pixelRatio, size.height * pixelRatio);
  const chart = echarts.init(canvas as unknown as HTMLElement, null, { width: size.width, height: size.height, devicePixelRatio: pixelRatio });
  try {
    chart.setOption(withFont(option));
    return canvas.toBuffer('image/png');
  } finally {
    chart.dispose();
  }
}
