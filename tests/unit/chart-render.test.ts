import { describe, expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../electron/backend/charts/render';

const option = { xAxis: { type: 'category', data: ['人员', '设备'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [3, 5] }] };

describe('charts drawn without a DOM', () => {
  it('draws an SVG with the Chinese labels as text', () => {
    const svg = renderChartSvg(option, { width: 400, height: 240 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('人员');
  });

  it('draws a PNG at twice the size on a white background', () => {
    const png = renderChartPng(option, { width: 400, height: 240 });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(800);
    expect(png.readUInt32BE(20)).toBe(480);
  });
});
