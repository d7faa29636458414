import { riskLevel, type RiskMatrix } from '../risks/matrix';

/**
 * The risk heat map as an ECharts option: likelihood (x) × impact (y), 1–5 each; each cell coloured by its band
 * in the rating matrix and labelled with how many risks sit there. Drawn by the renderer; exports may render it.
 */
export interface HeatmapInput {
  cells: { likelihood: number; impact: number; count: number }[];
  matrix: RiskMatrix;
  labels: { likelihood: string; impact: string };
  fontFamily?: string;
}
const BANDS = ['low', 'medium', 'high'] as const;
const BAND_COLORS = { low: '#b7eb8f', medium: '#ffe58f', high: '#ffa39e' } as const;

export function heatmapOption(input: HeatmapInput): Record<string, unknown> {
  const axis = ['1', '2', '3', '4', '5'];
  const count = (l: number, i: number) => input.cells.find((c) => c.likelihood === l && c.impact === i)?.count ?? 0;
  const data = [];
  for (let l = 1; l <= 5; l++)
    for (let i = 1; i <= 5; i++) {
      const n = count(l, i);
      data.push({ value: [l - 1, i - 1, n, BANDS.indexOf(riskLevel(input.matrix, l, i))], itemStyle: { borderColor: '#fff', borderWidth: 2 }, label: { show: true, formatter: n ? String(n) : '', fontSize: 16, fontWeight: 'bold' } });
    }
  const text = input.fontFamily ? { fontFamily: input.fontFamily } : {};
  return {
    animation: false,
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: axis, name: input.labels.likelihood, nameLocation: 'middle', nameGap: 30, splitArea: { show: false }, axisLabel: text, nameTextStyle: text },
    yAxis: { type: 'category', data: axis, name: input.labels.impact, nameLocation: 'middle', nameGap: 35, axisLabel: text, nameTextStyle: text },
    // ECharts' heat map needs a visual map: the band (the fourth value) picks the cell's colour.
    visualMap: { type: 'piecewise', show: false, dimension: 3, pieces: BANDS.map((b, k) => ({ value: k, color: BAND_COLORS[b] })) },
    series: [{ type: 'heatmap', data, label: { show: true, ...text } }],
  };
}
