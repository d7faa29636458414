import { existsSync } from 'node:fs';
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

function ensureFont(): void {
  if (fontReady) return;
  const file = SYSTEM_CJK_FONTS.find((f) => existsSync(f));
  if (file) GlobalFonts.registerFromPath(file, CHART_FONT_FAMILY);
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
