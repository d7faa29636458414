import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { heatmapOption } from '../../../shared/charts/heatmap';
import type { Risk } from '../../../shared/risks/contract';
import type { RiskMatrix } from '../../../shared/risks/matrix';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** Likelihood × impact, each cell in its band's colour with the number of open risks there. */
export function RiskHeatmap({ risks, matrix }: { risks: Risk[]; matrix: RiskMatrix }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, null, { renderer: 'svg', width: 380, height: 340 });
    const cells: { likelihood: number; impact: number; count: number }[] = [];
    for (const r of risks.filter((x) => x.status !== 'closed' && x.kind === 'risk')) {
      const cell = cells.find((c) => c.likelihood === r.likelihood && c.impact === r.impact);
      if (cell) cell.count++;
      else cells.push({ likelihood: r.likelihood, impact: r.impact, count: 1 });
    }
    chart.setOption(heatmapOption({ cells, matrix, labels: { likelihood: t('risks.likelihood'), impact: t('risks.impact') } }));
    return () => chart.dispose();
  }, [risks, matrix, t]);
  return <div ref={box} style={{ width: 380, height: 340 }} data-testid="risk-heatmap" />;
}
